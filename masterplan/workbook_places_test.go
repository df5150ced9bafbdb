package masterplan_test

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
)

// edit returns data with the cells of sheet set to the values.
func edit(t testing.TB, data []byte, sheet string, cells map[string]any) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	require.NoError(t, err)
	for cell, v := range cells {
		require.NoError(t, f.SetCellValue(sheet, cell, v))
	}
	var buf bytes.Buffer
	_, err = f.WriteTo(&buf)
	require.NoError(t, err)
	return buf.Bytes()
}

// readBack reads the workbook and returns its problems.
func readBack(t testing.TB, data []byte) (*masterplan.Plan, smartcity.Problems) {
	t.Helper()
	p, ps, err := masterplan.Validate(bytes.NewReader(data), masterplan.ValidateOptions{})
	require.NoError(t, err)
	return p, ps
}

// The test: a plan written to a workbook, edited in one cell and
// read back reports that very cell.
func TestWorkbookEditedCellIsNamed(t *testing.T) {
	data := planBook(t, plantest.Plan().Build(), smartcity.Indonesian)
	for _, tc := range []struct {
		name, sheet, cell string
		value             any
		rule, path        string
		message           string
	}{
		{"negative amount", "Anggaran", "D3", -5, "gt", "programs[1].budget[0].amount", "lembar Anggaran, sel D3 (programs[1].budget[0].amount): "},
		{"year outside", "Anggaran", "B2", 2040, "budget_year", "programs[0].budget[0].year", "lembar Anggaran, sel B2 (programs[0].budget[0].year): "},
		{"start year", "Program", "I4", 2019, "", "programs[2].start_year", "lembar Program, sel I4 (programs[2].start_year): "},
		{"kpi target year", "Target KPI", "C2", 2050, "kpi_year", "programs[0].kpis[0].targets[0].year", "lembar Target KPI, sel C2"},
		{"region name", "Rencana", "B2", "", "required", "region.name", "lembar Rencana, sel B2 (region.name): "},
		{"stage date", "Tahapan", "B3", "2001-01-01", "", "lifecycle.stages[1].date", "lembar Tahapan, sel B3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ps := readBack(t, edit(t, data, tc.sheet, map[string]any{tc.cell: tc.value}))
			require.NotEmpty(t, ps)
			var at *smartcity.Problem
			for i := range ps {
				if ps[i].Path == tc.path {
					at = &ps[i]
					break
				}
			}
			require.NotNil(t, at, "%v", ps)
			assert.Equal(t, tc.sheet, at.Sheet)
			assert.Equal(t, tc.cell, at.Cell)
			if tc.rule != "" {
				assert.Equal(t, tc.rule, at.Rule)
			}
			assert.Contains(t, at.Message(smartcity.Indonesian), tc.message)
			assert.Zero(t, at.Line, "a problem of the rules has no line")
		})
	}
}

