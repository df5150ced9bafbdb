package spbe

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/escape"
)

// CSVOptions choose the spreadsheet dialect of the CSV writers.
type CSVOptions struct {
	// Semicolon delimits with ";", as spreadsheets in the Indonesian
	// locale expect.
	Semicolon bool
	// BOM starts the file with a UTF-8 byte-order mark, so that
	// spreadsheets read names with accents correctly.
	BOM bool
}

func (o CSVOptions) writer(w io.Writer) *csvio.Writer {
	return csvio.NewWriter(w, csvio.WriterOptions{Semicolon: o.Semicolon, BOM: o.BOM})
}

// WriteWideCSV writes assessments in the wide CSV form that DecodeWideCSV
// reads: "instansi,tahun,1,…,n", one row per assessment, the final level
// of each indicator (a level taken from an outside score as that level),
// an empty cell for an unanswered one. Explanations, evidence, stages and
// outside scores are not part of this form. Every assessment must be
// valid against fw (Assessment.Validate); the first that is not is the
// error, and nothing is written. Cells are protected against formula
// injection.
func WriteWideCSV(w io.Writer, fw *Framework, as []Assessment, opt CSVOptions) error {
	for i := range as {
		if err := problems(as[i].Validate(fw)).err(as[i].subject()); err != nil {
			return err
		}
	}
	cw := opt.writer(w)
	header := make([]string, 0, 2+len(fw.numbers))
	header = append(header, "instansi", "tahun")
	for _, n := range fw.numbers {
		header = append(header, strconv.Itoa(n))
	}
	if err := cw.Write(header...); err != nil {
		return err
	}
	row := make([]string, len(header))
	for i := range as {
		a := &as[i]
		clear(row)
		row[0] = a.Instansi
		if a.Year != 0 {
			row[1] = strconv.Itoa(a.Year)
		}
		for _, ans := range a.Indicators {
			pos, ok := fw.Position(ans.Indicator)
			if !ok {
				continue
			}
			if l := fw.levelOf(&ans); l != Unanswered || fw.spec.MinLevel == 0 {
				row[2+pos] = l.String()
			}
		}
		if err := cw.Write(row...); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// levelOf is the level an answer gives: its final level, or the level its
// outside score converts to when it states none (Unanswered when the score
// cannot be converted).
func (fw *Framework) levelOf(ans *Answer) Level {
	l, _ := ans.Final()
	if l == Unanswered && ans.External != nil {
		if c, err := fw.Convert(ans.Indicator, *ans.External); err == nil {
			return c
		}
	}
	return l
}

// WriteLongCSV writes one assessment in the long CSV form that DecodeLongCSV
// reads: "indikator,level,tahap,penjelasan,bukti", and "tahun" when the
// year is known (it picks the framework when the file is read back), one
// row per indicator of fw in order, unanswered ones with an empty level.
// Only the final level and its stage are written — a level taken from an
// outside score as that level, the score itself being kept only in JSON —
// and evidence as "Title <reference>" items joined by " | " (without
// SHA-256 digests, which only JSON keeps).
// The assessment must be valid against fw, and no evidence title may hold
// "|", "<", ">" or a line break, which the form uses as separators, and so
// is one whose address or file name holds them.
func WriteLongCSV(w io.Writer, fw *Framework, a *Assessment, opt CSVOptions) error {
	if err := problems(a.Validate(fw)).err(a.subject()); err != nil {
		return err
	}
	byPos := make([]*Answer, len(fw.numbers))
	for k := range a.Indicators {
		pos, _ := fw.Position(a.Indicators[k].Indicator)
		byPos[pos] = &a.Indicators[k]
	}
	var ps problems
	for k, ans := range a.Indicators {
		for j, ev := range ans.Evidence {
			if strings.ContainsAny(ev.Title, "|<>\r\n") {
				ps.add(fmt.Sprintf("indicators[%d].bukti[%d].title", k, j), "%s holds a separator of the long CSV form (| < > or a line break)", escape.Quote(ev.Title))
			}
			if ref := ev.ref(); strings.ContainsAny(ref, "|<>\r\n") {
				ps.add(fmt.Sprintf("indicators[%d].bukti[%d]", k, j), "%s holds a separator of the long CSV form (| < > or a line break)", escape.Quote(ref))
			}
		}
	}
	if err := ps.err(a.subject()); err != nil {
		return err
	}
	cw := opt.writer(w)
	header := []string{"indikator", "level", "tahap", "penjelasan", "bukti"}
	if a.Year != 0 {
		header = append(header, "tahun")
	}
	if err := cw.Write(header...); err != nil {
		return err
	}
	for pos, n := range fw.numbers {
		row := make([]string, len(header))
		row[0] = strconv.Itoa(n)
		if a.Year != 0 {
			row[5] = strconv.Itoa(a.Year)
		}
		if ans := byPos[pos]; ans != nil {
			_, s := ans.Final()
			if l := fw.levelOf(ans); l != Unanswered || fw.spec.MinLevel == 0 {
				row[1] = l.String()
			}
			row[2] = s.String()
			row[3] = ans.Explanation
			items := make([]string, len(ans.Evidence))
			for j, ev := range ans.Evidence {
				items[j] = ev.Title + " <" + ev.ref() + ">"
			}
			row[4] = strings.Join(items, " | ")
		}
		if err := cw.Write(row...); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// ref is the reference the long CSV form writes for the evidence: its
// address, else its file name.
func (ev Evidence) ref() string {
	if ev.URL != "" {
		return ev.URL
	}
	return ev.File
}
