package smartcity_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// Every package reports what is wrong with a document as Problems: each
// with its place, its rule and its message in either language, and as the
// JSON a portal sends back.
func ExampleProblems() {
	long := "indikator,level\n1,6\n48,3\n"
	_, err := spbe.ReadAssessments(strings.NewReader(long), spbe.ReadOptions{})
	var problems smartcity.Problems
	if !errors.As(err, &problems) {
		panic(err)
	}
	for _, p := range problems {
		fmt.Println(p.Rule, "|", p.Message(smartcity.Indonesian))
	}
	fmt.Println(smartcity.ErrorMessage(err, smartcity.English))
	out := json.NewEncoder(os.Stdout)
	out.SetIndent("", "  ")
	if err := out.Encode(problems[:1].JSON(smartcity.English)); err != nil {
		panic(err)
	}
	// Output:
	// level_range | baris 2, kolom 2 (level): level 6 berada di luar 1–5
	// unknown_indicator | baris 3, kolom 1 (indikator): indikator tidak dikenal: permenpanrb-59-2020 tidak memiliki indikator 48
	// spbe: invalid assessment: line 2, column 2 (level): level 6 is outside 1–5; line 3, column 1 (indikator): unknown indicator: permenpanrb-59-2020 has no indicator 48
	// [
	//   {
	//     "path": "level",
	//     "line": 2,
	//     "column": 2,
	//     "rule": "level_range",
	//     "severity": "error",
	//     "message": "line 2, column 2: level 6 is outside 1–5"
	//   }
	// ]
}
