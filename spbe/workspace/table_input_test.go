package workspace_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/input"
	"github.com/kotacerdas/smartcity/internal/memtest"
	"github.com/kotacerdas/smartcity/internal/workbook/workbooktest"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
	"github.com/kotacerdas/smartcity/spbe/workspace/workspacetest"
)

// Text a spreadsheet would take for a formula, a line break, a
// bidirectional override and what looks like the workbook format's own
// escape come back as they were, from a workbook and from CSV, whose
// writer defuses the formulas with a quote that ReadTable takes off again.
func TestTableRoundTripOfHostileText(t *testing.T) {
	fw, err := spbe.Lookup(spbe.PermenPANRB8of2026)
	require.NoError(t, err)
	for name, w := range map[string]*workspace.Workspace{
		"rembang": workspacetest.Rembang2026(),
		"random":  workspacetest.Random(7, fw, 400),
	} {
		w.Target = "3.00"
		for i := range w.Items {
			if w.Items[i].Reason == "Dokumen tidak tepat" {
				w.Items[i].Reason = "Dokumen lain" // a reason that is a kind's name reads as that kind
			}
		}
		w.Items[0].Title = `=HYPERLINK("https://x.example/","klik")`
		w.Items[1].Output = "+62 812 \u202e_x0041_ baris\nkedua"
		w.Items[2].Responsible = "@budi"
		w.Items[3].Reason = "-catatan"
		want := withoutHistory(w)

		var book bytes.Buffer
		require.NoError(t, w.WriteWorkbook(&book), name)
		assert.NotContains(t, book.String(), "<f>", "no cell is a formula")
		back, err := workspace.ReadTable(&book, workspace.ReadOptions{})
		require.NoError(t, err, name)
		sameWorkspace(t, want, back, name+" workbook")

		var csv bytes.Buffer
		require.NoError(t, w.WriteCSV(&csv), name)
		assert.Contains(t, csv.String(), `'=HYPERLINK`, "a formula is defused")
		back, err = workspace.ReadTable(&csv, workspace.ReadOptions{Framework: fw})
		require.NoError(t, err, name)
		want.Claims, want.Outside = nil, nil // the CSV holds the items only
		sameWorkspace(t, want, back, name+" csv")
	}
}

// sameWorkspace compares two workspaces item by item, so that a failure
// shows the first item that differs rather than every item.
func sameWorkspace(t *testing.T, want, got *workspace.Workspace, what string) {
	t.Helper()
	a, b := *want, *got
	a.Items, b.Items = nil, nil
	assert.Equal(t, a, b, what)
	if !assert.Len(t, got.Items, len(want.Items), what) {
		return
	}
	for i := range want.Items {
		if !assert.Equal(t, want.Items[i], got.Items[i], "%s: item %d", what, i) {
			return
		}
	}
}

// A value reading refuses does not hide the problems Validate finds
// elsewhere, nor is it said twice.
func TestReadTableReportsEveryProblemAtOnce(t *testing.T) {
	csv := "Instansi;X\nTahun;2026\n" +
		"ID;Indikator;Level Kematangan;Item Bukti Dukung;Unit Kerja;Status;Batas Waktu\n" +
		"a;1;1;t;u;;30/02/2026\n" +
		"b;1;1;t;;;\n" +
		"c;1;tinggi;t;u;selesai;\n" +
		"d;;;t;u;;\n" +
		"e;99;1;t;u;;\n" +
		"f;;2;t;u;;\n"
	_, err := workspace.ReadTable(strings.NewReader(csv), workspace.ReadOptions{})
	ps, ok := errors.AsType[smartcity.Problems](err)
	require.True(t, ok, "%v", err)
	var got []string
	for _, p := range ps {
		got = append(got, p.Rule+"@"+csvPlace(p))
	}
	assert.ElementsMatch(t, []string{"date@4:7", "level_range@6:3", "enum@6:6", "indicator@8:2", "required@5:5"}, got,
		"the level carried down from a refused one (row 7) and the indicator carried from an unknown one (row 9) are not said again")
}

// csvPlace is a problem's row and column in a CSV file, "4:7".
func csvPlace(p smartcity.Problem) string { return fmt.Sprintf("%d:%d", p.Line, p.Column) }

