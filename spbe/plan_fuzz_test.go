package spbe

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/workbook/workbooktest"
)

func FuzzDecodeCosts(f *testing.F) {
	f.Add("indikator,cost\n12,1500000\n34,250000000\n")
	f.Add("\ufeffindikator;biaya;level\r\n12;1.500.000;\r\n34;Rp 250.000;5\r\n")
	f.Add("indikator,cost\n1,\"2\n")
	f.Add("indikator,cost\n48,-1\nx,1.5\n")
	f.Add("indikator,biaya\n")
	f.Add("indikator,cost,biaya\n1,2,3\n")
	f.Add("indikator,cost,keterangan\n1,2,x\n")
	f.Add("indikator,cost,,level\n1,2,,2\n1,3,x,1\n")
	book, err := workbooktest.FromCSV("Biaya", "indikator,biaya,level\n12,1500000,\n34,250000000,5\n")
	require.NoError(f, err)
	f.Add(string(book))
	f.Add("No;No. Indikator;Biaya;Tingkat Kematangan;\n1;12;Rp1.500.000;3,0;\n2;34;250.000;;\n;;;;\n")
	f.Add("Nomor;Indikator;Harga;Cost;Biaya\nx;1;2;3;4\n")
	f.Fuzz(func(t *testing.T, in string) {
		costs, err := DecodeCosts(strings.NewReader(in), ReadOptions{MaxRows: 1000})
		if err != nil {
			return
		}
		// A file read prices at least one raise, each at a level a raise
		// reaches, or at every level.
		require.NotEmpty(t, costs, "%q", in)
		spec := Default().spec
		for _, c := range costs {
			require.True(t, c.Level == 0 || c.Level > spec.MinLevel && c.Level <= spec.MaxLevel, "%q: %+v", in, c)
		}
		// What was read is valid plan input, and writes back the same.
		var buf bytes.Buffer
		buf.WriteString("indikator,cost,level\n")
		for _, c := range costs {
			require.GreaterOrEqual(t, c.Cost, int64(0))
			require.LessOrEqual(t, c.Cost, maxCost)
			level := ""
			if c.Level != 0 {
				level = c.Level.String()
			}
			fmt.Fprintf(&buf, "%d,%d,%s\n", c.Indicator, c.Cost, level)
		}
		back, err := DecodeCosts(&buf, ReadOptions{})
		require.NoError(t, err)
		require.Equal(t, costs, back)
		_, err = Default().Plan(uniform(47, 3), Target{Predicate: Memuaskan}, PlanOptions{Costs: costs})
		require.NoError(t, err)
	})
}

func FuzzParseTarget(f *testing.F) {
	for _, s := range []string{"4.2", "4,2", "Memuaskan", "sangat baik", "13/3", "-1", "", "99999999999999999/1", "0.0000000001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		target, err := ParseTarget(s)
		if err != nil {
			return
		}
		back, err := ParseTarget(target.String())
		require.NoError(t, err, "%q → %q", s, target.String())
		require.Equal(t, target.Predicate, back.Predicate)
		require.Equal(t, 0, target.Index.Cmp(back.Index), "%q → %q", s, target.String())
		for _, basis := range []PredicateBasis{Unrounded, Rounded} {
			for fw := range Frameworks() {
				n := target.Numerator(fw, basis)
				require.GreaterOrEqual(t, n, int64(0))
				require.Equal(t, n, back.Numerator(fw, basis))
			}
		}
	})
}
