// Command rembang tells the smart-city story of Kabupaten Rembang, Jawa
// Tengah, a region of the 2022 cohort of the Gerakan Menuju Smart City, end
// to end, on data embedded in the program: who it is and when it joined;
// the six pillars and its readiness; its masterplan, validated and
// summarised; its SPBE index from 2.76 at the time of the MoU to 3.64 in
// 2023 and 3.99 in 2024, beside Sumedang's; the fewest raises that reach
// the Memuaskan predikat by 2025, the last evaluation under 59/2020; what
// the Indeks Pemerintah Digital of PermenPANRB 8/2026 changes from 2026,
// with an illustrative assessment and its way to Memuaskan; and a year's
// evaluation and progress.
//
// The output is in Indonesian, the language of the region's documents,
// unless -lang en asks for English. The reports and charts — Markdown, SVG,
// CSV and JSON — are written to the folder -out names, by default a new
// temporary folder; its path is the last line printed.
//
// The official figures are the published SPBE results; the indicator
// levels behind the 2023 and 2024 results are reconstructions that
// reproduce them, and the Pemdi assessment of 2026, the masterplan, its
// realisation and the evaluation are illustrative. The output says which
// is which.
//
// Usage:
//
//	rembang [-out DIR] [-lang id|en]
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/kotacerdas/smartcity"
)

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "rembang:", err)
		if errors.Is(err, errUsage) {
			fmt.Fprintln(os.Stderr, usage)
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// errUsage marks errors in the command line.
var errUsage = errors.New("usage error")

// usage is the synopsis printed with -h and after a usage error.
const usage = "usage: rembang [-out DIR] [-lang id|en]"

// config is what the command line asks for.
type config struct {
	out  string         // the folder for the files; "" means a new temporary one
	lang smartcity.Lang // the language of the output
}

// parseArgs reads the command line. With -h it prints the usage to w and
// returns a nil config.
func parseArgs(w io.Writer, args []string) (*config, error) {
	cfg := &config{}
	fs := flag.NewFlagSet("rembang", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&cfg.out, "out", "", "write the reports and charts to `DIR` (created if missing; default: a new temporary folder)")
	fs.TextVar(&cfg.lang, "lang", smartcity.Indonesian, "language of the output and the reports: `id|en`")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(w)
			fmt.Fprintln(w, usage)
			fs.PrintDefaults()
			return nil, nil
		}
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	return cfg, nil
}

// run tells the story to w and writes the reports and charts; args are the
// command-line arguments without the program name.
func run(w io.Writer, args []string) error {
	cfg, err := parseArgs(w, args)
	if err != nil || cfg == nil {
		return err
	}
	s, err := newStory()
	if err != nil {
		return err
	}
	p := &printer{w: w, lang: cfg.lang}
	for i, sec := range sections() {
		if i > 0 {
			p.printf("\n")
		}
		p.printf("== %s ==\n", p.t(sec.id, sec.en))
		sec.write(p, s)
	}
	if p.err != nil {
		return p.err
	}
	dir, err := outputDir(cfg.out)
	if err != nil {
		return err
	}
	files, err := writeFiles(dir, s, cfg.lang)
	if err != nil {
		return err
	}
	p.printf("\n== %s ==\n", p.t("Berkas", "Files"))
	writeFileList(p, files)
	// The folder comes last, on a line of its own, so that a script can take
	// it with tail -n 1 and the rest of the output does not depend on it.
	p.printf("%s: %s\n", p.t("Folder", "Folder"), dir)
	return p.err
}

// section is one part of the story.
type section struct {
	id, en string // the title in Indonesian and in English
	write  func(p *printer, s *story)
}

// sections lists the story's sections in print order.
func sections() []section {
	return []section{
		{"Profil", "Profile", writeProfile},
		{"Pilar dan elemen", "Pillars and elements", writePillars},
		{"Kesiapan daerah", "Readiness", writeReadiness},
		{"Rencana induk (ilustratif)", "Masterplan (illustrative)", writeMasterplan},
		{"Indeks SPBE", "SPBE index", writeSPBE},
		{"Menuju Memuaskan pada 2025", "Towards Memuaskan by 2025", writeSPBEPlan},
		{"Aturan 2026: Indeks Pemerintah Digital", "The 2026 rules: the Digital Government Index", writePemdi},
		{"Bukti dukung 2026 (ilustratif)", "Evidence for 2026 (illustrative)", writeEvidence},
		{"Evaluasi implementasi 2024 (ilustratif)", "Implementation evaluation 2024 (illustrative)", writeEvaluation},
		{"Kemajuan rencana induk (ilustratif)", "Masterplan progress (illustrative)", writeProgress},
	}
}
