// Package chart draws the charts the reports need as standalone SVG, with
// nothing but the standard library, one kind per file:
//
//   - Radar: scores on a common scale (the four SPBE domain indices on 0–5,
//     the seven aspects of the Indeks Pemerintah Digital), one or two
//     series, each value written beside its vertex;
//   - Bars: grouped vertical bars, such as the domains or aspects of an
//     assessment beside its target and a peer;
//   - Ranking: a cohort's members as horizontal bars, highest first, with
//     their ranks, the member the chart is about highlighted;
//   - Line: values over labelled points, such as an index over the years;
//   - Shares: how one or two wholes split over categories, such as a
//     plan's programmes and budget over the six pillars, each bar with its
//     value and its share in percent;
//   - Roadmap: programmes as bars over a span of years, grouped in rows by
//     pillar, with quick wins set apart.
//
// Values are written on the marks, in the separators of the chart's
// smartcity.Lang ("4,40" in Indonesian, the zero Lang; "4.40" in
// English), and value axes are labelled. The charts have no words of their
// own beyond the numbers: titles, names and axis titles come from the
// caller, in its language.
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
// shown with U+FFFD. Labels are laid out in the room the chart leaves
// them, measured with the widths of a sans-serif face (erring wide): a
// label that fits is drawn whole, wrapped at spaces onto more lines before
// it is shortened, and a chart grows wider for its labels up to a bound
// (the column of a roadmap's names, a group of bars). Only a label longer
// than that room is shortened with an ellipsis; the full text remains in
// the tooltip and the description.
// NaN and infinite values are rejected with an error wrapping ErrNotFinite,
// every other problem with one wrapping ErrInvalid; all problems of a chart
// are reported at once, each as a *FieldError naming the field. A value
// outside 0..Max is clamped to the scale (drawn at the centre or on the
// outer ring of a radar, as no bar or a full one), and a roadmap bar that
// runs past the year axis is cut at its edge; the text of the chart still
// gives the value or years as given.
//
// # Accessibility
//
// Every chart carries a <title> (its accessible name) and a <desc>, text in
// a sans-serif face no smaller than 11px, and the colour-blind-safe
// Okabe–Ito palette. Colour is never the only cue: the second series of a
// radar or line has square markers where the first has round ones (and a
// dashed line), the series of a bar chart are solid, outlined and hatched,
// and quick-win bars and highlighted ranks have an outline that plain
// bars lack.
package chart
