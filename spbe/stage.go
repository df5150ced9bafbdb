package spbe

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
)

// Stage is a stage of the evaluation at which a level can be set. The
// stages run in this order and the level of the latest one counts. The
// zero value means "unset".
type Stage uint8

// The evaluation stages in order.
const (
	Mandiri  Stage = 1 + iota // Penilaian Mandiri: self-assessment by the instansi, code "mandiri"
	Dokumen                   // Penilaian Dokumen: document review, code "dokumen"
	Interviu                  // Penilaian Interviu: interview, code "interviu"
	Visitasi                  // Penilaian Visitasi: site visit (optional), code "visitasi"
)

// stageTable holds code and names by Stage.
var stageTable = [...]struct{ code, id, en string }{
	Mandiri:  {"mandiri", "Penilaian Mandiri", "self-assessment"},
	Dokumen:  {"dokumen", "Penilaian Dokumen", "document review"},
	Interviu: {"interviu", "Penilaian Interviu", "interview"},
	Visitasi: {"visitasi", "Penilaian Visitasi", "site visit"},
}

// IsValid reports whether s is one of the four declared stages.
func (s Stage) IsValid() bool { return s >= Mandiri && s <= Visitasi }

// String returns the stage's stable code ("mandiri" … "visitasi"), "" for
// the zero value and "Stage(n)" for an undeclared value.
func (s Stage) String() string {
	switch {
	case s == 0:
		return ""
	case s.IsValid():
		return stageTable[s].code
	default:
		return fmt.Sprintf("Stage(%d)", uint8(s))
	}
}

// Name returns the stage's name in lang ("Penilaian Interviu",
// "interview"); the zero Lang means Indonesian. It is "" for an invalid
// stage.
func (s Stage) Name(lang smartcity.Lang) string {
	if !s.IsValid() {
		return ""
	}
	if lang == smartcity.English {
		return stageTable[s].en
	}
	return stageTable[s].id
}

// ParseStage reads a stage from its code, its Indonesian name with or
// without "Penilaian", or its English name, ignoring case and surrounding
// space. The error is a *ParseError.
func ParseStage(s string) (Stage, error) {
	t := strings.ToLower(strings.Join(strings.Fields(s), " "))
	t = strings.TrimPrefix(t, "penilaian ")
	switch t {
	case "mandiri", "self-assessment", "self assessment", "self":
		return Mandiri, nil
	case "dokumen", "document", "document review":
		return Dokumen, nil
	case "interviu", "wawancara", "interview":
		return Interviu, nil
	case "visitasi", "site visit", "visit":
		return Visitasi, nil
	}
	return 0, &ParseError{Kind: "stage", Input: s, Want: "mandiri, dokumen, interviu or visitasi"}
}

// MarshalText implements encoding.TextMarshaler with the stable code. The
// zero Stage is empty text; an undeclared value is an error.
func (s Stage) MarshalText() ([]byte, error) {
	if s == 0 {
		return []byte{}, nil
	}
	if !s.IsValid() {
		return nil, fmt.Errorf("spbe: cannot marshal undeclared Stage(%d)", uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts what
// ParseStage accepts; empty text is the zero Stage.
func (s *Stage) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*s = 0
		return nil
	}
	v, err := ParseStage(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
