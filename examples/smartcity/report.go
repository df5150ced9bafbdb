package main

import (
	"flag"
	"slices"
	"strings"

	"github.com/kotacerdas/smartcity/spbe"
)

// reportFlags are the flags of the commands that write in more than one
// format (spbe report, spbe cohort, spbe plan, plan report): --format, and
// --semicolon and --bom for a CSV.
type reportFlags struct {
	formats        []string // the formats --format takes, the default first
	format         *string
	semicolon, bom *bool
}

// reportFlags defines the report flags on c: --format takes one of
// formats, space-separated, the first its default; formatUsage says what
// each format writes and semicolonUsage what a semicolon CSV is for.
func (c *leaf) reportFlags(formats, formatUsage, semicolonUsage string) *reportFlags {
	list := strings.Fields(formats)
	return &reportFlags{
		formats:   list,
		format:    c.fs.String("format", list[0], formatUsage),
		semicolon: c.fs.Bool("semicolon", false, semicolonUsage),
		bom:       c.fs.Bool("bom", false, "csv: start with a UTF-8 byte-order mark"),
	}
}

// checkFormat returns --format, or prints a usage error for one it does
// not take.
func (r *reportFlags) checkFormat(c *leaf) (string, int) {
	if slices.Contains(r.formats, *r.format) {
		return *r.format, exitOK
	}
	last := len(r.formats) - 1
	list := words.Sprintf(c.said, "%s or %s", strings.Join(r.formats[:last], ", "), r.formats[last])
	return "", c.usageError(c.prog, "--format must be %s, not %q", list, *r.format)
}

// csv returns the dialect the flags ask of a CSV.
func (r *reportFlags) csv() spbe.CSVOptions {
	return spbe.CSVOptions{Semicolon: *r.semicolon, BOM: *r.bom}
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
