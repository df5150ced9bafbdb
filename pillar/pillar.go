package pillar

import (
	"fmt"
	"iter"

	"github.com/kotacerdas/smartcity"
)

// Pillar is one of the six pillars (dimensi) of the Gerakan Menuju Smart
// City. The zero value means "unset"; the declared values follow the
// official order, so comparing two pillars with < sorts them that way.
type Pillar uint8

// The six pillars in the official order.
const (
	Governance  Pillar = 1 + iota // Smart Governance, code GOV
	Branding                      // Smart Branding, code BRD
	Economy                       // Smart Economy, code ECO
	Living                        // Smart Living, code LIV
	Society                       // Smart Society, code SOC
	Environment                   // Smart Environment, code ENV
)

// pillarCount is the number of declared pillars.
const pillarCount = 6

// elementsPerPillar is fixed by the framework: every pillar has three elements.
const elementsPerPillar = 3

// All returns the six pillars in the official order.
func All() iter.Seq[Pillar] {
	return func(yield func(Pillar) bool) {
		for p := Governance; p <= Environment; p++ {
			if !yield(p) {
				return
			}
		}
	}
}

// IsValid reports whether p is one of the six declared pillars.
func (p Pillar) IsValid() bool { return p >= Governance && p <= Environment }

// String returns the pillar's stable code ("GOV" … "ENV"), "" for the zero
// value and "Pillar(n)" for an undeclared value.
func (p Pillar) String() string {
	switch {
	case p == 0:
		return ""
	case p.IsValid():
		return pillarTable[p].code
	default:
		return fmt.Sprintf("Pillar(%d)", uint8(p))
	}
}

// Name returns the pillar's display name in lang; the zero Lang means
// Indonesian. It returns "" for a pillar that is not valid.
func (p Pillar) Name(lang smartcity.Lang) string {
	if !p.IsValid() {
		return ""
	}
	return pillarTable[p].name(lang)
}

// Definition returns a one-paragraph definition of the pillar in lang (the
// zero Lang means Indonesian), or "" for a pillar that is not valid. The
// paragraphs paraphrase the programme's guidance; they are not quotations.
func (p Pillar) Definition(lang smartcity.Lang) string {
	if !p.IsValid() {
		return ""
	}
	return pillarTable[p].definition(lang)
}

// Elements returns the pillar's three elements in the official order, or an
// empty sequence for a pillar that is not valid.
func (p Pillar) Elements() iter.Seq[Element] {
	return func(yield func(Element) bool) {
		if !p.IsValid() {
			return
		}
		first := Element((p-1)*elementsPerPillar + 1)
		for e := first; e < first+elementsPerPillar; e++ {
			if !yield(e) {
				return
			}
		}
	}
}

// MarshalText implements encoding.TextMarshaler with the stable code. The
// zero Pillar is empty text; an undeclared value is an error.
func (p Pillar) MarshalText() ([]byte, error) {
	if p == 0 {
		return []byte{}, nil
	}
	if !p.IsValid() {
		return nil, fmt.Errorf("pillar: cannot marshal undeclared Pillar(%d)", uint8(p))
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler. It accepts everything
// Parse accepts; empty text is the zero Pillar.
func (p *Pillar) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = 0
		return nil
	}
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
