package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// frameworkFlagUsage is the help of the --framework flag of compare and
// cohort.
const frameworkFlagUsage = "score with the framework `ID|FILE`: a built-in id (" + spbe.PermenPANRB8of2026 + ", " +
	spbe.PermenPANRB59of2020 + ",\n" + spbe.PermenPANRB5of2018 + ") or a framework JSON file; by default the one each assessment names,\n" +
	"else the rule of its year (5/2018 for 2018–2020, 59/2020 for 2021–2025, 8/2026 from 2026)"

// compareJSONUsage is the help of the --json flag of compare.
const compareJSONUsage = "print one JSON object: framework, from_framework, to_framework, index_only, from, to, index,\n" +
	"predicate_change, domains, aspects, indicators, gains and losses, with each delta as a string (\"delta\": \"0.35\"),\n" +
	"an exact fraction (\"delta_exact\": \"44/125\") and a float for charts (\"delta_value\": 0.352)"

// compareUsage is the help of spbe compare: its synopsis and what
// it does.
const compareUsage = "smartcity spbe compare [--framework ID|FILE] [--top N] [--predicate-basis unrounded|rounded] [--lang id|en] [--json] A B\n\n" +
	"Compares the assessment B with the assessment A (JSON, long CSV or a wide CSV of one row each; year over year,\n" +
	"or one region against another): every indicator, aspect, domain and the index, exactly, the change of\n" +
	"predikat, and the indicators that gained and lost the most. Assessments of different frameworks (2025 under\n" +
	"PermenPANRB 59/2020, 2026 under 8/2026) share no indicators, aspects or domains: only their indices and\n" +
	"predikat are compared, and the output says so."

// runSPBECompare compares two assessments.
func runSPBECompare(e *env, args []string) int {
	const prog = "smartcity spbe compare"
	c := e.leaf(prog, compareUsage, "language of the names: id or en")
	fwFlag := c.fs.String("framework", "", frameworkFlagUsage)
	top := c.fs.Int("top", 5, "list the `N` biggest gains and losses (-1: all)")
	basisFlag := c.fs.String("predicate-basis", "unrounded", "take each predikat from the `basis` index: unrounded (2024 practice) or rounded (2023)")
	c.jsonFlag(compareJSONUsage)
	twoFiles := func(c *leaf) int {
		if c.fs.NArg() != 2 {
			return c.usageError(c.prog, "two assessment files A and B are required")
		}
		return exitOK
	}
	if ok, code := c.start(args, twoFiles); !ok {
		return code
	}
	basis, err := spbe.ParsePredicateBasis(*basisFlag)
	if err != nil {
		return e.usageError(prog, "--predicate-basis: %v", err)
	}
	fw, code := e.spbeFramework(prog, *fwFlag)
	if fw == nil && code != exitOK {
		return code
	}
	var sides [2]spbe.Scored
	for k := range 2 {
		if sides[k], code = e.scoreOne(prog, c.fs.Arg(k), fw, spbe.Options{Basis: basis}); code != exitOK {
			return code
		}
	}
	cmp, err := spbe.Compare(sides[0], sides[1])
	if err != nil {
		return e.spbeFailure(prog, err)
	}
	cmp.Top = *top
	return c.show(cmp.JSON(c.lang), func(w io.Writer) error { return writeCompareText(w, sides, cmp, *top, c.lang) })
}

// scoreOne reads the one assessment of the named file, in any form `spbe
// score` reads, and scores it as `spbe score` does: under fw when it is
// given, else under the framework the assessment names or the rule of its
// year.
func (e *env) scoreOne(prog, name string, fw *spbe.Framework, opt spbe.Options) (spbe.Scored, int) {
	data, err := e.readInput(name)
	if err != nil {
		return spbe.Scored{}, e.fail(prog, readExit(err), err)
	}
	results, err := scoreAll(data, fw, opt, spbe.ReadOptions{})
	if err != nil {
		return spbe.Scored{}, e.spbeFailure(prog, fmt.Errorf("%s: %w", name, err))
	}
	if len(results) != 1 {
		return spbe.Scored{}, e.fail(prog, exitUsage, errorf("%s holds %d assessments; one is needed", name, len(results)))
	}
	e.warn(prog, results[0].Warnings)
	return results[0], exitOK
}

