package ref

import (
	"regexp"
	"testing"
)

var (
	unsafeName = regexp.MustCompile(UnsafeNamePattern)
	unsafeText = regexp.MustCompile(UnsafeTextPattern)
	address    = regexp.MustCompile(AddressPattern)
)

// patternsAgree fails when a pattern refuses what its check accepts, or,
// for text in printable ASCII, when a name pattern accepts what Name
// refuses.
func patternsAgree(t *testing.T, s string) {
	t.Helper()
	nameOK := Name(s) == nil
	if nameOK && unsafeName.MatchString(s) {
		t.Errorf("Name accepts %q, UnsafeNamePattern refuses it", s)
	}
	if !nameOK && printableASCII(s) && !unsafeName.MatchString(s) {
		t.Errorf("Name refuses %q, UnsafeNamePattern accepts it", s)
	}
	if Address(s) == nil && !address.MatchString(s) {
		t.Errorf("Address accepts %q, AddressPattern refuses it", s)
	}
	if Check(s) == nil && !address.MatchString(s) && unsafeText.MatchString(s) {
		t.Errorf("Check accepts %q, AddressPattern and UnsafeTextPattern refuse it", s)
	}
}

func printableASCII(s string) bool {
	for _, c := range []byte(s) {
		if c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}

func TestPatternsAgree(t *testing.T) {
	for _, s := range []string{
		"perbup.pdf", "bukti/perbup.pdf", `bukti\perbup.pdf`, "./a", "..pdf", "a..b", ". .", ".. .", "... ", "a/ .. /b",
		"../a", `..\a`, "/a", `\a`, `\\s\x`, "//s/x", "C:", "C:a", "c:/a", "javascript:x", "https://a.go.id/x", "x y:z",
		"1:a", "a\x00", "a\x7f", "a\u0085", " /a", "-", "~/a", "https://a.go.id", "HTTP://A.GO.ID/A?B#C",
		"https://u@a.go.id", "https://a.go.id/x@y", "https://a.go.id/a b", "https://a.go.id/<", "http:a", "https://", "ftp://a",
		"Catatan: data 2023", "Data: BPS", "data:", "data: ", "javascript:\talert(1)", "Catatan: ../a", "Sumber:/etc/x",
	} {
		patternsAgree(t, s)
	}
	// The hostile names and addresses of the other tests: both refuse.
	for _, s := range []string{"../../etc/passwd", "/etc/passwd", `C:\Windows\win.ini`, `\\server\share`, "file:///etc/passwd", "javascript:alert(1)", "data:text/html,x"} {
		if !unsafeName.MatchString(s) || address.MatchString(s) {
			t.Errorf("%q passes a pattern", s)
		}
	}
}

// FuzzPatterns holds the schemas' patterns to the checks.
func FuzzPatterns(f *testing.F) {
	for _, s := range []string{"perbup.pdf", "../a", ".. .", "C:a", "javascript:x", "https://a.go.id/x", "https://u@a", "a\x00", "Catatan: x"} {
		f.Add(s)
	}
	f.Fuzz(patternsAgree)
}
