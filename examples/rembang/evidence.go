package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// evidenceFile is the illustrative working list of Rembang's evidence for
// 2026, as a workbook: the library's workspacetest.Rembang2026 without the
// items' history, which a test keeps equal. Its sheet Nilai Luar holds the
// Satu Data Indonesia score of indicator 5, the story's Pemdi assessment's.
const evidenceFile = "bukti-dukung-2026.xlsx"

// evidenceDay is the day the story looks at the working list.
var evidenceDay = smartcity.Date{Year: 2026, Month: 11, Day: 30}

// readEvidence reads the working list, evaluates it on evidenceDay and
// plans the fewest documents to its target.
func (s *story) readEvidence() error {
	b, err := read(evidenceFile)
	if err != nil {
		return err
	}
	w, err := workspace.ReadTable(bytes.NewReader(b), workspace.ReadOptions{})
	if err != nil {
		return fmt.Errorf("%s: %w", evidenceFile, err)
	}
	fw, err := w.ResolveFramework(nil)
	if err != nil {
		return err
	}
	if s.evidence, err = w.Evaluate(fw, workspace.Options{Today: evidenceDay}); err != nil {
		return err
	}
	target, err := spbe.ParseTarget(w.Target)
	if err != nil {
		return fmt.Errorf("%s: %w", evidenceFile, err)
	}
	s.evidenceItems, s.evidenceTarget = len(w.Items), w.Target
	s.evidenceWay, err = s.evidence.Way(target, workspace.WayOptions{})
	return err
}

// writeEvidence prints where the evidence stands against the claim, and
// the documents still missing on the way to the target, unit by unit.
func writeEvidence(p *printer, s *story) {
	st, way := s.evidence, s.evidenceWay
	fw := st.Framework
	p.wrapf(p.t("Daftar kerja bukti dukung %d (ilustratif: contoh buatan, bukan daftar Rembang): %d butir untuk %d indikator di %d unit kerja, dibaca dari %s.",
		"The %d working list of evidence (illustrative: made up, not Rembang's list): %d items for %d indicators in %d units, read from %s."),
		st.Year, s.evidenceItems, fw.NumIndicators(), len(st.Units), evidenceFile)
	ev, cl := st.Evidenced, st.Claimed
	p.wrapf(p.t("Indeks dari bukti yang sudah diterima: %s %s; dari level yang diklaim unit: %s %s. Ini simulasi penilaian mandiri, bukan hasil resmi.",
		"Index from the evidence accepted so far: %s %s; from the levels the units claim: %s %s. A simulation of the self-assessment, not the official result."),
		p.dec(ev.Index.String()), ev.Predicate, p.dec(cl.Index.String()), cl.Predicate)
	var waiting []string
	for _, ind := range st.Indicators {
		if ind.Waiting {
			waiting = append(waiting, strconv.Itoa(ind.Indicator))
		}
	}
	if len(waiting) > 0 {
		p.wrapf(p.t("Indikator %s menunggu nilai dari evaluasi nasional lain dan sementara dihitung level 1.",
			"Indicators %s wait for their value from other national evaluations and count at level 1 meanwhile."),
			joinAnd(p, waiting))
	}
	var held []string
	for _, ind := range st.Indicators {
		if !ind.Outside && ind.Evidenced < ind.Claimed {
			held = append(held, fmt.Sprintf("%d (%d→%d)", ind.Indicator, ind.Claimed, ind.Evidenced))
		}
	}
	p.wrapf(p.t("Di bawah klaimnya, karena butir utama level berikutnya belum diterima (indikator: klaim→terbukti): %s.",
		"Below their claim, as a main item of the next level is not yet accepted (indicator: claimed→evidenced): %s."),
		joinAnd(p, held))
	p.printf("\n")
	p.wrapf(p.t("Menuju target %s dengan butir paling sedikit: %d butir di %d unit kerja; bila semuanya diterima, indeks %s %s.",
		"Towards the target %s with the fewest documents: %d items in %d units; once all are accepted, the index is %s %s."),
		p.dec(s.evidenceTarget), way.Items, len(way.Units), p.dec(way.Result.Index.String()), way.Result.Predicate)
	t := p.table()
	t.row(p.t("Unit kerja", "Unit"), p.t("Butir", "Items"), p.t("Tenggat terdekat", "Earliest due"), p.t("Sudah lewat", "Overdue"))
	for _, g := range way.Units {
		late := 0
		for _, o := range g.Items {
			if o.Overdue {
				late++
			}
		}
		t.row(g.Unit, strconv.Itoa(len(g.Items)), p.lang.Date(g.Due.Year, g.Due.Month, g.Due.Day), strconv.Itoa(late))
	}
	t.flush()
	p.wrapf(p.t("Per %s, %d dari %d butir sudah lewat tenggat tanpa diterima.", "As of %s, %d of %d items are past their due date and not accepted."),
		p.lang.Date(evidenceDay.Year, evidenceDay.Month, evidenceDay.Day), len(st.Overdue), st.Total.Items)
}

// joinAnd lists words as a sentence does: "6, 7 dan 18".
func joinAnd(p *printer, words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + p.t(" dan ", " and ") + words[len(words)-1]
}
