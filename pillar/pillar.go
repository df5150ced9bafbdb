package pillar

import (
	"iter"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
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

// pillars declares the pillars from their catalogue.
var pillars = enum.New[Pillar](spec("pillar"), rows(pillarTable[:]))

// All returns the six pillars in the official order.
func All() iter.Seq[Pillar] { return pillars.All() }

// IsValid reports whether p is one of the six declared pillars.
func (p Pillar) IsValid() bool { return pillars.IsValid(p) }

// String returns the pillar's stable code ("GOV" … "ENV"), "" for the zero
// value and "Pillar(n)" for an undeclared value.
func (p Pillar) String() string { return pillars.String(p) }

// Name returns the pillar's display name in lang; the zero Lang means
// Indonesian. It returns "" for a pillar that is not valid.
func (p Pillar) Name(lang smartcity.Lang) string { return pillars.Name(p, lang) }

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
func (p Pillar) MarshalText() ([]byte, error) { return pillars.MarshalText(p) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts everything
// Parse accepts; empty text is the zero Pillar.
func (p *Pillar) UnmarshalText(text []byte) error { return pillars.UnmarshalText(p, text) }
