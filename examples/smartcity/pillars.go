package main

import (
	"fmt"

	"github.com/kotacerdas/smartcity/pillar"
)

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
		if err := e.writeJSON(pillar.Catalogue{}); err != nil {
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
