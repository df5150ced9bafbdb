package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/kotacerdas/smartcity"
)

// printer writes the story in one language and keeps the first write error,
// so that sections need not check every line.
type printer struct {
	w    io.Writer
	lang smartcity.Lang
	err  error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

// width is the column at which wrapped lines break.
const width = 100

// wrapf formats a line and breaks it between words so that no line is
// longer than width; continuation lines are indented by two spaces.
func (p *printer) wrapf(format string, args ...any) {
	line := ""
	for _, word := range strings.Fields(fmt.Sprintf(format, args...)) {
		switch {
		case line == "":
			line = word
		case len([]rune(line))+1+len([]rune(word)) > width:
			p.printf("%s\n", line)
			line = "  " + word
		default:
			line += " " + word
		}
	}
	p.printf("%s\n", line)
}

// say prints the Indonesian or the English format, as the printer speaks,
// with args.
func (p *printer) say(id, en string, args ...any) {
	p.printf(p.t(id, en), args...)
}

// t returns the Indonesian or the English text, as the printer speaks.
func (p *printer) t(id, en string) string {
	if p.lang == smartcity.English {
		return en
	}
	return id
}

// table returns a tab-aligned writer over the printer; rows are written
// with row and the table ends with flush.
func (p *printer) table() *table {
	return &table{p: p, tw: tabwriter.NewWriter(sinkWriter{p}, 0, 0, 2, ' ', 0)}
}

// dec writes decimal text with a point ("3.99", as indices print) in the
// printer's language: "3,99" in Indonesian.
func (p *printer) dec(s string) string { return p.lang.Decimal(s) }

// signed writes decimal text with its sign, "+0,35" or "-0,10"; a value
// that shows as zero has none.
func (p *printer) signed(s string) string { return p.lang.Signed(s) }

// rupiah writes whole rupiah in the printer's language.
func (p *printer) rupiah(amount int64) string { return p.lang.Rupiah(amount) }

// percent writes an exact ratio as a percentage with one decimal, the way
// regions report achievement, or "–" when it holds no value.
func (p *printer) percent(r smartcity.Number) string {
	s, err := p.lang.Percent(r.Num(), r.Den(), 1)
	if err != nil {
		return "–"
	}
	return s
}

// sinkWriter lets the tab writer write through the printer, so that its
// errors are kept like any other.
type sinkWriter struct{ p *printer }

func (s sinkWriter) Write(b []byte) (int, error) {
	s.p.printf("%s", b)
	if s.p.err != nil {
		return 0, s.p.err
	}
	return len(b), nil
}

// table aligns columns separated by tabs.
type table struct {
	p  *printer
	tw *tabwriter.Writer
}

// row writes one row of cells.
func (t *table) row(cells ...string) {
	fmt.Fprintln(t.tw, strings.Join(cells, "\t"))
}

// flush writes the aligned table.
func (t *table) flush() {
	_ = t.tw.Flush() // its errors are the printer's, kept there
}
