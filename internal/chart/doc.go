// Package chart draws the two charts the reports need as standalone SVG,
// with nothing but the standard library: a Radar chart of scores on a
// common scale (the four SPBE domain indices on 0–5, the six smart-city
// pillar scores), with one or two series to compare, and a Roadmap of
// programmes as bars over a span of years, grouped in rows by pillar, with
// quick wins set apart.
//
// # Output
//
// Each chart is one well-formed SVG document with the SVG namespace, a
// viewBox and a width and height, so it can be saved as a file, embedded in
// HTML or converted to PNG or PDF. The output is byte-for-byte
// deterministic: coordinates are written with two decimals (never "-0.00"),
// groups keep the order given, and nothing depends on map order, so charts
// can be compared with golden files and committed next to reports.
//
// # Input
//
// Labels are user input (region and programme names) and are escaped as
// XML; text that is not valid UTF-8, or holds characters XML forbids, is
// shown with U+FFFD. Long labels are shortened with an ellipsis so that
// they stay inside the drawing; the full text remains in the tooltip.
// NaN and infinite values are rejected with an error wrapping ErrNotFinite,
// every other problem with one wrapping ErrInvalid; all problems of a chart
// are reported at once, each as a *FieldError naming the field. A radar
// value outside 0..Max is clamped to the scale (drawn at the centre or on
// the outer ring), and a roadmap bar that runs past the year axis is cut at
// its edge; the text of the chart still gives the value or years as given.
//
// # Accessibility
//
// Every chart carries a <title> (its accessible name) and a <desc>, text in
// a sans-serif face no smaller than 11px, and the colour-blind-safe
// Okabe–Ito palette. Colour is never the only cue: the second radar series
// has square markers where the first has round ones, and quick-win bars
// have an outline that plain bars lack.
package chart