// Every failure of reading is a problem at its place, said in Indonesian
// too, in the error's smartcity.Problems.
func TestReadTableFailuresAreProblems(t *testing.T) {
	var valid bytes.Buffer
	require.NoError(t, workspacetest.Rembang2026().WriteWorkbook(&valid))
	macro, err := workbooktest.Replace(valid.Bytes(), "xl/vbaProject.bin", []byte("x"))
	require.NoError(t, err)
	other, err := workbooktest.FromCSV("Lain", "a;b\n1;2\n")
	require.NoError(t, err)
	const head = "Instansi;X\nTahun;2026\nIndikator;Level;Item Bukti Dukung;Unit Kerja\n"
	for name, tc := range map[string]struct {
		data string
		opt  workspace.ReadOptions
		rule string
	}{
		"empty":             {"", workspace.ReadOptions{}, "header"},
		"xls":               {"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", workspace.ReadOptions{}, "workbook"},
		"broken zip":        {"PK\x03\x04broken", workspace.ReadOptions{}, "workbook"},
		"macro":             {string(macro), workspace.ReadOptions{}, "macro"},
		"no list":           {string(other), workspace.ReadOptions{}, "sheet"},
		"too many rows":     {head + "1;1;a;u\n1;1;b;u\n1;1;c;u\n", workspace.ReadOptions{MaxRows: 2}, "too_many_rows"},
		"not utf-8":         {head + "1;1;\xff;u\n", workspace.ReadOptions{}, "utf8"},
		"broken quote":      {head + "1;1;\"a;u\n", workspace.ReadOptions{}, "syntax"},
		"value past header": {head + "1;1;a;u;lebih\n", workspace.ReadOptions{}, "columns"},
		"year no number":    {"Instansi;X\nTahun;dua ribu\nKerangka;permenpanrb-8-2026\nIndikator;Level;Item Bukti Dukung;Unit Kerja\n1;1;a;u\n", workspace.ReadOptions{}, "year"},
		"another instansi":  {head + "1;1;a;u\n", workspace.ReadOptions{Instansi: "Y"}, "mismatch"},
		"another year":      {head + "1;1;a;u\n", workspace.ReadOptions{Year: 2027}, "mismatch"},
		"missing column":    {"Instansi;X\nTahun;2026\nIndikator;Level;Unit Kerja\n1;1;u\n", workspace.ReadOptions{}, "required"},
	} {
		_, err := workspace.ReadTable(strings.NewReader(tc.data), tc.opt)
		ps, ok := errors.AsType[smartcity.Problems](err)
		if !assert.True(t, ok, "%s: %T %v", name, err, err) {
			continue
		}
		rules := ""
		for _, p := range ps {
			rules += p.Rule + " "
			assert.NotEqual(t, p.Message(smartcity.English), p.Message(smartcity.Indonesian), "%s: %s", name, p.Message(smartcity.English))
		}
		assert.Contains(t, rules, tc.rule, "%s: %v", name, ps)
	}
	_, err = workspace.ReadTable(bytes.NewReader(valid.Bytes()), workspace.ReadOptions{Limit: 100})
	assert.ErrorIs(t, err, input.ErrTooLarge)
}

// TestReadTablePeakRSS holds the reading of the hostile workbooks of
// workbooktest, and of a workbook of 10,000 items, to memtest.Bound. (One
// of 20,000 items, 1.9 MB, grows the resident set by some 73 MB, past the
// bound: excelize's row reader and the workspace itself, 38× the file.)
func TestReadTablePeakRSS(t *testing.T) {
	fw, err := spbe.Lookup(spbe.PermenPANRB8of2026)
	require.NoError(t, err)
	var valid bytes.Buffer
	require.NoError(t, workspacetest.Rembang2026().WriteWorkbook(&valid))
	docs := append(workbooktest.Hostile(valid.Bytes()), memtest.Doc{Name: "workbook of 10,000 items", Make: func() []byte {
		var buf bytes.Buffer
		require.NoError(t, workspacetest.Random(1, fw, 10_000).WriteWorkbook(&buf))
		return buf.Bytes()
	}})
	memtest.Within(t, memtest.Peak(t, nil, func(t testing.TB, path string) {
		f, err := os.Open(path)
		require.NoError(t, err)
		defer f.Close()
		_, _ = workspace.ReadTable(f, workspace.ReadOptions{})
	}, docs...))
}

// The level, the status and the main flag are picked from drop-downs that
// reach the blank rows below the items.
func TestWorkbookDropDowns(t *testing.T) {
	w := workspacetest.Rembang2026()
	var buf bytes.Buffer
	require.NoError(t, w.WriteWorkbook(&buf))
	f, err := excelize.OpenReader(&buf)
	require.NoError(t, err)
	defer f.Close()
	dvs, err := f.GetDataValidations("Bukti Dukung")
	require.NoError(t, err)
	var ranges []string
	for _, dv := range dvs {
		ranges = append(ranges, dv.Sqref)
	}
	last := 7 + len(w.Items) + 20 // the block, a blank row, the header, the items, 20 blank rows
	assert.ElementsMatch(t, []string{fmt.Sprintf("B8:B%d", last), fmt.Sprintf("H8:H%d", last), fmt.Sprintf("I8:I%d", last)}, ranges)
}
