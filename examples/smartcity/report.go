package main

import (
	"flag"
	"slices"
	"strings"
)

// reportFlags are the flags of the two report commands, spbe report and
// plan report: --format, and --semicolon and --bom for a CSV.
type reportFlags struct {
	format         *string
	semicolon, bom *bool
}

// reportFlags defines the report flags on c; formatUsage says what each
// format writes and semicolonUsage what a semicolon CSV is for.
func (c *leaf) reportFlags(formatUsage, semicolonUsage string) *reportFlags {
	return &reportFlags{
		format:    c.fs.String("format", "md", formatUsage),
		semicolon: c.fs.Bool("semicolon", false, semicolonUsage),
		bom:       c.fs.Bool("bom", false, "csv: start with a UTF-8 byte-order mark"),
	}
}

// checkFormat returns --format, or prints a usage error for one that is
// not md, svg or csv.
func (r *reportFlags) checkFormat(c *leaf) (string, int) {
	switch v := *r.format; v {
	case "md", "svg", "csv":
		return v, exitOK
	}
	return "", c.usageError(c.prog, "--format must be md, svg or csv, not %q", *r.format)
}

// formatFlag is a flag that applies to some formats only: the formats
// are space-separated ("md svg").
type formatFlag struct{ name, formats string }

// onlyFor prints a usage error for the first flag of flags that is given
// although it does not apply to format, and returns exitUsage; exitOK when
// there is none. A flag is given when the command line sets it to other
// than its type's zero value: --semicolon, not --semicolon=false; --chart
// roadmap, even though it is the default.
func (c *leaf) onlyFor(format string, flags ...formatFlag) int {
	given := map[string]bool{}
	c.fs.Visit(func(f *flag.Flag) {
		if z := zeroValue(f.Value); z == nil || f.Value.String() != z.String() {
			given[f.Name] = true
		}
	})
	for _, f := range flags {
		if given[f.name] && !slices.Contains(strings.Fields(f.formats), format) {
			return c.usageError(c.prog, "%s does not apply to --format %s", "--"+f.name, format)
		}
	}
	return exitOK
}
