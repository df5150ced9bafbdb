package masterplan_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
)

// Decoding is strict: an unknown field or an unknown code is an error that
// names its line, column and path, rather than a value silently dropped.
func ExampleDecode() {
	for _, doc := range []string{
		`{"region": {"name": "Rembang", "kind": "kabupaten"}, "visi": "Rembang cerdas"}`,
		`{"programs": [{"id": "GOV-01", "element": "GOV.SCV"}]}`,
	} {
		_, err := masterplan.Decode(strings.NewReader(doc), masterplan.DecodeOptions{})
		var problems smartcity.Problems
		if errors.As(err, &problems) {
			p := problems[0]
			fmt.Printf("line %d, column %d, %s, %s\n", p.Line, p.Column, p.Path, p.Rule)
		}
		fmt.Println(err)
		fmt.Println(smartcity.ErrorMessage(err, smartcity.Indonesian))
	}
	// Output:
	// line 1, column 54, visi, unknown_field
	// masterplan: line 1, column 54 (visi): unknown field "visi"
	// masterplan: baris 1, kolom 54 (visi): kolom "visi" tidak dikenal
	// line 1, column 43, programs[0].element, enum
	// masterplan: line 1, column 43 (programs[0].element): unknown element "GOV.SCV" (did you mean GOV.SVC?)
	// masterplan: baris 1, kolom 43 (programs[0].element): elemen "GOV.SCV" tidak dikenal (mungkin yang dimaksud GOV.SVC?)
}

// A region's realisation is a document of its own, read as strictly as the
// plan.
func ExampleDecodeProgress() {
	doc := `{"region": "Rembang", "plan": "masterplan.json", "years": [
  {"year": 2024, "programs": [{"id": "GOV-01", "status": "selesai",
    "budget": [{"source": "APBD", "amount": 340000000}]}]}]}`
	pr, err := masterplan.DecodeProgress(strings.NewReader(doc), masterplan.DecodeOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	y, _ := pr.Year(2024)
	r, _ := y.Program("GOV-01")
	spent, _ := r.Spent()
	fmt.Println(pr.Region, pr.LatestYear(), r.Status, spent)
	// Output:
	// Rembang 2024 completed 340000000
}
