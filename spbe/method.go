package spbe

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
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

// methodTable holds code and names by Method.
var methodTable = [...]struct{ code, id, en string }{
	Evaluasi:   {"evaluasi", "Evaluasi", "evaluation"},
	Pemantauan: {"pemantauan", "Pemantauan", "monitoring"},
}

// IsValid reports whether m is one of the two declared methods.
func (m Method) IsValid() bool { return m == Evaluasi || m == Pemantauan }

// String returns the stable code, "evaluasi" or "pemantauan"; "" for the
// zero value and "Method(n)" for an undeclared value.
func (m Method) String() string {
	switch {
	case m == 0:
		return ""
	case m.IsValid():
		return methodTable[m].code
	default:
		return fmt.Sprintf("Method(%d)", uint8(m))
	}
}

// Name returns the method in lang ("Pemantauan", "monitoring"); "" for an
// invalid method.
func (m Method) Name(lang smartcity.Lang) string {
	if !m.IsValid() {
		return ""
	}
	if lang == smartcity.English {
		return methodTable[m].en
	}
	return methodTable[m].id
}

// ParseMethod reads a method from its code or its English name, ignoring
// case and surrounding space. The error is a *ParseError.
func ParseMethod(s string) (Method, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	for m := Evaluasi; m <= Pemantauan; m++ {
		if t == methodTable[m].code || t == methodTable[m].en {
			return m, nil
		}
	}
	return 0, &ParseError{Kind: "method", Input: s, Want: "evaluasi or pemantauan"}
}

// MarshalText implements encoding.TextMarshaler with the code. The zero
// Method is empty text; an undeclared value is an error.
func (m Method) MarshalText() ([]byte, error) {
	if m == 0 {
		return []byte{}, nil
	}
	if !m.IsValid() {
		return nil, fmt.Errorf("spbe: cannot marshal undeclared Method(%d)", uint8(m))
	}
	return []byte(m.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is the zero
// Method.
func (m *Method) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*m = 0
		return nil
	}
	v, err := ParseMethod(string(text))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

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
