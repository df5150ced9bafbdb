package spbe

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// Method is how an evaluation year was run. The zero value means "unset".
type Method uint8

// The two methods.
const (
	// Evaluasi is the full evaluation: penilaian mandiri, dokumen,
	// interviu and, where needed, visitasi. Code "evaluasi".
	Evaluasi Method = 1 + iota
	// Pemantauan is the lighter monitoring of 2025: penilaian mandiri and
	// dokumen only, no interview, on the 59/2020 rules. Code "pemantauan".
	Pemantauan
)

// methods declares the methods.
var methods = enum.New[Method](enum.Spec{Kind: "method", Names: true, Unknown: parseError}, []enum.Row{
	Evaluasi:   {Code: "evaluasi", ID: "Evaluasi", EN: "evaluation"},
	Pemantauan: {Code: "pemantauan", ID: "Pemantauan", EN: "monitoring"},
})

// IsValid reports whether m is one of the two declared methods.
func (m Method) IsValid() bool { return methods.IsValid(m) }

// String returns the stable code, "evaluasi" or "pemantauan"; "" for the
// zero value and "Method(n)" for an undeclared value.
func (m Method) String() string { return methods.String(m) }

// Name returns the method in lang ("Pemantauan", "monitoring"); "" for an
// invalid method.
func (m Method) Name(lang smartcity.Lang) string { return methods.Name(m, lang) }

// MarshalText implements encoding.TextMarshaler with the code. The zero
// Method is empty text; an undeclared value is an error.
func (m Method) MarshalText() ([]byte, error) { return methods.MarshalText(m) }

// UnmarshalText implements encoding.TextUnmarshaler: the code or the
// English name, ignoring case and surrounding space; empty text is the
// zero Method. The error is a *smartcity.ParseError.
func (m *Method) UnmarshalText(text []byte) error { return methods.UnmarshalText(m, text) }

// YearMethod records the method of one evaluation year of a framework
// whose method was not the full evaluation: {2025, Pemantauan} for
// 59/2020.
type YearMethod struct {
	Year   int    `json:"year" yaml:"year"`
	Method Method `json:"method" yaml:"method"`
}

// Method returns how the evaluation of year was run under the framework:
// the method recorded for the year, Evaluasi for another year the
// framework applies to, 0 for a year it does not apply to.
func (fw *Framework) Method(year int) Method {
	if !fw.AppliesTo(year) {
		return 0
	}
	for _, ym := range fw.spec.Methods {
		if ym.Year == year {
			return ym.Method
		}
	}
	return Evaluasi
}
