package chart

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden SVG files under testdata")

// charts are the golden cases: each renders to testdata/<name>.svg.
func charts() []struct {
	name  string
	title string
	svg   func() ([]byte, error)
} {
	return []struct {
		name  string
		title string
		svg   func() ([]byte, error)
	}{
		{"radar_spbe_2024", spbe2024().Title, spbe2024().SVG},
		{"radar_pillars_illustrative", pillarsIllustrative().Title, pillarsIllustrative().SVG},
		{"roadmap_rembang", rembangRoadmap().Title, rembangRoadmap().SVG},
	}
}

func TestGolden(t *testing.T) {
	for _, tc := range charts() {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.svg()
			require.NoError(t, err)
			again, err := tc.svg()
			require.NoError(t, err)
			require.Equal(t, got, again, "output must not vary between runs")

			path := filepath.Join("testdata", tc.name+".svg")
			if *update {
				require.NoError(t, os.WriteFile(path, got, 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -update to create it")
			assert.Equal(t, string(want), string(got))
		})
	}
}

func TestWellFormed(t *testing.T) {
	for _, tc := range charts() {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.svg()
			require.NoError(t, err)
			doc := parseSVG(t, got)
			assert.Equal(t, tc.title, doc.title)
			assert.Equal(t, "0 0 "+doc.width+" "+doc.height, doc.viewBox)
			w, err := strconv.Atoi(doc.width)
			require.NoError(t, err)
			assert.Greater(t, w, 0)
			assert.NotEmpty(t, doc.desc)
			for _, size := range doc.fontSizes {
				assert.GreaterOrEqual(t, size, 11, "text must stay readable")
			}
		})
	}
}

// svgDoc is what the tests read back from a chart.
type svgDoc struct {
	width, height, viewBox string
	title, desc            string
	texts                  []string // character data of every <text>, in order
	fontSizes              []int
}

// parseSVG reads svg with encoding/xml, failing the test on malformed XML,
// and checks that the root is an SVG element whose first child is <title>.
func parseSVG(t testing.TB, svg []byte) svgDoc {
	t.Helper()
	var doc svgDoc
	dec := xml.NewDecoder(bytes.NewReader(svg))
	var stack []string
	var text *string
	elements := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err, "malformed XML:\n%s", svg)
		switch tok := tok.(type) {
		case xml.StartElement:
			elements++
			switch {
			case len(stack) == 0:
				require.Equal(t, xml.Name{Space: "http://www.w3.org/2000/svg", Local: "svg"}, tok.Name)
				for _, a := range tok.Attr {
					switch a.Name.Local {
					case "width":
						doc.width = a.Value
					case "height":
						doc.height = a.Value
					case "viewBox":
						doc.viewBox = a.Value
					}
				}
			case elements == 2:
				require.Equal(t, "title", tok.Name.Local, "the first child names the chart")
			}
			stack = append(stack, tok.Name.Local)
			text = nil
			switch {
			case len(stack) == 2 && tok.Name.Local == "title":
				text = &doc.title
			case len(stack) == 2 && tok.Name.Local == "desc":
				text = &doc.desc
			case tok.Name.Local == "text":
				doc.texts = append(doc.texts, "")
				text = &doc.texts[len(doc.texts)-1]
				for _, a := range tok.Attr {
					if a.Name.Local == "font-size" {
						n, err := strconv.Atoi(a.Value)
						require.NoError(t, err)
						doc.fontSizes = append(doc.fontSizes, n)
					}
				}
			}
		case xml.CharData:
			if text != nil {
				*text += string(tok)
			}
		case xml.EndElement:
			stack = stack[:len(stack)-1]
			text = nil
		}
	}
	require.Empty(t, stack)
	require.NotEmpty(t, doc.viewBox)
	return doc
}

// TestFixturesMatchPublishedResults checks the radar fixture against the
// SPBE results table when the reference data is at hand.
func TestFixturesMatchPublishedResults(t *testing.T) {
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "reference", "spbe-results-2023-2024.csv"))
	if err != nil {
		t.Skip("reference SPBE results not available:", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	require.NoError(t, err)
	want := map[string][]float64{}
	for _, s := range spbe2024().Series {
		want["Pemerintah "+strings.Join(strings.Fields(s.Name)[:2], " ")] = s.Values
	}
	found := 0
	for _, row := range rows[1:] {
		values, ok := want[row[4]]
		if row[0] != "2024" || !ok {
			continue
		}
		found++
		for i, v := range values {
			got, err := strconv.ParseFloat(row[5+i], 64)
			require.NoError(t, err)
			assert.InDelta(t, got, v, 1e-9, "%s D%d", row[4], i+1)
		}
	}
	assert.Equal(t, len(want), found)
}
