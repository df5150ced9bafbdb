package spbetest

import (
	"bytes"
	"embed"

	"github.com/kotacerdas/smartcity/spbe"
)

// files holds the fixtures: copies of spbe/testdata/*.json that a test
// keeps equal to their originals, and the illustrative Pemdi assessment.
//
//go:embed fixtures/*.json
var files embed.FS

// Rembang2023 returns the assessment of Pemerintah Kab. Rembang in 2023,
// whose levels reproduce its published result: D1 4.50, D2 3.10, D3 2.36,
// D4 4.14, an index of 3.64 (exactly 3.6350), Sangat Baik.
func Rembang2023() *spbe.Assessment { return fixture("rembang-2023.json") }

// Rembang2024 returns the assessment of Pemerintah Kab. Rembang in 2024,
// whose levels reproduce its published result: D1 4.40, D2 3.70, D3 2.64,
// D4 4.52, an index of 3.99 (exactly 3.9870), Sangat Baik.
func Rembang2024() *spbe.Assessment { return fixture("rembang-2024.json") }

// Sumedang2023 returns the assessment of Pemerintah Kab. Sumedang in 2023,
// whose levels reproduce its published result: D1 5.00, D2 3.60, D3 2.55,
// D4 4.76, an index of 4.14 (exactly 4.1350), Sangat Baik.
func Sumedang2023() *spbe.Assessment { return fixture("sumedang-2023.json") }

// Sumedang2024 returns the assessment of Pemerintah Kab. Sumedang in 2024,
// whose levels reproduce its published result: D1 5.00, D2 4.30, D3 3.91,
// D4 4.69, an index of 4.51 (exactly 4.5050), Memuaskan.
func Sumedang2024() *spbe.Assessment { return fixture("sumedang-2024.json") }

// Pemdi2026 returns an illustrative assessment of "Pemerintah Kab.
// Contoh" in 2026 under PermenPANRB 8/2026, the Indeks Pemerintah Digital:
// the levels of no real region are published, so these are made up, as
// its catatan says. Indicators 5–7 carry outside scores that fall on the
// conversion tables' edges or between them — SDI 70 (level 4), SJIG 3.5
// (exactly on the edge of level 4) and EPSS 2.6 (exactly on the edge of
// level 3) — and state the converted level as well, so that every writer
// keeps it. Aspects A1–A7 score 3.50, 3.00, 3.53, 3.07, 3.50, 3.27 and
// 3.00; the index is 3.23 (exactly 3.2300), Baik. Indicator 1 has a stage,
// an explanation and evidence.
func Pemdi2026() *spbe.Assessment { return fixture("contoh-pemdi-2026.json") }

// fixture decodes the named fixture afresh, so that every caller gets its
// own copy.
func fixture(name string) *spbe.Assessment {
	data, err := files.ReadFile("fixtures/" + name)
	if err == nil {
		var a *spbe.Assessment
		if a, err = spbe.DecodeAssessment(bytes.NewReader(data), 0); err == nil {
			return a
		}
	}
	// The fixtures are embedded and tested; failing here is a bug in this
	// package, not a problem with any input.
	panic("spbetest: fixture " + name + ": " + err.Error())
}
