package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// spbeCompareJSON is the output of `smartcity spbe compare --json`: B
// against A. Field names are snake_case and a contract with scripts.
// Indices and deltas are strings rounded half-up to two decimals ("0.35",
// "-0.10"), each with its exact value as a reduced fraction ("44/125").
// A delta is rounded from the exact difference, so it may differ by 0.01
// from the difference of the rounded values.
type spbeCompareJSON struct {
	Framework       string                   `json:"framework"`
	From            spbeSideJSON             `json:"from"`
	To              spbeSideJSON             `json:"to"`
	Index           spbeChangeJSON           `json:"index"`
	PredicateChange int                      `json:"predicate_change"`
	Domains         []spbeChangeJSON         `json:"domains"`
	Aspects         []spbeChangeJSON         `json:"aspects"`
	Indicators      []spbeIndicatorDeltaJSON `json:"indicators"`
	Gains           []spbeIndicatorDeltaJSON `json:"gains"`
	Losses          []spbeIndicatorDeltaJSON `json:"losses"`
}

// spbeSideJSON names one side of a comparison.
type spbeSideJSON struct {
	Instansi       string `json:"instansi"`
	Tahun          int    `json:"tahun"`
	Index          string `json:"index"`
	Predicate      string `json:"predicate"`
	PredicateBasis string `json:"predicate_basis"`
}

// spbeChangeJSON is how one index moved.
type spbeChangeJSON struct {
	Code       string `json:"code,omitempty"`
	Name       string `json:"name,omitempty"`
	From       string `json:"from"`
	To         string `json:"to"`
	Delta      string `json:"delta"`
	DeltaExact string `json:"delta_exact"`
}

// spbeIndicatorDeltaJSON is how one indicator moved; contribution is what
// the move adds to the index (weight × delta).
type spbeIndicatorDeltaJSON struct {
	Indicator         int    `json:"indicator"`
	Name              string `json:"name"`
	From              int    `json:"from"`
	To                int    `json:"to"`
	Delta             int    `json:"delta"`
	Contribution      string `json:"contribution"`
	ContributionExact string `json:"contribution_exact"`
}

// runSPBECompare compares two assessments.
func runSPBECompare(e *env, args []string) int {
	const prog = "smartcity spbe compare"
	fs := e.flags(prog, "smartcity spbe compare [--top N] [--predicate-basis unrounded|rounded] [--lang id|en] [--json] A B\n\n"+
		"Compares the assessment B with the assessment A (JSON or long CSV each; year over year, or one region against\n"+
		"another): every indicator, aspect, domain and the index, exactly, the change of predikat, and the indicators\n"+
		"that gained and lost the most. Both must be of the same framework.")
	top := fs.Int("top", 5, "list the `N` biggest gains and losses (-1: all)")
	basisFlag := fs.String("predicate-basis", "unrounded", "take each predikat from the `basis` index: unrounded (2024 practice) or rounded (2023)")
	langText := fs.String("lang", "id", "language of the names: id or en")
	asJSON := fs.Bool("json", false, "print one JSON object: from, to, index, predicate_change, domains, aspects, indicators,\ngains and losses, with deltas as strings (\"0.35\") and exact fractions (\"44/125\")")
	if ok, code := e.parse(fs, args); !ok {
		return code
	}
	if fs.NArg() != 2 {
		return e.usageError(prog, "two assessment files A and B are required")
	}
	lang, code := e.lang(prog, *langText)
	if code != exitOK {
		return code
	}
	basis, err := spbe.ParsePredicateBasis(*basisFlag)
	if err != nil {
		return e.usageError(prog, "--predicate-basis: %v", err)
	}
	var results [2]*spbe.Result
	var as [2]*spbe.Assessment
	for k := range 2 {
		a, fw, levels, code := e.readOneAssessment(prog, fs.Arg(k))
		if a == nil {
			return code
		}
		res, err := fw.Score(levels, spbe.Options{Basis: basis})
		if err != nil {
			return e.spbeFailure(prog, err)
		}
		results[k], as[k] = res, a
	}
	c, err := spbe.Compare(results[0], results[1])
	if err != nil {
		return e.spbeFailure(prog, err)
	}
	if *asJSON {
		err = e.writeJSON(compareJSON(as, results, c, *top, lang))
	} else {
		out := bufio.NewWriter(e.stdout)
		if err = writeCompareText(out, as, c, *top, lang); err == nil {
			err = out.Flush()
		}
	}
	if err != nil {
		return e.fail(prog, exitUsage, err)
	}
	return exitOK
}

