package evaluation

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/markdown"
	"github.com/kotacerdas/smartcity/pillar"
)

// ReportOptions choose the language of an evaluation report and the
// weights of its index.
type ReportOptions struct {
	// Lang is the language of the report's words; the zero Lang is
	// Indonesian.
	Lang smartcity.Lang
	// Weights are the dimension weights; the zero Weights mean
	// DefaultWeights (10/20/30/20/20).
	Weights Weights
}

// WriteReport writes a yearly evaluation of smart-city
// implementation as a Markdown report in opt.Lang: the region, year and
// stage; the Indeks Pencapaian rounded half up to two decimals as the
// ministry publishes it, with its exact value; last year's index and the
// improvement; each dimension's weight, score and contribution; the scores
// per pillar when given (they are not part of the index); and the notes,
// with an illustrative evaluation marked so. Scores are written as given,
// in lang's decimal separator. Text from the evaluation is escaped and the
// output is the same, byte for byte, for the same input.
//
// The error is the one Evaluation.Score returns for an evaluation that is
// not valid or weights that do not sum to 100; nothing is written then.
func WriteReport(w io.Writer, e *Evaluation, opt ReportOptions) error {
	res, err := e.Score(opt.Weights)
	if err != nil {
		return err
	}
	lang := opt.Lang.Or(smartcity.Indonesian)
	word := func(w reportWord) string { return w.in(lang) }
	num := lang.Decimal
	var b bytes.Buffer
	fmt.Fprintf(&b, "# "+word(rwTitle)+"\n\n", markdown.Text(e.Region), e.Year, e.Stage.Name(lang))
	if prov := strings.TrimSpace(e.Province); prov != "" {
		fmt.Fprintf(&b, "- **%s:** %s\n", word(rwProvince), markdown.Text(prov))
	}
	fmt.Fprintf(&b, "- **%s:** **%s** (%s %s)\n", word(rwIndex), num(res.Index.String()), word(rwExactly), num(res.Index.Decimal(2)))
	if res.HasImprovement() {
		imp := num(res.Improvement.String())
		if res.Improvement.Sign() > 0 {
			imp = "+" + imp
		}
		fmt.Fprintf(&b, "- **%s:** %s; **%s:** %s\n", word(rwPrevious), num(res.Previous.String()), word(rwImprovement), imp)
	}
	if e.Illustrative {
		fmt.Fprintf(&b, "- _%s_\n", word(rwIllustrative))
	}
	b.WriteString("\n")

	fmt.Fprintf(&b, "## %s\n\n", word(rwDimensions))
	rows := make([][]string, 0, 6)
	for d := range Dimensions() {
		s, _ := scoreNumber(e.Scores.Of(d)) // Score has checked every score
		term, _ := s.Mul(smartcity.NewNumber(int64(res.Weights.Of(d)), 100))
		rows = append(rows, []string{
			d.Name(lang), fmt.Sprintf("%d%%", res.Weights.Of(d)), num(string(e.Scores.Of(d))), num(shortDecimal(term)),
		})
	}
	rows = append(rows, []string{"**" + word(rwIndex) + "**", "100%", "", "**" + num(shortDecimal(res.Index)) + "**"})
	markdown.Table(&b, []string{word(rwDimension), word(rwWeight), word(rwScore), word(rwContribution)},
		[]bool{false, true, true, true}, rows)

	if len(e.PillarScores) > 0 {
		fmt.Fprintf(&b, "## %s\n\n%s\n\n", word(rwPillars), word(rwPillarsNote))
		rows = rows[:0]
		for pl := range pillar.All() {
			if s, ok := e.PillarScores[pl]; ok {
				rows = append(rows, []string{pl.String() + " " + pl.Name(lang), num(string(s))})
			}
		}
		markdown.Table(&b, []string{word(rwPillar), word(rwScore)}, []bool{false, true}, rows)
	}
	if len(e.Notes) > 0 {
		fmt.Fprintf(&b, "## %s\n\n", word(rwNotes))
		for _, n := range e.Notes {
			fmt.Fprintf(&b, "- %s\n", markdown.Text(n))
		}
	}
	_, err = w.Write(append(bytes.TrimRight(b.Bytes(), "\n"), '\n'))
	return err
}

// shortDecimal writes x with four decimals at most and two at least,
// without trailing zeros beyond two: 0.35, 0.975, 3.375.
func shortDecimal(x smartcity.Number) string {
	s := x.Format(4)
	for strings.HasSuffix(s, "0") && len(s)-strings.IndexByte(s, '.') > 3 {
		s = s[:len(s)-1]
	}
	return s
}
