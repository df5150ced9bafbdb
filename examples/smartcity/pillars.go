package main

import (
	"fmt"
	"io"

	"github.com/kotacerdas/smartcity/pillar"
)

// runPillars lists the six pillars and their elements, as a table in one
// language or as JSON with both.
func runPillars(e *env, args []string) int {
	c := e.leaf("smartcity pillars", "smartcity pillars [--lang id|en] [--json]", "language of the names in the table: id or en")
	c.jsonFlag("print a JSON array of the pillars with their elements, names in both languages")
	if ok, code := c.start(args, noOperands); !ok {
		return code
	}
	return c.show(pillar.Catalogue{}, func(w io.Writer) error {
		for p := range pillar.All() {
			fmt.Fprintf(w, "%-9s %s\n", p, p.Name(c.lang))
			for el := range p.Elements() {
				fmt.Fprintf(w, "  %-7s %s\n", el, el.Name(c.lang))
			}
		}
		return nil
	})
}
