package spbetest_test

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/spbetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// published are the official results the fixtures reproduce (Laporan
// Evaluasi SPBE 2023, Laporan Pelaksanaan Evaluasi SPBE 2024).
var published = []struct {
	file     string
	fixture  func() *spbe.Assessment
	instansi string
	year     int
	domains  [4]string
	index    string
	exact    string
	pred     spbe.Predicate
}{
	{"rembang-2023.json", spbetest.Rembang2023, "Pemerintah Kab. Rembang", 2023, [4]string{"4.50", "3.10", "2.36", "4.14"}, "3.64", "727/200", spbe.SangatBaik},
	{"rembang-2024.json", spbetest.Rembang2024, "Pemerintah Kab. Rembang", 2024, [4]string{"4.40", "3.70", "2.64", "4.52"}, "3.99", "3987/1000", spbe.SangatBaik},
	{"sumedang-2023.json", spbetest.Sumedang2023, "Pemerintah Kab. Sumedang", 2023, [4]string{"5.00", "3.60", "2.55", "4.76"}, "4.14", "827/200", spbe.SangatBaik},
	{"sumedang-2024.json", spbetest.Sumedang2024, "Pemerintah Kab. Sumedang", 2024, [4]string{"5.00", "4.30", "3.91", "4.69"}, "4.51", "901/200", spbe.Memuaskan},
}

func TestFixturesScore(t *testing.T) {
	for _, p := range published {
		t.Run(p.file, func(t *testing.T) {
			a := p.fixture()
			assert.Equal(t, p.instansi, a.Instansi)
			assert.Equal(t, p.year, a.Year)
			res := score(t, a)
			for d, want := range p.domains {
				assert.Equal(t, want, res.Domains[d].String(), "D%d", d+1)
			}
			assert.Equal(t, p.index, res.Index.String())
			assert.Equal(t, p.exact, res.Index.Exact())
			assert.Equal(t, p.pred, res.Predicate)
		})
	}
}

// TestFixturesAgainstReference checks the fixtures against the published
// results beside the module, when they are there.
func TestFixturesAgainstReference(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "reference", "spbe-results-2023-2024.csv")
	f, err := os.Open(path)
	if err != nil {
		t.Skip("the published results (../shared/reference/spbe-results-2023-2024.csv) are not beside the module")
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	found := 0
	for _, p := range published {
		for _, row := range rows[1:] {
			// tahun,tabel,kategori,no,nama_instansi,d1,d2,d3,d4,indeks,predikat,catatan
			if row[0] != strconv.Itoa(p.year) || row[4] != p.instansi {
				continue
			}
			found++
			res := score(t, p.fixture())
			for d := range 4 {
				assert.Equal(t, row[5+d], res.Domains[d].String(), "%s D%d", p.file, d+1)
			}
			assert.Equal(t, row[9], res.Index.String(), p.file)
			assert.Equal(t, row[10], res.Predicate.String(), p.file)
		}
	}
	assert.Equal(t, len(published), found)
}

// TestFixturesEqualOriginals keeps the embedded copies equal to the
// package's test data they are copied from.
func TestFixturesEqualOriginals(t *testing.T) {
	for _, p := range published {
		orig, err := os.ReadFile(filepath.Join("..", "testdata", p.file))
		require.NoError(t, err)
		cp, err := os.ReadFile(filepath.Join("fixtures", p.file))
		require.NoError(t, err)
		assert.Equal(t, string(orig), string(cp), "spbe/spbetest/fixtures/%s differs from spbe/testdata/%[1]s", p.file)
	}
}

func TestFixturesFresh(t *testing.T) {
	a := spbetest.Rembang2024()
	a.Instansi = "changed"
	a.Indicators[0].Level = 1
	b := spbetest.Rembang2024()
	assert.Equal(t, "Pemerintah Kab. Rembang", b.Instansi)
	assert.Equal(t, spbe.Level(5), b.Indicators[0].Level)
}

func TestPemdi2026(t *testing.T) {
	a := spbetest.Pemdi2026()
	assert.Equal(t, "Pemerintah Kab. Contoh", a.Instansi)
	assert.Equal(t, 2026, a.Year)
	assert.Equal(t, spbe.PermenPANRB8of2026, a.Framework)
	assert.Contains(t, a.Note, "ilustratif", "the catatan says the levels are made up")
	res := score(t, a)
	assert.Equal(t, spbe.PermenPANRB8of2026, res.Framework.ID())
	assert.Equal(t, "3.23", res.Index.String())
	assert.Equal(t, "323/100", res.Index.Exact())
	assert.Equal(t, spbe.Baik, res.Predicate)
	assert.Empty(t, res.Domains)
	var aspects []string
	for _, x := range res.Aspects {
		aspects = append(aspects, x.String())
	}
	assert.Equal(t, []string{"3.50", "3.00", "3.53", "3.07", "3.50", "3.27", "3.00"}, aspects)
	assert.Equal(t, []spbe.ExternalLevel{
		{Indicator: 5, Source: "sdi", Score: "70", Level: 4},
		{Indicator: 6, Source: "sjig", Score: "3.5", Level: 4},
		{Indicator: 7, Source: "epss", Score: "2.6", Level: 3},
	}, res.External)

	// The stated levels are the converted ones: without them the
	// assessment scores the same.
	for i := range a.Indicators {
		if a.Indicators[i].External != nil {
			a.Indicators[i].Level = spbe.Unanswered
		}
	}
	again := score(t, a)
	assert.Equal(t, 0, again.Index.Cmp(res.Index))

	// The year alone chooses 8/2026.
	a.Framework = ""
	assert.Equal(t, spbe.PermenPANRB8of2026, score(t, a).Framework.ID())

	b := spbetest.Pemdi2026()
	assert.Equal(t, spbe.Level(4), b.Indicators[4].Level, "every call returns a fresh copy")
	assert.Equal(t, spbe.PermenPANRB8of2026, b.Framework)
}
