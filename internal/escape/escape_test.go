package escape

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestLine(t *testing.T) {
	for in, want := range map[string]string{
		"":                       "",
		"programs[3].budget":     "programs[3].budget",
		`C:\data\plan.json`:      `C:\data\plan.json`,
		"Łódź, Bandung – 3,64":   "Łódź, Bandung – 3,64",
		"a\nERROR forged":        `a\nERROR forged`,
		"a\r\n\t\x00\x1b[31mred": `a\r\n\t\x00\x1b[31mred`,
		"del\x7f":                `del\x7f`,
		"nel\u0085csi\u009b":     `nel\u0085csi\u009b`,
		"ls\u2028ps\u2029":       `ls\u2028ps\u2029`,
		"rlo\u202egnp.exe":       `rlo\u202egnp.exe`,
		"bom\ufeffx":             `bom\ufeffx`,
		"bad\xff\xfeutf8":        `bad\xff\xfeutf8`,
		"\a\b\f\v":               `\a\b\f\v`,
	} {
		assert.Equal(t, want, Line(in), "%q", in)
	}
}

// FuzzLine: what Line writes is valid UTF-8 with nothing left to escape,
// Line changes it no more, and text without such characters is kept.
func FuzzLine(f *testing.F) {
	for _, s := range []string{"", "plain", "a\nb", "\x1b[2J", "\xff", "\u2028", `\n`, "é\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Line(s)
		if !utf8.ValidString(out) || firstUnsafe(out) >= 0 || Line(out) != out {
			t.Fatalf("%q → %q", s, out)
		}
		if strings.ContainsAny(out, "\n\r") {
			t.Fatalf("%q → %q keeps a line break", s, out)
		}
		if firstUnsafe(s) < 0 && out != s {
			t.Fatalf("%q changed to %q", s, out)
		}
	})
}
