package evaluation

import (
	"fmt"
	"io"
	"strconv"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/workbook"
	"github.com/kotacerdas/smartcity/pillar"
)

// WriteReportWorkbook writes the evaluation e scored under opt.Weights as
// an Excel workbook in opt.Lang, as WriteReport writes it in Markdown:
// the sheet Hasil (Result) with the region, year and stage, the index,
// last year's index and the improvement above a row per dimension —
// weight, score and contribution to the index, stored as numbers — and a
// column chart of the scores; the sheet Pilar (Pillars) of the pillar
// scores when given. The index is stored as the ministry publishes it, to
// two decimals, and its exact value beside it as text.
//
// The error is the one Evaluation.Score returns for an evaluation that is
// not valid or weights that do not sum to 100; nothing is written then.
func WriteReportWorkbook(w io.Writer, e *Evaluation, opt ReportOptions) error {
	res, err := e.Score(opt.Weights)
	if err != nil {
		return err
	}
	lang := opt.Lang.Or(smartcity.Indonesian)
	word := func(w reportWord) string { return w.in(lang) }
	title := fmt.Sprintf(word(rwTitle), e.Region, e.Year, e.Stage.Name(lang))
	above := [][]any{{title}}
	if e.Province != "" {
		above = append(above, []any{word(rwProvince), e.Province})
	}
	above = append(above, []any{word(rwIndex), published(res.Index), res.Index.Exact()})
	if res.HasImprovement() {
		above = append(above, []any{word(rwPrevious), published(res.Previous)}, []any{capital(word(rwImprovement)), published(res.Improvement)})
	}
	if e.Illustrative {
		above = append(above, []any{word(rwIllustrative)})
	}
	var rows [][]any
	for d := range Dimensions() {
		s, _ := scoreNumber(e.Scores.Of(d))
		term, _ := s.Mul(smartcity.NewNumber(int64(res.Weights.Of(d)), 100))
		rows = append(rows, []any{d.Name(lang), smartcity.NewNumber(int64(res.Weights.Of(d)), 100), s, term})
	}
	b := workbook.NewWriter()
	sheet := map[bool]string{false: "Hasil", true: "Result"}[lang == smartcity.English]
	p := b.AddTable(workbook.Table{Sheet: sheet, Above: above, Columns: []workbook.Column{
		{Header: word(rwDimension)}, {Header: word(rwWeight), Kind: workbook.Percent},
		{Header: word(rwScore), Kind: workbook.Decimal}, {Header: word(rwContribution), Kind: workbook.Decimal},
	}, Rows: rows})
	b.AddChart(workbook.Chart{Kind: workbook.Columns, Title: word(rwDimensions), Of: p, Categories: 0, Values: []int{2}})
	if len(e.PillarScores) > 0 {
		rows = rows[:0]
		for pl := range pillar.All() {
			if v, ok := e.PillarScores[pl]; ok {
				s, _ := scoreNumber(v)
				rows = append(rows, []any{pl.String(), pl.Name(lang), s})
			}
		}
		b.AddTable(workbook.Table{Sheet: word(rwPillar), Above: [][]any{{word(rwPillarsNote)}}, Columns: []workbook.Column{
			{Header: word(rwPillar)}, {Header: map[bool]string{false: "Nama", true: "Name"}[lang == smartcity.English]},
			{Header: word(rwScore), Kind: workbook.Decimal}}, Rows: rows})
	}
	_, err = b.WriteTo(w)
	return err
}

// WriteStandingsWorkbook writes a ranked cohort (Cohort.Score) as an Excel
// workbook in lang: the sheet Peringkat (Ranking) with a row per standing
// — rank, region, province, rank in the province, year, stage, index and
// improvement, the figures stored as numbers, the index and the
// improvement as the ministry publishes them, to two decimals — and a
// bar chart of the indices, highest first.
func WriteStandingsWorkbook(w io.Writer, standings []Standing, lang smartcity.Lang) error {
	en := lang == smartcity.English
	pick := func(id, en2 string) string {
		if en {
			return en2
		}
		return id
	}
	rank := pick("Peringkat", "Ranking")
	cols := []workbook.Column{
		{Header: rank, Kind: workbook.Integer}, {Header: pick("Wilayah", "Region")}, {Header: pick("Provinsi", "Province")},
		{Header: pick("Peringkat di provinsi", "Rank in province"), Kind: workbook.Integer}, {Header: pick("Tahun", "Year"), Kind: workbook.Integer},
		{Header: pick("Tahap", "Stage")}, {Header: rwIndex.in(lang), Kind: workbook.Decimal},
		{Header: capital(rwImprovement.in(lang)), Kind: workbook.Decimal}, {Header: pick("Ilustratif", "Illustrative")},
	}
	rows := make([][]any, 0, len(standings))
	for _, s := range standings {
		var provinceRank, improvement, illustrative any
		if s.ProvinceRank > 0 {
			provinceRank = s.ProvinceRank
		}
		if s.HasImprovement() {
			improvement = published(s.Improvement)
		}
		if s.Illustrative {
			illustrative = pick("Ya", "Yes")
		}
		var province any
		if s.Province != "" {
			province = s.Province
		}
		rows = append(rows, []any{s.Rank, s.Region, province, provinceRank, s.Year, s.Stage.String(), published(s.Index), improvement, illustrative})
	}
	b := workbook.NewWriter()
	p := b.AddTable(workbook.Table{Sheet: rank, Columns: cols, Rows: rows})
	if len(rows) > 0 {
		b.AddChart(workbook.Chart{Kind: workbook.Bars, Title: rwIndex.in(lang) + " – " + pick("peringkat", "ranking"), Of: p, Categories: 1, Values: []int{6},
			Height: uint(min(max(360, 22*len(rows)+120), 20000))})
	}
	_, err := b.WriteTo(w)
	return err
}

// published is x as the ministry publishes it, rounded to two decimals
// (half up for an index, half away from zero for an improvement, as
// Number.String rounds), stored as a number.
func published(x smartcity.Number) any {
	f, err := strconv.ParseFloat(x.String(), 64)
	if err != nil {
		return x.String()
	}
	return f
}

// capital is s with its first letter upper case ("kenaikan" is
// "Kenaikan").
func capital(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}
