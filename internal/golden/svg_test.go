package golden

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sound is a small chart as the module's charts are written.
const sound = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100" role="img" font-family="sans-serif">
<title>Indeks &amp; target</title>
<desc>D1 4,40; D2 3,70.</desc>
<rect width="200" height="100" fill="#FFFFFF"/>
<text x="100.00" y="20.00" font-size="16" text-anchor="middle">Indeks &lt;2024&gt;</text>
<g><title>D1: 4,40</title>
<polygon points="10.00,10.00 190.00,10.00 100.00,90.00" fill="#0072B2" fill-opacity="0.25"/>
<text x="0" y="100" font-size="11.5">tepi</text>
</g>
<text x="10" y="50">tanpa ukuran</text>
</svg>
`

func TestSVGReadsBack(t *testing.T) {
	doc := SVG(t, []byte(sound))
	assert.Equal(t, SVGDoc{
		Width: 200, Height: 100, ViewBox: "0 0 200 100",
		Title: "Indeks & target", Desc: "D1 4,40; D2 3,70.",
		Texts:     []string{"Indeks <2024>", "tepi", "tanpa ukuran"},
		FontSizes: []float64{16, 11.5},
	}, doc, "the tooltip's title inside <g> is not the chart's")
}

func TestSVGRejects(t *testing.T) {
	tests := []struct {
		name, old, new string
		want           string
	}{
		{"malformed", "</g>", "", "malformed XML"},
		{"unclosed root", "</svg>", "", "malformed XML"},
		{"not XML", sound, "svg", "an empty document"},
		{"another root", "</svg>\n", "</svg>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n", "one root element"},
		{"no namespace", ` xmlns="http://www.w3.org/2000/svg"`, "", "the root is an SVG svg element"},
		{"other root", "<svg xmlns=\"http://www.w3.org/2000/svg\"", "<svgx xmlns=\"http://www.w3.org/2000/svg\"", "the root is an SVG svg element"},
		{"no width", ` width="200" height`, " height", "the root has no width"},
		{"no viewBox", ` viewBox="0 0 200 100"`, "", "the root has no viewBox"},
		{"zero height", `height="100" viewBox`, `height="0" viewBox`, "is not positive"},
		{"short viewBox", `viewBox="0 0 200 100"`, `viewBox="0 0 200"`, "is not four numbers"},
		{"viewBox of another size", `viewBox="0 0 200 100"`, `viewBox="0 0 400 200"`, "drawn at its own scale"},
		{"no title first", "<title>Indeks &amp; target</title>\n<desc>D1 4,40; D2 3,70.</desc>", "<desc>D1 4,40; D2 3,70.</desc>\n<title>Indeks &amp; target</title>", "the first child names the chart"},
		{"blank title", "<title>Indeks &amp; target</title>", "<title> </title>", "the chart's title is blank"},
		{"NaN coordinate", `x="100.00"`, `x="NaN"`, `<text x="NaN"> is not a finite number`},
		{"infinite size", `font-size="16"`, `font-size="+Inf"`, `<text font-size="+Inf"> is not a finite number`},
		{"NaN in points", "190.00,10.00", "NaN,10.00", "is not a list of finite numbers"},
		{"Inf in a path", "<rect ", `<path d="M0,0 L-Inf,3"/><rect `, "holds a number that is not finite"},
		{"text right of the box", `x="100.00" y="20.00"`, `x="200.01" y="20.00"`, "text x=200.01 lies outside the viewBox 0..200"},
		{"text above the box", `x="100.00" y="20.00"`, `x="100.00" y="-1"`, "text y=-1 lies outside the viewBox 0..100"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Contains(t, sound, tt.old)
			broken := strings.Replace(sound, tt.old, tt.new, 1)
			r := run(t, func(tb testing.TB) { SVG(tb, []byte(broken), "chart %d", 7) })
			require.True(t, r.failed, "accepted:\n%s", broken)
			assert.Contains(t, r.text(), tt.want)
			assert.Contains(t, r.text(), "chart 7: ", "the caller's message names the chart")
		})
	}
}

// A text without x or y is anchored at 0, inside a viewBox that starts
// there and outside one that does not.
func TestSVGTextWithoutPosition(t *testing.T) {
	r := run(t, func(tb testing.TB) {
		SVG(tb, []byte(strings.Replace(sound, `viewBox="0 0 200 100"`, `viewBox="5 0 200 100"`, 1)))
	})
	require.True(t, r.failed)
	assert.Contains(t, r.text(), "text x=0 lies outside the viewBox 5..205")
}
