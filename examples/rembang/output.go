package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/evaluation"
	"github.com/kotacerdas/smartcity/spbe"
)

// file is one report or chart the story writes.
type file struct {
	name   string // the file name in the output folder
	id, en string // what it holds, in Indonesian and in English
	data   []byte
}

// outputDir returns the folder to write to: dir, created when missing, or a
// new temporary folder when dir is empty.
func outputDir(dir string) (string, error) {
	if dir == "" {
		return os.MkdirTemp("", "rembang-")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	return dir, nil
}

// files renders the reports and charts in lang with the library's writers.
// The names are the same in both languages, so that scripts can rely on
// them.
func files(s *story, lang smartcity.Lang) ([]file, error) {
	var out []file
	add := func(name, id, en string, render func(b *bytes.Buffer) error) error {
		var b bytes.Buffer
		if err := render(&b); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		out = append(out, file{name: name, id: id, en: en, data: b.Bytes()})
		return nil
	}
	chart := func(svg []byte, err error) func(*bytes.Buffer) error {
		return func(b *bytes.Buffer) error {
			b.Write(svg)
			return err
		}
	}
	// Spreadsheets in the Indonesian locale read ";" and decimal commas.
	semicolon := lang != smartcity.English
	steps := []error{
		add("laporan-spbe-rembang-2024.md", "laporan SPBE 2024: domain, indikator, beda dengan Sumedang, rencana ke Memuaskan",
			"SPBE report 2024: domains, indicators, difference from Sumedang, plan to Memuaskan",
			func(b *bytes.Buffer) error {
				return spbe.WriteReport(b, s.rembang2024, spbe.ReportOptions{
					Lang: lang, Target: spbe.Target{Predicate: spbe.Memuaskan},
					Plan: planOptions(s.rembang2024.Year), Compare: &s.sumedang2024,
				})
			}),
		add("radar-spbe-rembang-sumedang-2024.svg", "radar domain SPBE 2024, Rembang dan Sumedang",
			"SPBE domain radar 2024, Rembang and Sumedang", chart(spbe.RadarSVG(lang, s.rembang2024, s.sumedang2024))),
		add("radar-spbe-rembang-2023-2024.svg", "radar domain SPBE Rembang, 2023 dan 2024",
			"SPBE domain radar of Rembang, 2023 and 2024", chart(spbe.RadarSVG(lang, s.rembang2023, s.rembang2024))),
		add("hasil-spbe.csv", "hasil SPBE 2023–2024 Rembang dan Sumedang dengan level per indikator",
			"SPBE results 2023–2024 of Rembang and Sumedang with the level of each indicator",
			func(b *bytes.Buffer) error {
				all := []spbe.Scored{s.rembang2023, s.rembang2024, s.sumedang2023, s.sumedang2024}
				return spbe.WriteResultsCSV(b, all, spbe.ExportOptions{CSVOptions: spbe.CSVOptions{Semicolon: semicolon}, Levels: true})
			}),
		add("laporan-pemdi-rembang-2026.md", "laporan Pemdi 2026 (ilustratif): aspek, indikator, rencana ke Memuaskan",
			"Pemdi report 2026 (illustrative): aspects, indicators, plan to Memuaskan",
			func(b *bytes.Buffer) error {
				return spbe.WriteReport(b, s.pemdi2026, spbe.ReportOptions{
					Lang: lang, Target: spbe.Target{Predicate: spbe.Memuaskan}, Plan: pemdiPlanOptions(s.pemdi2026),
				})
			}),
		add("masterplan-rembang.md", "laporan rencana induk untuk Bupati", "masterplan report for the Bupati",
			func(b *bytes.Buffer) error { return s.plan.WriteReport(b, masterplan.ReportOptions{Lang: lang}) }),
		add("roadmap-rembang.svg", "peta jalan program per pilar", "roadmap of the programmes by pillar",
			chart(s.plan.RoadmapSVG(masterplan.ReportOptions{Lang: lang}))),
		add("pilar-rembang.svg", "sebaran program dan anggaran per pilar", "programmes and budget by pillar",
			chart(s.plan.PillarSharesSVG(masterplan.ReportOptions{Lang: lang}))),
		add("program-rembang.csv", "program dengan anggaran per tahun", "programmes with their budget by year",
			func(b *bytes.Buffer) error {
				return s.plan.WriteProgramsCSV(b, masterplan.ExportOptions{Semicolon: semicolon})
			}),
		add("evaluasi-2024.md", "laporan evaluasi implementasi 2024", "report of the 2024 implementation evaluation",
			func(b *bytes.Buffer) error {
				return evaluation.WriteReport(b, s.evaluation, evaluation.ReportOptions{Lang: lang})
			}),
		add("kemajuan-2024.json", "kemajuan 2024 per pilar, program dan KPI", "progress 2024 by pillar, programme and KPI",
			func(b *bytes.Buffer) error {
				if len(s.progressYears) == 0 {
					return masterplan.ErrOutsidePeriod
				}
				enc := json.NewEncoder(b)
				enc.SetIndent("", "  ")
				return enc.Encode(s.progressYears[len(s.progressYears)-1])
			}),
	}
	for _, err := range steps {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// writeFiles renders the files and writes them to dir.
func writeFiles(dir string, s *story, lang smartcity.Lang) ([]file, error) {
	fs, err := files(s, lang)
	if err != nil {
		return nil, err
	}
	for _, f := range fs {
		if err := os.WriteFile(filepath.Join(dir, f.name), f.data, 0o644); err != nil {
			return nil, err
		}
	}
	return fs, nil
}

// writeFileList prints the files written, each with what it holds.
func writeFileList(p *printer, fs []file) {
	t := p.table()
	for _, f := range fs {
		t.row(f.name, p.t(f.id, f.en))
	}
	t.flush()
}
