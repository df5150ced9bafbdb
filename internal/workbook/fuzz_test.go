package workbook_test

import (
	"errors"
	"io"
	"testing"

	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// FuzzOpen reads any file as a workbook, every sheet to its end: no
// panic, and every error a *csvio.Error with a rule.
func FuzzOpen(f *testing.F) {
	f.Add(sample(f))
	f.Add(withPart(f, "xl/worksheets/sheet9.xml", []byte(`<worksheet><sheetData><row r="3"><c r="XFD3" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`)))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := workbook.Open(data, workbook.Options{MaxCells: 10_000})
		if err != nil {
			checkError(t, err)
			return
		}
		defer b.Close()
		for _, s := range b.Sheets() {
			r, err := b.Table(s, csvio.Options{})
			for err == nil {
				_, err = r.Next()
			}
			if err != io.EOF {
				checkError(t, err)
			}
		}
	})
}

func checkError(t *testing.T, err error) {
	t.Helper()
	var e *csvio.Error
	if !errors.As(err, &e) || e.Problem().Rule == "" {
		t.Fatalf("error %v (%T) is not a *csvio.Error with a rule", err, err)
	}
}
