package golden

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// svgSpace is the namespace of SVG elements.
const svgSpace = "http://www.w3.org/2000/svg"

// SVGDoc is what SVG reads back from a chart for tests to assert on.
type SVGDoc struct {
	// Width and Height are the root's size, in user units.
	Width, Height float64
	// ViewBox is the root's viewBox as written, such as "0 0 680 510".
	ViewBox string
	// Title is the root's first child, <title>, which names the chart;
	// Desc is its <desc>, empty when it has none.
	Title, Desc string
	// Texts holds the character data of every <text>, in document order.
	Texts []string
	// FontSizes holds the font size of every <text> that sets one, in
	// document order.
	FontSizes []float64
}

// numeric are the attributes that hold one number each; lists are those
// that hold a list of numbers. Every number in them must be finite.
var (
	numeric = map[string]bool{
		"x": true, "y": true, "x1": true, "y1": true, "x2": true, "y2": true,
		"cx": true, "cy": true, "r": true, "rx": true, "ry": true,
		"width": true, "height": true, "font-size": true, "stroke-width": true,
		"opacity": true, "fill-opacity": true, "stroke-opacity": true,
	}
	lists = map[string]bool{"points": true, "viewBox": true}
	// drawn are attributes whose numbers come between commands, such as a
	// path's d; they must not hold NaN or Inf.
	drawn = map[string]bool{"d": true, "transform": true}
)

// SVG checks that svg is a sound chart and returns what it reads back;
// msgAndArgs, as in testify, say which chart failed. The chart must be a
// well-formed XML document whose root is an SVG svg element with a positive
// width and height and a viewBox of the same size, whose first child is a
// <title> that is not blank; every number in a coordinate, a size or a
// list of points must be finite, and every <text> must be anchored inside
// the viewBox. Positions are read as written: the charts use no transforms.
func SVG(t testing.TB, svg []byte, msgAndArgs ...any) SVGDoc {
	t.Helper()
	var (
		doc         SVGDoc
		box         [4]float64 // min-x, min-y, width, height
		depth       int
		elements    int
		inText      int     // depth of the open <text>, 0 outside one
		inTitleDesc *string // the root's <title> or <desc> being read
	)
	dec := xml.NewDecoder(bytes.NewReader(svg))
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		require.NoError(t, err, describe("malformed XML", msgAndArgs))
		switch tok := tok.(type) {
		case xml.StartElement:
			depth++
			elements++
			attrs := map[string]string{}
			for _, a := range tok.Attr {
				attrs[a.Name.Local] = a.Value
				checkFinite(t, tok.Name.Local, a, msgAndArgs)
			}
			switch {
			case depth == 1:
				require.Equal(t, 1, elements, describe("one root element", msgAndArgs))
				require.Equal(t, xml.Name{Space: svgSpace, Local: "svg"}, tok.Name, describe("the root is an SVG svg element", msgAndArgs))
				doc.Width, doc.Height, doc.ViewBox, box = root(t, attrs, msgAndArgs)
			case elements == 2:
				require.Equal(t, "title", tok.Name.Local, describe("the first child names the chart", msgAndArgs))
			}
			switch {
			case depth == 2 && tok.Name.Local == "title":
				inTitleDesc = &doc.Title
			case depth == 2 && tok.Name.Local == "desc":
				inTitleDesc = &doc.Desc
			case tok.Name.Local == "text" && inText == 0:
				inText = depth
				doc.Texts = append(doc.Texts, "")
				if s, ok := attrs["font-size"]; ok {
					size, _ := strconv.ParseFloat(s, 64) // checkFinite has checked it
					doc.FontSizes = append(doc.FontSizes, size)
				}
				checkInside(t, attrs, box, msgAndArgs)
			}
		case xml.CharData:
			if inText > 0 {
				doc.Texts[len(doc.Texts)-1] += string(tok)
			} else if inTitleDesc != nil {
				*inTitleDesc += string(tok)
			}
		case xml.EndElement:
			if depth == inText {
				inText = 0
			}
			if depth == 2 {
				inTitleDesc = nil
			}
			depth--
		}
	}
	require.Positive(t, elements, describe("an empty document", msgAndArgs))
	assert.NotEmpty(t, strings.TrimSpace(doc.Title), describe("the chart's title is blank", msgAndArgs))
	return doc
}

