package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// frameworksUsage is the help of spbe frameworks: its synopsis and what
// it does.
const frameworksUsage = "smartcity spbe frameworks [--lang id|en] [--json]\n\n" +
	"Lists the built-in frameworks, newest first: id, name, legal basis, the evaluation years each is the rule\n" +
	"of (\"2026–\" for the one in force), the method of each year, the size and the predikat bands. An assessment\n" +
	"that names no framework is scored under the rule of its year."

// runSPBEFrameworks lists the built-in frameworks.
func runSPBEFrameworks(e *env, args []string) int {
	const prog = "smartcity spbe frameworks"
	c := e.leaf(prog, frameworksUsage, "language of the text and names: id or en")
	c.jsonFlag("print a JSON array with, per framework, id, name, legal_basis, years, in_force, default,\n" +
		"methods [{year, method}], the counts domains, aspects and indicators, min_level, max_level and bands")
	if ok, code := c.start(args, noOperands); !ok {
		return code
	}
	list := []json.Marshaler{}
	for fw := range spbe.Frameworks() {
		list = append(list, fw.Summary().JSON(c.lang))
	}
	return c.show(list, func(w io.Writer) error {
		writeFrameworks(w, c.lang)
		return nil
	})
}

// frameworkUsage is the help of spbe framework: its synopsis and what
// it does.
const frameworkUsage = "smartcity spbe framework [--lang id|en] ID\n\n" +
	"Prints the built-in framework ID ('smartcity spbe frameworks' lists them) as JSON: predikat bands, years,\n" +
	"methods, level scales, domains, aspects, indicators with their weights in basis points and the tables\n" +
	"that turn outside scores into levels. 'smartcity spbe score --framework FILE' reads the file back into\n" +
	"the same framework, so a copy is a template for a framework of one's own."

// runSPBEFrameworkSpec prints one built-in framework as JSON.
func runSPBEFrameworkSpec(e *env, args []string) int {
	const prog = "smartcity spbe framework"
	c := e.leaf(prog, frameworkUsage, "language of the messages: id or en")
	oneID := func(c *leaf) int {
		switch {
		case c.fs.NArg() == 0:
			return c.usageError(c.prog, "a framework ID is required ('smartcity spbe frameworks' lists them)")
		case c.fs.NArg() > 1:
			return c.usageError(c.prog, "unexpected argument %q", c.fs.Arg(1))
		}
		return exitOK
	}
	if ok, code := c.start(args, oneID); !ok {
		return code
	}
	fw, err := spbe.Lookup(c.fs.Arg(0))
	if err != nil {
		return e.fail(prog, exitUsage, err) // an argument that names nothing
	}
	return c.write(func(w io.Writer) error { return writeJSON(w, fw) })
}

// writeFrameworks writes the built-in frameworks as text, one block each,
// to a buffered w whose Flush reports a failed write.
func writeFrameworks(w io.Writer, lang smartcity.Lang) {
	en := lang == smartcity.English
	words := map[string]string{"basis": "Dasar hukum", "years": "Tahun", "method": "Metode", "size": "Susunan", "bands": "Predikat"}
	if en {
		words = map[string]string{"basis": "Legal basis", "years": "Years", "method": "Method", "size": "Structure", "bands": "Predicate"}
	}
	first := true
	for fw := range spbe.Frameworks() {
		if !first {
			fmt.Fprintln(w)
		}
		first = false
		fmt.Fprintf(w, "%s  %s\n", fw.ID(), fw.Name().In(lang))
		row := func(key, value string) { fmt.Fprintf(w, "  %-12s %s\n", words[key], value) }
		row("basis", fw.LegalBasis())
		years := spansText(yearSpans(fw, false), lang, false)
		switch {
		case fw.InForce() && en:
			years += " (in force)"
		case fw.InForce():
			years += " (berlaku)"
		}
		switch {
		case fw == spbe.Default() && en:
			years += "; also an assessment without a year"
		case fw == spbe.Default():
			years += "; juga penilaian tanpa tahun"
		}
		row("years", years)
		row("method", spansText(yearSpans(fw, true), lang, true))
		row("size", sizeText(fw, lang))
		var bands []string
		for _, b := range fw.Bands() {
			bands = append(bands, b.Name.In(lang)+" ≥ "+lang.Decimal(b.From))
		}
		row("bands", strings.Join(bands, ", "))
	}
}

// yearSpan is a run of consecutive evaluation years of a framework, with
// their method when the spans are split by method. An open span goes on
// for as long as the framework is in force.
type yearSpan struct {
	from, to int
	open     bool
	method   spbe.Method
}

// yearSpans returns the framework's years as runs of consecutive years,
// split where the method changes when byMethod is set. The last span of a
// framework in force is open; when its method is not the full evaluation,
// an open span of evaluasi follows it.
func yearSpans(fw *spbe.Framework, byMethod bool) []yearSpan {
	var spans []yearSpan
	for _, y := range fw.Years() {
		var m spbe.Method
		if byMethod {
			m = fw.Method(y)
		}
		if n := len(spans); n > 0 && spans[n-1].to == y-1 && spans[n-1].method == m {
			spans[n-1].to = y
			continue
		}
		spans = append(spans, yearSpan{from: y, to: y, method: m})
	}
	if n := len(spans); fw.InForce() && n > 0 {
		last := &spans[n-1]
		switch {
		case !byMethod || last.method == spbe.Evaluasi:
			last.open = true
		default:
			spans = append(spans, yearSpan{from: last.to + 1, to: last.to + 1, open: true, method: spbe.Evaluasi})
		}
	}
	return spans
}

// spansText writes year spans as "2018–2020", "2026–" or, with methods,
// "Evaluasi 2021–2024, Pemantauan 2025", naming a method where it changes.
func spansText(spans []yearSpan, lang smartcity.Lang, withMethod bool) string {
	parts := make([]string, len(spans))
	for i, s := range spans {
		t := strconv.Itoa(s.from)
		switch {
		case s.open:
			t += "–"
		case s.to != s.from:
			t += "–" + strconv.Itoa(s.to)
		}
		if withMethod && (i == 0 || spans[i-1].method != s.method) {
			t = s.method.Name(lang) + " " + t
		}
		parts[i] = t
	}
	if len(parts) == 0 {
		return "–"
	}
	return strings.Join(parts, ", ")
}

// sizeText says how a framework is built: "4 domain, 8 aspek, 47
// indikator, level 1–5", or without domains "7 aspek, 20 indikator, …".
func sizeText(fw *spbe.Framework, lang smartcity.Lang) string {
	words := [...]string{"domain", "aspek", "indikator"}
	if lang == smartcity.English {
		words = [...]string{"domains", "aspects", "indicators"}
	}
	var parts []string
	if fw.HasDomains() {
		parts = append(parts, fmt.Sprintf("%d %s", fw.NumDomains(), words[0]))
	}
	parts = append(parts,
		fmt.Sprintf("%d %s", fw.NumAspects(), words[1]),
		fmt.Sprintf("%d %s", fw.NumIndicators(), words[2]),
		fmt.Sprintf("level %d–%d", fw.MinLevel(), fw.MaxLevel()))
	return strings.Join(parts, ", ")
}
