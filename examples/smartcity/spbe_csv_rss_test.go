package main

import (
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kotacerdas/smartcity/internal/memtest"
)

// hostileCSVDocs are CSV files that took hundreds of megabytes before a
// reader could refuse them: one line of 8 million empty fields, as the
// header or after one, and a row of 60 MB.
func hostileCSVDocs(header string) []memtest.Doc {
	return []memtest.Doc{
		{Name: "a line of 8,000,000 empty fields", Make: func() []byte { return []byte(strings.Repeat(",", 8_000_000) + "\n") }},
		{Name: "a header and a row of 8,000,000 empty fields", Make: func() []byte {
			return []byte(header + "\n" + strings.Repeat(",", 8_000_000) + "\n")
		}},
		{Name: "a header and a row of 60 MB", Make: func() []byte { return []byte(header + "\n1," + strings.Repeat("x", 60_000_000) + "\n") }},
	}
}

// csvCommandPeakRSS runs the command args with the file as its last
// argument (or, with costs, as --costs) on each hostile CSV file, in a
// process of its own, and holds the resident set to 10× the file and
// 50 MB. Each is refused at its row and column: the 8-million-field line
// took 550-730 MB and 4-13 s before.
func csvCommandPeakRSS(t *testing.T, header string, costs bool, args ...string) {
	results := memtest.Peak(t, nil, func(t testing.TB, path string) {
		a := append(args, path)
		if costs {
			a = append(args, "--costs", path, spbeTestdata("rembang-2024.json"))
		}
		var errOut strings.Builder
		code := run(a, nil, io.Discard, &errOut)
		assert.NotEqual(t, exitOK, code, errOut.String())
		assert.Regexp(t, `baris \d+, kolom \d+`, errOut.String())
	}, hostileCSVDocs(header)...)
	memtest.Within(t, results)
}

func TestSPBEScoreCSVPeakRSS(t *testing.T) {
	csvCommandPeakRSS(t, "indikator,level", false, "spbe", "score")
}

func TestSPBECohortCSVPeakRSS(t *testing.T) {
	header := "instansi,tahun"
	for n := 1; n <= 20; n++ {
		header += "," + strconv.Itoa(n)
	}
	csvCommandPeakRSS(t, header, false, "spbe", "cohort")
}

func TestSPBEPlanCostsPeakRSS(t *testing.T) {
	csvCommandPeakRSS(t, "indikator,biaya", true, "spbe", "plan", "--target", "4")
}
