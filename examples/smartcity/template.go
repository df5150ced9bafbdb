package main

import (
	"flag"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/evaluation"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// templateUsage is the help of template: its synopsis and what it does.
const templateUsage = "smartcity template KIND [--framework ID|FILE] [--instansi NAME] [--tahun YEAR] [--lang id|en] [-o FILE]\n\n" +
	"Writes a fill-in Excel workbook of KIND, which the command that reads it takes back as it is filled in,\n" +
	"without edits; its first sheet says what goes where. KIND is one of:\n" +
	"  penilaian (assessment)  one SPBE or Pemdi assessment: the instansi and year above a row per indicator of\n" +
	"                          the framework, the level picked from a drop-down of that indicator's level names,\n" +
	"                          explanation, evidence, person responsible and unit; for 'smartcity spbe report',\n" +
	"                          'spbe score' and 'spbe plan'\n" +
	"  kohort (cohort)         many assessments: a row per instansi and year, a column per indicator holding its\n" +
	"                          level; for 'smartcity spbe cohort' and 'spbe score'\n" +
	"  masterplan (plan)       a smart-city masterplan: region, programmes, budget lines, KPIs and their targets,\n" +
	"                          and the other lists of the plan, a sheet each; for 'smartcity plan validate',\n" +
	"                          'plan summary' and 'plan report'\n" +
	"  realisasi (realisation, progress)  the yearly realisation of a masterplan: programme status, budget spent\n" +
	"                          and KPI values; for 'smartcity plan progress'\n" +
	"  evaluasi (evaluation)   the ministry's yearly evaluation: a row per region with the stage, the five scores,\n" +
	"                          last year's index and the pillar scores; for 'smartcity eval score'\n" +
	"  bukti (evidence)        the working list of evidence (bukti dukung): the instansi and year above a row per\n" +
	"                          item — indicator, level, title, output, person responsible, unit, status, due date,\n" +
	"                          document — the level and status picked from drop-downs, headers in Indonesian as\n" +
	"                          the list's contract; for 'smartcity bukti status'\n" +
	"The workbook goes to -o FILE.xlsx, or to standard output when it is redirected: never to a terminal."

// templateFrameworkUsage is the help of the --framework flag of template.
const templateFrameworkUsage = "penilaian, kohort, bukti: the framework `ID|FILE` of the indicators: a built-in id (" + spbe.PermenPANRB8of2026 + ",\n" +
	spbe.PermenPANRB59of2020 + ", " + spbe.PermenPANRB5of2018 + ") or a framework JSON file; by default the rule of --tahun, else of the\n" +
	"current year (8/2026 from 2026, 59/2020 for 2021–2025, 5/2018 for 2018–2020)"

// templateKind is a kind of fill-in workbook: its name, the names it
// also answers to, and whether it is an assessment's or a working list of
// evidence, whose framework, instansi and year the flags choose.
type templateKind struct {
	names      []string // the Indonesian name first, then the English
	assessment bool
	write      func(w io.Writer, fw *spbe.Framework, opt spbe.TemplateOptions) error
}

// templateKinds returns the kinds template writes, in the order help
// lists them.
func templateKinds() []templateKind {
	return []templateKind{
		{names: []string{"penilaian", "assessment"}, assessment: true, write: func(w io.Writer, fw *spbe.Framework, opt spbe.TemplateOptions) error {
			return spbe.WriteTemplate(w, fw, opt)
		}},
		{names: []string{"kohort", "cohort"}, assessment: true, write: func(w io.Writer, fw *spbe.Framework, opt spbe.TemplateOptions) error {
			opt.Cohort = true
			return spbe.WriteTemplate(w, fw, opt)
		}},
		{names: []string{"masterplan", "plan"}, write: func(w io.Writer, _ *spbe.Framework, opt spbe.TemplateOptions) error {
			return masterplan.WriteTemplate(w, opt.Lang)
		}},
		{names: []string{"realisasi", "realisation", "progress"}, write: func(w io.Writer, _ *spbe.Framework, opt spbe.TemplateOptions) error {
			return masterplan.WriteProgressTemplate(w, opt.Lang)
		}},
		{names: []string{"evaluasi", "evaluation"}, write: func(w io.Writer, _ *spbe.Framework, opt spbe.TemplateOptions) error {
			return evaluation.WriteTemplate(w, opt.Lang)
		}},
		{names: []string{"bukti", "evidence"}, assessment: true, write: func(w io.Writer, fw *spbe.Framework, opt spbe.TemplateOptions) error {
			// The headers are a contract (workspace.Headers), in Indonesian
			// whatever --lang says.
			return workspace.WriteTemplate(w, fw, workspace.TemplateOptions{Instansi: opt.Instansi, Year: opt.Year})
		}},
	}
}

// runTemplate writes a fill-in workbook.
func runTemplate(e *env, args []string) int {
	const prog = "smartcity template"
	c := e.leaf(prog, templateUsage, "language of the headers, the level names and the notes: id or en")
	framework := c.fs.String("framework", "", templateFrameworkUsage)
	instansi := c.fs.String("instansi", "", "penilaian, kohort, bukti: fill in the `NAME` of the instansi (\"Pemerintah Kab. Rembang\")")
	year := c.fs.Int("tahun", 0, "penilaian, kohort, bukti: fill in the `YEAR` of the assessment, whose rule then chooses the framework")
	if ok, code := c.start(args, oneKind); !ok {
		return code
	}
	name := strings.ToLower(strings.TrimSpace(c.fs.Arg(0)))
	kinds := templateKinds()
	i := slices.IndexFunc(kinds, func(k templateKind) bool { return slices.Contains(k.names, name) })
	if i < 0 {
		return e.usageError(prog, "unknown KIND %q: want penilaian, kohort, masterplan, realisasi, evaluasi or bukti", c.fs.Arg(0))
	}
	kind := kinds[i]
	if !kind.assessment {
		given := ""
		c.fs.Visit(func(f *flag.Flag) {
			if given == "" && (f.Name == "framework" || f.Name == "instansi" || f.Name == "tahun") {
				given = f.Name
			}
		})
		if given != "" {
			return e.usageError(prog, "--%s applies to the templates penilaian, kohort and bukti, not %s", given, kind.names[0])
		}
	}
	if *year < 0 {
		return e.usageError(prog, "--tahun must not be negative")
	}
	if code := c.binaryOutput(); code != exitOK {
		return code
	}
	var fw *spbe.Framework
	if kind.assessment {
		var code int
		if fw, code = e.spbeFramework(prog, *framework); code != exitOK {
			return code
		}
		if fw == nil {
			y := *year
			if y == 0 {
				y = time.Now().Year()
			}
			var ok bool
			if fw, ok = spbe.ForYear(y); !ok {
				return e.usageError(prog, "no built-in framework applies to %d: name one with --framework", y)
			}
		}
	}
	opt := spbe.TemplateOptions{Lang: c.lang, Instansi: *instansi, Year: *year}
	return c.write(func(w io.Writer) error { return kind.write(w, fw, opt) })
}

// oneKind takes exactly one operand, the KIND of template.
func oneKind(c *leaf) int {
	switch {
	case c.fs.NArg() == 0:
		return c.usageError(c.prog, "KIND is required: penilaian, kohort, masterplan, realisasi, evaluasi or bukti")
	case c.fs.NArg() > 1:
		return c.usageError(c.prog, "unexpected argument %q", c.fs.Arg(1))
	}
	return exitOK
}