// Every problem of reading a workbook at once, each at its cell with its
// row as its line, in both languages.
func TestWorkbookReadingProblems(t *testing.T) {
	data := planBook(t, plantest.Plan().Build(), smartcity.Indonesian)
	type want struct{ sheet, cell, rule, id, en string }
	for _, tc := range []struct {
		name  string
		sheet string
		cells map[string]any
		want  []want
	}{
		{"amount not a number", "Anggaran", map[string]any{"D2": "sejuta"},
			[]want{{"Anggaran", "D2", "type", `"sejuta" bukan jumlah rupiah bulat`, `"sejuta" is not an amount in whole rupiah`}}},
		{"unknown element and year", "Program", map[string]any{"E2": "GOV.XXX", "I3": "2026a"},
			[]want{{"Program", "E2", "enum", "elemen \"GOV.XXX\" tidak dikenal", `unknown element "GOV.XXX"`}, {"Program", "I3", "type", "bukan bilangan bulat", "not a whole number"}}},
		{"pillar disagrees", "Program", map[string]any{"D2": "ECO"},
			[]want{{"Program", "D2", "pillar_element", "termasuk pilar GOV, bukan ECO", "is of the pillar GOV, not ECO"}}},
		{"unknown column", "Anggaran", map[string]any{"E1": "Total"},
			[]want{{"Anggaran", "E1", "unknown_column", `kolom "Total" tidak dikenal`, `unknown column "Total"`}}},
		{"duplicate column", "Anggaran", map[string]any{"E1": "year"},
			[]want{{"Anggaran", "E1", "duplicate_column", `kolom "year" ada dua kali (juga sebagai B)`, `column "year" given twice (as B too)`}}},
		{"missing column", "Anggaran", map[string]any{"D1": ""},
			[]want{{"Anggaran", "A1", "missing_column", `kolom "Jumlah" tidak ada`, `the column "Jumlah" is missing`}}},
		{"unknown programme", "Anggaran", map[string]any{"A2": "XXX-99"},
			[]want{{"Anggaran", "A2", "program_unknown", `tidak ada program "XXX-99" pada lembar Program`, `no programme "XXX-99" on the sheet Program`}}},
		{"unknown kpi", "Target KPI", map[string]any{"B2": "bukan KPI"},
			[]want{{"Target KPI", "B2", "kpi_unknown", "tidak punya KPI", "has no KPI"}}},
		{"bad date", "Tahapan", map[string]any{"B2": "kemarin"},
			[]want{{"Tahapan", "B2", "type", `"kemarin" bukan tanggal`, `"kemarin" is not a date`}}},
		{"bad flag", "Program", map[string]any{"K2": "mungkin"},
			[]want{{"Program", "K2", "type", "bukan Ya atau Tidak", "neither Ya nor Tidak"}}},
		{"unknown label", "Rencana", map[string]any{"A40": "Motto", "B40": "maju"},
			[]want{{"Rencana", "A40", "unknown_field", `isian "Motto" tidak dikenal`, `unknown field "Motto"`}}},
		{"label twice", "Rencana", map[string]any{"A40": "Visi", "B40": "lagi"},
			[]want{{"Rencana", "A40", "duplicate_key", `isian "Visi" ada dua kali`, `the field "Visi" is given twice`}}},
		{"section order", "Buku", map[string]any{"B3": "3"},
			[]want{{"Buku", "B3", "section", `bagian "3" tidak berurutan: seharusnya 1`, `section "3" out of order: want 1`}}},
		{"swot kind", "SWOT", map[string]any{"A2": "structure.people", "B2": "rahasia"},
			[]want{{"SWOT", "B2", "enum", `"rahasia" bukan salah satu dari`, `"rahasia" is none of`}}},
		{"kpi value", "Target KPI", map[string]any{"D2": "85,5"},
			[]want{{"Target KPI", "D2", "type", `"85,5" bukan angka`, `"85,5" is not a number`}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ps := readBack(t, edit(t, data, tc.sheet, tc.cells))
			var reading smartcity.Problems
			for _, p := range ps {
				if p.Line > 0 {
					reading = append(reading, p)
				}
			}
			if tc.name == "missing column" {
				reading = reading[:1] // and the amounts beyond the header
			}
			require.Len(t, reading, len(tc.want), "%v", ps)
			for i, w := range tc.want {
				p := reading[i]
				assert.Equal(t, w.sheet, p.Sheet)
				assert.Equal(t, w.cell, p.Cell)
				assert.Equal(t, w.rule, p.Rule)
				assert.Contains(t, p.Message(smartcity.Indonesian), "lembar "+w.sheet+", sel "+w.cell)
				assert.Contains(t, p.Message(smartcity.Indonesian), w.id)
				assert.Contains(t, p.Message(smartcity.English), "sheet "+w.sheet+", cell "+w.cell)
				assert.Contains(t, p.Message(smartcity.English), w.en)
			}
			_, err := masterplan.Unmarshal(edit(t, data, tc.sheet, tc.cells))
			require.Error(t, err)
		})
	}
}
