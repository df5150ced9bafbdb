package spbe_test

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/kotacerdas/smartcity/spbe"
)

// Score an assessment kept as JSON: decode it strictly, find its framework
// and score it. The levels of this file are reconstructed to reproduce
// Kabupaten Rembang's official 2024 result, which its "catatan" says.
func ExampleFramework_ScoreAssessment() {
	f, err := os.Open("testdata/rembang-2024.json")
	if err != nil {
		panic(err)
	}
	defer f.Close()
	a, err := spbe.DecodeAssessment(f, 0)
	if err != nil {
		panic(err)
	}
	fw, err := a.ResolveFramework(nil) // the one it names, permenpanrb-59-2020
	if err != nil {
		panic(err)
	}
	res, err := fw.ScoreAssessment(a, spbe.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Instansi, a.Year, fw)
	for d, idx := range res.Domains {
		fmt.Println(fw.DomainAt(d).Code, fw.DomainAt(d).Name.ID, idx)
	}
	fmt.Println("Indeks SPBE", res.Index, res.Predicate, "exactly", res.Index.Exact())
	// Output:
	// Pemerintah Kab. Rembang 2024 permenpanrb-59-2020
	// D1 Kebijakan Internal SPBE 4.40
	// D2 Tata Kelola SPBE 3.70
	// D3 Manajemen SPBE 2.64
	// D4 Layanan SPBE 4.52
	// Indeks SPBE 3.99 Sangat Baik exactly 3987/1000
}

// Decoding is strict: a misspelt field is an error with its place, not a
// silently lost level.
func ExampleDecodeAssessment() {
	doc := `{"instansi": "Pemerintah Kab. Rembang", "tahun": 2024,
  "indicators": [{"indicator": 1, "levl": 5}]}`
	_, err := spbe.DecodeAssessment(strings.NewReader(doc), 0)
	fmt.Println(err)
	fmt.Println(errors.Is(err, spbe.ErrMalformed))
	// Output:
	// spbe: malformed input: line 2, column 35 (indicators[0].levl): unknown field "levl"
	// true
}

// Validate reports every problem of an assessment at once, each with its
// place, and each matches the sentinel of its rule.
func ExampleAssessment_Validate() {
	a := &spbe.Assessment{
		Instansi: "Pemerintah Kab. Rembang",
		Year:     2024,
		Indicators: []spbe.Answer{
			{Indicator: 1, Level: 6},
			{Indicator: 48, Level: 3},
			{Indicator: 2, Level: 4, Evidence: []spbe.Evidence{{Title: "Perbup SPBE", URL: "ftp://example.org/perbup.pdf"}}},
			{Indicator: 1, Level: 3},
		},
	}
	problems := a.Validate(spbe.Default())
	for _, p := range problems {
		fmt.Println(p)
	}
	err := problems.Err()
	fmt.Println(errors.Is(err, spbe.ErrLevelRange), errors.Is(err, spbe.ErrUnknownIndicator), errors.Is(err, spbe.ErrDuplicate))
	// Output:
	// indicators[0].level: level out of range: level 6 is outside 1–5
	// indicators[1].indicator: unknown indicator: permenpanrb-59-2020 has no indicator 48
	// indicators[2].bukti[0].url: "ftp://example.org/perbup.pdf" is not an http or https address
	// indicators[3].indicator: duplicate: indicator 1 is also answered at indicators[0]
	// true true true
}