// root reads and checks the root's width, height and viewBox.
func root(t testing.TB, attrs map[string]string, msgAndArgs []any) (width, height float64, viewBox string, box [4]float64) {
	t.Helper()
	for _, name := range []string{"width", "height", "viewBox"} {
		_, ok := attrs[name]
		require.True(t, ok, describe("the root has no "+name, msgAndArgs))
	}
	width, err := strconv.ParseFloat(attrs["width"], 64)
	require.NoError(t, err, describe("the root's width", msgAndArgs))
	height, err = strconv.ParseFloat(attrs["height"], 64)
	require.NoError(t, err, describe("the root's height", msgAndArgs))
	require.True(t, width > 0 && height > 0, describe(fmt.Sprintf("the size %gx%g is not positive", width, height), msgAndArgs))
	viewBox = attrs["viewBox"]
	nums := numbers(viewBox)
	require.Len(t, nums, 4, describe("the viewBox "+strconv.Quote(viewBox)+" is not four numbers", msgAndArgs))
	copy(box[:], nums)
	assert.Equal(t, [2]float64{width, height}, [2]float64{box[2], box[3]},
		describe("the viewBox has the size of the chart, so that it is drawn at its own scale", msgAndArgs))
	return width, height, viewBox, box
}

// checkInside checks that a text's anchor, its x and y, lies inside the
// viewBox. A text without x or y has it at 0.
func checkInside(t testing.TB, attrs map[string]string, box [4]float64, msgAndArgs []any) {
	t.Helper()
	for _, axis := range []struct {
		name     string
		min, max float64
	}{{"x", box[0], box[0] + box[2]}, {"y", box[1], box[1] + box[3]}} {
		v, ok := attrs[axis.name]
		if !ok {
			v = "0"
		}
		for _, n := range numbers(v) {
			assert.True(t, n >= axis.min && n <= axis.max,
				describe(fmt.Sprintf("text %s=%g lies outside the viewBox %g..%g", axis.name, n, axis.min, axis.max), msgAndArgs))
		}
	}
}

// checkFinite checks the numbers of an attribute of element el.
func checkFinite(t testing.TB, el string, a xml.Attr, msgAndArgs []any) {
	t.Helper()
	name := a.Name.Local
	where := fmt.Sprintf("<%s %s=%q>", el, name, a.Value)
	switch {
	case numeric[name]:
		n, err := strconv.ParseFloat(a.Value, 64)
		assert.True(t, err == nil && finite(n), describe(where+" is not a finite number", msgAndArgs))
	case lists[name]:
		nums := numbers(a.Value)
		ok := nums != nil
		for _, n := range nums {
			ok = ok && finite(n)
		}
		assert.True(t, ok, describe(where+" is not a list of finite numbers", msgAndArgs))
	case drawn[name]:
		lower := strings.ToLower(a.Value)
		assert.False(t, strings.Contains(lower, "nan") || strings.Contains(lower, "inf"),
			describe(where+" holds a number that is not finite", msgAndArgs))
	}
}

// numbers parses a list of numbers separated by commas or white space; it
// returns nil if any is not a number.
func numbers(s string) []float64 {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' })
	if len(fields) == 0 {
		return nil
	}
	out := make([]float64, 0, len(fields))
	for _, f := range fields {
		n, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return nil
		}
		out = append(out, n)
	}
	return out
}

func finite(n float64) bool { return !math.IsNaN(n) && !math.IsInf(n, 0) }

// describe prefixes the caller's message, if any, to what failed.
func describe(what string, msgAndArgs []any) string {
	if len(msgAndArgs) == 0 {
		return what
	}
	var msg string
	if format, ok := msgAndArgs[0].(string); ok {
		msg = fmt.Sprintf(format, msgAndArgs[1:]...)
	} else {
		msg = fmt.Sprint(msgAndArgs...)
	}
	return msg + ": " + what
}
