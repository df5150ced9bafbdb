// Package workbooktest makes the hostile workbooks the library's readers
// are measured on: each is a valid workbook with one part replaced, so
// that it passes the checks of a zip archive and reaches the XML
// parser.
package workbooktest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/memtest"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// Replace returns the workbook data with the part named name (such as
// "xl/worksheets/sheet1.xml") holding body, added when missing.
func Replace(data []byte, name string, body []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	write := func(n string, b []byte) error {
		w, err := zw.Create(n)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	}
	found := false
	for _, f := range zr.File {
		b := body
		if f.Name != name {
			rc, err := f.Open()
			if err != nil {
				return nil, err
			}
			b, err = io.ReadAll(rc)
			rc.Close()
			if err != nil {
				return nil, err
			}
		} else {
			found = true
		}
		if err := write(f.Name, b); err != nil {
			return nil, err
		}
	}
	if !found {
		if err := write(name, body); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// sheet is the XML of a worksheet whose sheetData is rows.
func sheet(rows string) []byte {
	return []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + rows + `</sheetData></worksheet>`)
}

// Hostile returns the hostile workbooks made from valid, a workbook whose
// first sheet is "xl/worksheets/sheet1.xml": a sheet of 60 MB of cells
// that zips to some hundreds of kilobytes, a value at the last column
// Excel has, 100,000 rows of a value in column 2,000, a million shared
// strings, a cell nested 100,000 elements deep, and rows numbered past
// Excel's last. Each must be refused or read within memtest.Bound.
func Hostile(valid []byte) []memtest.Doc {
	const part = "xl/worksheets/sheet1.xml"
	doc := func(name string, body func() []byte, partName string) memtest.Doc {
		return memtest.Doc{Name: "workbook: " + name, Make: func() []byte {
			data, err := Replace(valid, partName, body())
			if err != nil {
				panic(err)
			}
			return data
		}}
	}
	return []memtest.Doc{
		doc("60 MB of cells zipped small", func() []byte {
			return sheet(strings.Repeat(`<row><c t="inlineStr"><is><t>x</t></is></c></row>`, 60_000_000/48))
		}, part),
		doc("a value in column XFD", func() []byte {
			return sheet(`<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>`)
		}, part),
		doc("100,000 rows of a value in column 2,000", func() []byte {
			var b strings.Builder
			for i := 1; i <= 100_000; i++ {
				fmt.Fprintf(&b, `<row r="%d"><c r="BXX%d"><v>1</v></c></row>`, i, i)
			}
			return sheet(b.String())
		}, part),
		doc("a million shared strings", func() []byte {
			return []byte(`<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
				strings.Repeat(`<si><t>abcdefgh</t></si>`, 1_000_000) + `</sst>`)
		}, "xl/sharedStrings.xml"),
		doc("a cell 100,000 elements deep", func() []byte {
			return sheet(`<row r="1"><c r="A1" t="inlineStr"><is>` + strings.Repeat("<r>", 100_000) + strings.Repeat("</r>", 100_000) + `</is></c></row>`)
		}, part),
		doc("rows numbered past the last", func() []byte {
			return sheet(`<row r="1"><c r="A1"><v>1</v></c></row><row r="99999999"><c r="A99999999"><v>1</v></c></row>`)
		}, part),
	}
}

// FromCSV returns a workbook of a notes sheet and a sheet named sheet
// holding the table of the CSV text (delimited by "," or ";"), as an
// analyst keeps it: whole numbers and decimals as numbers, other cells
// ("5,0", level names) as text.
func FromCSV(sheet, text string) ([]byte, error) {
	cr, err := csvio.NewReader(strings.NewReader(text), csvio.Options{})
	if err != nil {
		return nil, err
	}
	records := [][]string{cr.Header()}
	for {
		row, err := cr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		records = append(records, row.Cells)
	}
	w := workbook.NewWriter()
	w.AddTable(workbook.Table{Sheet: "Petunjuk", Columns: []workbook.Column{{Header: "Isi lembar berikutnya"}}})
	w.AddTable(workbook.TableOf(sheet, records))
	var buf bytes.Buffer
	if _, err := w.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
