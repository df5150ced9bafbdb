package spbe_test

import (
	"bytes"
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/golden"
	"github.com/kotacerdas/smartcity/spbe"
)

func TestWriteResultsCSVGolden(t *testing.T) {
	results := []spbe.Scored{
		reportScored(t, "rembang-2023.json"), reportScored(t, "rembang-2024.json"),
		reportScored(t, "sumedang-2023.json"), reportScored(t, "sumedang-2024.json"),
	}
	tests := []struct {
		name string
		opt  spbe.ExportOptions
	}{
		{"results.csv", spbe.ExportOptions{}},
		{"results-levels.semicolon.csv", spbe.ExportOptions{CSVOptions: spbe.CSVOptions{Semicolon: true, BOM: true}, Levels: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, spbe.WriteResultsCSV(&b, results, tt.opt))
			golden.Check(t, filepath.Join("testdata", "report", tt.name), b.Bytes())
		})
	}
}

// A ";" export with decimal commas and a byte-order mark reads back: the
// same cells, the published values, the levels as scored.
func TestWriteResultsCSVReadsBack(t *testing.T) {
	rembang := reportScored(t, "rembang-2024.json")
	sumedang := reportScored(t, "sumedang-2023.json")
	var b bytes.Buffer
	require.NoError(t, spbe.WriteResultsCSV(&b, []spbe.Scored{rembang, sumedang}, spbe.ExportOptions{
		CSVOptions: spbe.CSVOptions{Semicolon: true, BOM: true}, Levels: true,
	}))
	data := b.Bytes()
	require.True(t, bytes.HasPrefix(data, []byte("\ufeff")))
	r := csv.NewReader(bytes.NewReader(data[3:]))
	r.Comma = ';'
	rows, err := r.ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 3)
	assert.Equal(t, []string{"instansi", "tahun", "framework", "D1", "D2", "D3", "D4", "indeks", "predikat", "basis_predikat", "pembilang", "1"}, rows[0][:12])
	assert.Len(t, rows[0], 11+47)
	assert.Equal(t, []string{"Pemerintah Kab. Rembang", "2024", "permenpanrb-59-2020", "4,40", "3,70", "2,64", "4,52", "3,99", "Sangat Baik", "unrounded", "39870"}, rows[1][:11])
	assert.Equal(t, []string{"Pemerintah Kab. Sumedang", "2023", "permenpanrb-59-2020"}, rows[2][:3])
	assert.Equal(t, "4,14", rows[2][7])
	assert.Equal(t, "rounded", rows[2][9])
	for i, l := range rembang.Result.Levels {
		assert.Equal(t, l.String(), rows[1][11+i], "indicator %d", i+1)
	}
}

// A name that a spreadsheet would run as a formula is written as text.
func TestWriteResultsCSVFormulaInjection(t *testing.T) {
	s := reportScored(t, "rembang-2024.json")
	for _, name := range []string{`=HYPERLINK("http://evil.example","klik")`, "+1+2", "-2+3", "@SUM(A1)", "\tTab", "\rCR"} {
		s.Instansi = name
		var b bytes.Buffer
		require.NoError(t, spbe.WriteResultsCSV(&b, []spbe.Scored{s}, spbe.ExportOptions{}))
		rows, err := csv.NewReader(&b).ReadAll()
		require.NoError(t, err)
		assert.Equal(t, "'"+name, rows[1][0])
	}
}

func TestWriteResultsCSVErrors(t *testing.T) {
	s := reportScored(t, "rembang-2024.json")
	old, err := spbe.Lookup(spbe.PermenPANRB5of2018)
	require.NoError(t, err)
	res, err := old.Score(old.NewLevels(), spbe.Options{})
	require.NoError(t, err)
	var b bytes.Buffer
	require.ErrorIs(t, spbe.WriteResultsCSV(&b, []spbe.Scored{s, {Result: res}}, spbe.ExportOptions{}), spbe.ErrFrameworkMismatch)
	require.ErrorContains(t, spbe.WriteResultsCSV(&b, []spbe.Scored{s, {}}, spbe.ExportOptions{}), "no result to report")
	assert.Zero(t, b.Len())

	// No results: the header of the default framework.
	require.NoError(t, spbe.WriteResultsCSV(&b, nil, spbe.ExportOptions{}))
	assert.Equal(t, "instansi,tahun,framework,D1,D2,D3,D4,indeks,predikat,basis_predikat,pembilang\n", b.String())

	// PermenPANRB 5/2018 has three domains and answers of level 0.
	b.Reset()
	require.NoError(t, spbe.WriteResultsCSV(&b, []spbe.Scored{{Instansi: "Kab. Contoh", Year: 2019, Result: res}}, spbe.ExportOptions{Levels: true}))
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	require.Len(t, lines, 2)
	assert.True(t, strings.HasPrefix(lines[0], "instansi,tahun,framework,D1,D2,D3,indeks,predikat,basis_predikat,pembilang,1,2,"))
	assert.Equal(t, "Kab. Contoh,2019,permenpanrb-5-2018,0.00,0.00,0.00,0.00,Kurang,unrounded,0,"+strings.Repeat("0,", 34)+"0", lines[1])
}