// indexLabel names the index of fw in lang as the framework calls it
// ("Indeks SPBE", "Indeks Pemerintah Digital"), and with the plain word,
// which is never wrong, when there is no one framework (two results of
// different frameworks).
func indexLabel(fw *spbe.Framework, lang smartcity.Lang) string {
	if fw == nil {
		if lang == smartcity.English {
			return "Index"
		}
		return "Indeks"
	}
	return fw.IndexName().In(lang)
}

// writeCompareText writes a comparison as tables: the domains with their
// aspects, or the aspects alone in a framework without domains. Results of
// different frameworks get the change of the index and a sentence that
// says why nothing else is compared.
func writeCompareText(w io.Writer, sides [2]spbe.Scored, c *spbe.Comparison, top int, lang smartcity.Lang) error {
	en := lang == smartcity.English
	fmt.Fprintf(w, "%s → %s\n", whose(sides[0].Instansi, sides[0].Year, " "), whose(sides[1].Instansi, sides[1].Year, " "))
	label := indexLabel(c.Framework, lang)
	from, to := sides[0].Result.Framework, sides[1].Result.Framework
	fmt.Fprintf(w, "%s %s → %s (%s), %s → %s\n", label, lang.Decimal(c.Index.From.String()), lang.Decimal(c.Index.To.String()),
		lang.Signed(c.Index.Delta.String()),
		from.PredicateName(c.FromPredicate, lang), to.PredicateName(c.ToPredicate, lang))
	if c.IndexOnly {
		if en {
			_, err := fmt.Fprintf(w, "The frameworks differ (%s and %s), so only the indices are compared: their domains, aspects and "+
				"indicators do not correspond. Each predikat follows its own framework's bands.\n", c.FromFramework, c.ToFramework)
			return err
		}
		_, err := fmt.Fprintf(w, "Kerangka penilaiannya berbeda (%s dan %s), jadi hanya indeksnya yang dibandingkan: domain, aspek dan "+
			"indikatornya tidak sepadan. Setiap predikat mengikuti rentang nilai kerangkanya sendiri.\n", c.FromFramework, c.ToFramework)
		return err
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fw := c.Framework
	row := func(indent, code string, name spbe.Text, ch spbe.Change) {
		fmt.Fprintf(tw, "%s%s  %s\t%s\t%s\t%s\n", indent, code, name.In(lang), lang.Decimal(ch.From.String()), lang.Decimal(ch.To.String()),
			lang.Signed(ch.Delta.String()))
	}
	aspects := func(domain, indent string) {
		for a, asp := range fw.Aspects() {
			if asp.Domain == domain {
				row(indent, asp.Code, asp.Name, c.Aspects[a])
			}
		}
	}
	if !fw.HasDomains() {
		aspects("", "")
	}
	for d, dom := range fw.Domains() {
		row("", dom.Code, dom.Name, c.Domains[d])
		aspects(dom.Code, "    ")
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	list := func(title string, ics []spbe.IndicatorChange) error {
		if len(ics) == 0 {
			return nil
		}
		fmt.Fprintf(w, "\n%s\n", title)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, ic := range ics {
			ind, _ := fw.Indicator(ic.Indicator)
			fmt.Fprintf(tw, "%d  %s\t%d → %d\t%s\n", ic.Indicator, ind.Name.In(lang), ic.From, ic.To, lang.Signed(ic.Contribution.Format(4)))
		}
		return tw.Flush()
	}
	gains, losses := "Kenaikan terbesar (sumbangan pada indeks)", "Penurunan terbesar"
	if en {
		gains, losses = "Biggest gains (contribution to the index)", "Biggest losses"
	}
	if err := list(gains, c.Gains(top)); err != nil {
		return err
	}
	return list(losses, c.Losses(top))
}