func changeJSON(code string, name spbe.Text, ch spbe.Change, lang smartcity.Lang) spbeChangeJSON {
	return spbeChangeJSON{
		Code: code, Name: name.In(lang), From: ch.From.String(), To: ch.To.String(),
		Delta: ch.Delta.String(), DeltaExact: ch.Delta.Exact(),
	}
}

func indicatorDeltasJSON(fw *spbe.Framework, ics []spbe.IndicatorChange, lang smartcity.Lang) []spbeIndicatorDeltaJSON {
	out := make([]spbeIndicatorDeltaJSON, len(ics))
	for k, ic := range ics {
		pos, _ := fw.Position(ic.Indicator)
		out[k] = spbeIndicatorDeltaJSON{
			Indicator: ic.Indicator, Name: fw.Indicator(pos).Name.In(lang), From: int(ic.From), To: int(ic.To), Delta: ic.Delta,
			Contribution: ic.Contribution.Format(4), ContributionExact: ic.Contribution.Exact(),
		}
	}
	return out
}

// compareJSON builds the JSON form of a comparison.
func compareJSON(as [2]*spbe.Assessment, rs [2]*spbe.Result, c *spbe.Comparison, top int, lang smartcity.Lang) spbeCompareJSON {
	fw := c.Framework
	side := func(a *spbe.Assessment, r *spbe.Result) spbeSideJSON {
		return spbeSideJSON{Instansi: a.Instansi, Tahun: a.Year, Index: r.Index.String(), Predicate: r.Predicate.String(), PredicateBasis: r.Basis.String()}
	}
	j := spbeCompareJSON{
		Framework: fw.ID(), From: side(as[0], rs[0]), To: side(as[1], rs[1]),
		Index:           changeJSON("", spbe.Text{}, c.Index, lang),
		PredicateChange: c.PredicateChange(),
		Indicators:      indicatorDeltasJSON(fw, c.Indicators, lang),
		Gains:           indicatorDeltasJSON(fw, c.Gains(top), lang),
		Losses:          indicatorDeltasJSON(fw, c.Losses(top), lang),
	}
	for d, ch := range c.Domains {
		dom := fw.Domain(d)
		j.Domains = append(j.Domains, changeJSON(dom.Code, dom.Name, ch, lang))
	}
	for a, ch := range c.Aspects {
		asp := fw.Aspect(a)
		j.Aspects = append(j.Aspects, changeJSON(asp.Code, asp.Name, ch, lang))
	}
	return j
}

// signedIndex writes a delta with its sign, "+0.35", "-0.10", "0.00".
func signedIndex(x spbe.Index, places int) string {
	s := x.Format(places)
	if x.Num() > 0 && s[0] != '-' {
		return "+" + s
	}
	return s
}

// writeCompareText writes a comparison as tables.
func writeCompareText(w io.Writer, as [2]*spbe.Assessment, c *spbe.Comparison, top int, lang smartcity.Lang) error {
	en := lang == smartcity.English
	name := func(a *spbe.Assessment) string {
		s := a.Instansi
		if s == "" {
			s = "(instansi?)"
		}
		if a.Year != 0 {
			s += " " + strconv.Itoa(a.Year)
		}
		return s
	}
	fmt.Fprintf(w, "%s → %s\n", name(as[0]), name(as[1]))
	label := "Indeks SPBE"
	if en {
		label = "SPBE index"
	}
	fmt.Fprintf(w, "%s %s → %s (%s), %s → %s\n\n", label, c.Index.From, c.Index.To, signedIndex(c.Index.Delta, 2),
		c.FromPredicate.Name(lang), c.ToPredicate.Name(lang))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fw := c.Framework
	for d, dom := range fw.Domains() {
		ch := c.Domains[d]
		fmt.Fprintf(tw, "%s  %s\t%s\t%s\t%s\n", dom.Code, dom.Name.In(lang), ch.From, ch.To, signedIndex(ch.Delta, 2))
		for a, asp := range fw.Aspects() {
			if fw.DomainOf(a) == d {
				ch := c.Aspects[a]
				fmt.Fprintf(tw, "    %s  %s\t%s\t%s\t%s\n", asp.Code, asp.Name.In(lang), ch.From, ch.To, signedIndex(ch.Delta, 2))
			}
		}
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
			pos, _ := fw.Position(ic.Indicator)
			fmt.Fprintf(tw, "%d  %s\t%d → %d\t%s\n", ic.Indicator, fw.Indicator(pos).Name.In(lang), ic.From, ic.To, signedIndex(ic.Contribution, 4))
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
