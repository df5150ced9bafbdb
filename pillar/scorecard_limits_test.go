package pillar_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/pillar"
)

// TestScorecardDeeplyNestedJSON: 100,000 nested arrays or objects where a
// scorecard, its scale or a value is expected are an error, not a crash.
func TestScorecardDeeplyNestedJSON(t *testing.T) {
	arrays := strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000)
	objects := strings.Repeat(`{"a":`, 100_000) + "1" + strings.Repeat("}", 100_000)
	for name, doc := range map[string]string{
		"document": arrays,
		"scale":    `{"region": "R", "scale": ` + objects + `, "values": {}}`,
		"value":    `{"region": "R", "scale": {"min": 0, "max": 100}, "values": {"GOV.SVC": ` + arrays + `}}`,
		"unclosed": `{"region": "R", "values": ` + strings.Repeat(`{"x":[`, 50_000),
	} {
		t.Run(name, func(t *testing.T) {
			var s pillar.Scorecard
			require.Error(t, json.Unmarshal([]byte(doc), &s))
			require.Error(t, s.UnmarshalJSON([]byte(doc)))
			require.Equal(t, pillar.Scorecard{}, s, "a failed decode leaves the value alone")
		})
	}
}

// TestScorecardLargeJSON: a scorecard of 700 kB, one element's value
// written 50,000 times, is refused, not read as the last of 50,000: the
// object holds more values than any object of a document may (10,000),
// which is found before anything is decoded; 5,000 are refused at the
// second, as every document with a key written twice in one object is.
func TestScorecardLargeJSON(t *testing.T) {
	for n, want := range map[int]string{
		50_000: `pillar: decoding scorecard: line 1, column 60 (values): 50000 elements, more than the 10000 allowed`,
		5_000:  `pillar: decoding scorecard: line 1, column 76 (values.GOV.SVC): duplicate key "GOV.SVC"`,
	} {
		var b strings.Builder
		b.WriteString(`{"region": "R", "scale": {"min": 0, "max": 100}, "values": {`)
		for i := range n {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(`"GOV.SVC": 50`)
		}
		b.WriteString(`}}`)
		var s pillar.Scorecard
		err := json.Unmarshal([]byte(b.String()), &s)
		require.EqualError(t, err, want)
		require.Equal(t, pillar.Scorecard{}, s)
	}
}
