package main

import (
	"fmt"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/pillar"
)

// pillarJSON is one pillar of `smartcity pillars --json`. The field names
// are a contract with scripts that read the output.
type pillarJSON struct {
	Code     string        `json:"code"`
	NameID   string        `json:"name_id"`
	NameEN   string        `json:"name_en"`
	Elements []elementJSON `json:"elements"`
}

// elementJSON is one element of a pillarJSON.
type elementJSON struct {
	Code   string `json:"code"`
	NameID string `json:"name_id"`
	NameEN string `json:"name_en"`
}

// runPillars lists the six pillars and their elements, as a table in one
// language or as JSON with both.
func runPillars(e *env, args []string) int {
	const prog = "smartcity pillars"
	fs := e.flags(prog, "smartcity pillars [--lang id|en] [--json]")
	langText := fs.String("lang", "id", "language of the names in the table: id or en")
	asJSON := fs.Bool("json", false, "print a JSON array of the pillars with their elements, names in both languages")
	if ok, code := e.parse(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return e.usageError(prog, "unexpected argument %q", fs.Arg(0))
	}
	lang, code := e.lang(prog, *langText)
	if code != exitOK {
		return code
	}
	if *asJSON {
		if err := e.writeJSON(pillarsJSON()); err != nil {
			return e.fail(prog, exitUsage, err)
		}
		return exitOK
	}
	for p := range pillar.All() {
		fmt.Fprintf(e.stdout, "%-9s %s\n", p, p.Name(lang))
		for el := range p.Elements() {
			fmt.Fprintf(e.stdout, "  %-7s %s\n", el, el.Name(lang))
		}
	}
	return exitOK
}

// pillarsJSON returns the catalogue in the official order.
func pillarsJSON() []pillarJSON {
	var out []pillarJSON
	for p := range pillar.All() {
		pj := pillarJSON{
			Code:   p.String(),
			NameID: p.Name(smartcity.Indonesian),
			NameEN: p.Name(smartcity.English),
		}
		for el := range p.Elements() {
			pj.Elements = append(pj.Elements, elementJSON{
				Code:   el.String(),
				NameID: el.Name(smartcity.Indonesian),
				NameEN: el.Name(smartcity.English),
			})
		}
		out = append(out, pj)
	}
	return out
}
