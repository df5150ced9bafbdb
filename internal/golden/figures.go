package golden

import "strings"

// Figures splits a Markdown report into its text and the SVG charts
// inline in it, each a block from "<svg " to "</svg>", so that a test can
// hold the text to the rules of Markdown and each chart to those of SVG.
func Figures(md string) (string, []string) {
	var text strings.Builder
	var figures []string
	for {
		before, rest, ok := strings.Cut(md, "<svg ")
		if !ok {
			text.WriteString(md)
			return text.String(), figures
		}
		figure, after, _ := strings.Cut(rest, "</svg>")
		text.WriteString(before)
		figures = append(figures, "<svg "+figure+"</svg>")
		md = after
	}
}
