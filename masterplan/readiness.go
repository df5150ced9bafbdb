package masterplan

import (
	"iter"

	"github.com/kotacerdas/smartcity"
)

// Readiness is the region's readiness (kesiapan daerah) as assessed in
// Bimtek I: a gap analysis and SWOT on three readiness pillars of three
// sub-items each, and optionally the region's latest SPBE result.
type Readiness struct {
	// Items holds one entry per sub-item; a complete assessment has all
	// nine, each once.
	Items []ReadinessItem `json:"items" yaml:"items" validate:"dive"`
	// SPBE is the region's latest digital-government evaluation result (an
	// Indeks SPBE, or an Indeks Pemdi from 2026), a natural input for
	// digital infrastructure and governance; optional.
	SPBE *SPBEResult `json:"spbe,omitempty" yaml:"spbe,omitempty"`
}

// Item returns the entry for sub-item s and true, or false when the
// assessment has none.
func (r *Readiness) Item(s ReadinessSubItem) (ReadinessItem, bool) {
	for _, it := range r.Items {
		if it.SubItem == s {
			return it, true
		}
	}
	return ReadinessItem{}, false
}

// ReadinessItem is the assessment of one readiness sub-item. Scores run
// from 1 (weakest) to 5 (strongest); the guidance sets no official scale,
// so this one is the library's.
type ReadinessItem struct {
	// SubItem is what is assessed; its readiness pillar is
	// SubItem.Pillar().
	SubItem ReadinessSubItem `json:"sub_item" yaml:"sub_item" validate:"required"`
	// Current is the score today, 1–5.
	Current int `json:"current" yaml:"current" validate:"min=1,max=5"`
	// Target is the score aimed at by the end of the plan, 1–5.
	Target int `json:"target" yaml:"target" validate:"min=1,max=5"`
	// SWOT holds the strengths, weaknesses, opportunities and threats found.
	SWOT SWOT `json:"swot" yaml:"swot"`
	// Evidence lists what the scores rest on: documents, data, links.
	Evidence []string `json:"evidence,omitzero" yaml:"evidence,omitempty" validate:"dive,required"`
}

// Gap returns Target − Current: how far the sub-item has to go (negative
// when the target is below today's score).
func (it ReadinessItem) Gap() int { return it.Target - it.Current }

// SWOT is a strengths–weaknesses–opportunities–threats analysis.
type SWOT struct {
	Strengths     []string `json:"strengths,omitzero" yaml:"strengths,omitempty" validate:"dive,required"`         // kekuatan
	Weaknesses    []string `json:"weaknesses,omitzero" yaml:"weaknesses,omitempty" validate:"dive,required"`       // kelemahan
	Opportunities []string `json:"opportunities,omitzero" yaml:"opportunities,omitempty" validate:"dive,required"` // peluang
	Threats       []string `json:"threats,omitzero" yaml:"threats,omitempty" validate:"dive,required"`             // ancaman
}

// SPBEResult is one published digital-government evaluation result of the
// region: an Indeks SPBE for the evaluations of 2018–2025 (PermenPANRB
// 5/2018 and 59/2020; 2025 a pemantauan), an Indeks Pemerintah Digital
// (Indeks Pemdi, PermenPANRB 8/2026) from 2026. The year picks the rule,
// and with it the predikat bands Plan.Validate checks the predikat
// against: 4.10 is Sangat Baik under SPBE and Memuaskan under Pemdi.
type SPBEResult struct {
	// Year is the year evaluated; it decides the rule, and so the
	// predikat bands, that apply.
	Year int `json:"year" yaml:"year" validate:"required"`
	// Index is the index as published, exact decimal text from 0 to 5
	// with at most two decimals, such as "3.99".
	Index string `json:"index" yaml:"index" validate:"required"`
	// Predikat is the published rating word: Memuaskan, Sangat Baik, Baik,
	// Cukup or Kurang.
	Predikat string `json:"predikat" yaml:"predikat" validate:"required"`
}

// ReadinessPillar is one of the three readiness pillars. The zero value
// means "unset".
type ReadinessPillar uint8

// The readiness pillars.
const (
	Structure      ReadinessPillar = 1 + iota // struktur, code "structure"
	Infrastructure                            // infrastruktur, code "infrastructure"
	Superstructure                            // suprastruktur, code "superstructure"
)

var readinessPillarCodes = [...]string{"", "structure", "infrastructure", "superstructure"}

var readinessPillarNames = [...][2]string{{}, {"Struktur", "Structure"}, {"Infrastruktur", "Infrastructure"}, {"Suprastruktur", "Superstructure"}}

var readinessPillarAliases = [...]alias{{"struktur", 1}, {"infrastruktur", 2}, {"suprastruktur", 3}}

// ReadinessPillars returns the three readiness pillars in order.
func ReadinessPillars() iter.Seq[ReadinessPillar] {
	return func(yield func(ReadinessPillar) bool) {
		for p := Structure; p <= Superstructure; p++ {
			if !yield(p) {
				return
			}
		}
	}
}

// ParseReadinessPillar parses a readiness pillar: the code ("structure",
// "infrastructure", "superstructure") or the Indonesian word ("struktur",
// "infrastruktur", "suprastruktur"), ignoring case.
func ParseReadinessPillar(s string) (ReadinessPillar, error) {
	return parseEnum[ReadinessPillar]("readiness pillar", s, readinessPillarCodes[:], readinessPillarAliases[:])
}

// String returns the stable code.
func (p ReadinessPillar) String() string {
	return enumString("ReadinessPillar", uint8(p), readinessPillarCodes[:])
}

// IsValid reports whether p is a declared readiness pillar.
func (p ReadinessPillar) IsValid() bool { return p >= Structure && p <= Superstructure }

// Name returns the pillar's display name in lang, or "" when p is not
// valid.
func (p ReadinessPillar) Name(lang smartcity.Lang) string {
	return enumName(uint8(p), readinessPillarNames[:], lang)
}

// SubItems returns the pillar's three sub-items in order, or an empty
// sequence when p is not valid.
func (p ReadinessPillar) SubItems() iter.Seq[ReadinessSubItem] {
	return func(yield func(ReadinessSubItem) bool) {
		if !p.IsValid() {
			return
		}
		first := ReadinessSubItem((p-1)*3 + 1)
		for s := first; s < first+3; s++ {
			if !yield(s) {
				return
			}
		}
	}
}

// MarshalText implements encoding.TextMarshaler with the stable code.
func (p ReadinessPillar) MarshalText() ([]byte, error) {
	return marshalEnum("ReadinessPillar", uint8(p), readinessPillarCodes[:])
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseReadinessPillar accepts, and empty text is the zero value.
func (p *ReadinessPillar) UnmarshalText(text []byte) error {
	return unmarshalEnum(p, "readiness pillar", text, readinessPillarCodes[:], readinessPillarAliases[:])
}

// ReadinessSubItem is one of the nine readiness sub-items, three per
// readiness pillar. The zero value means "unset".
type ReadinessSubItem uint8

// The readiness sub-items, pillar by pillar.
const (
	StructurePeople              ReadinessSubItem = 1 + iota // sumber daya manusia (SDM), code "structure.people"
	StructureFinance                                         // anggaran, code "structure.finance"
	StructureGovernance                                      // tata kelola dan tata pamong, code "structure.governance"
	InfrastructurePhysical                                   // fisik, code "infrastructure.physical"
	InfrastructureDigital                                    // digital / TIK, code "infrastructure.digital"
	InfrastructureSocial                                     // sosial, code "infrastructure.social"
	SuperstructureRegulation                                 // regulasi / kebijakan, code "superstructure.regulation"
	SuperstructureInstitutions                               // kelembagaan, code "superstructure.institutions"
	SuperstructureImplementation                             // tata laksana, code "superstructure.implementation"
)

var subItemCodes = [...]string{"",
	"structure.people", "structure.finance", "structure.governance",
	"infrastructure.physical", "infrastructure.digital", "infrastructure.social",
	"superstructure.regulation", "superstructure.institutions", "superstructure.implementation",
}

var subItemNames = [...][2]string{
	{},
	{"sumber daya manusia (SDM)", "people"},
	{"anggaran", "finance"},
	{"tata kelola dan tata pamong", "governance"},
	{"infrastruktur fisik", "physical infrastructure"},
	{"infrastruktur digital (TIK)", "digital infrastructure (ICT)"},
	{"infrastruktur sosial", "social infrastructure"},
	{"regulasi dan kebijakan", "regulation and policy"},
	{"kelembagaan", "institutions"},
	{"tata laksana", "implementation"},
}

var subItemAliases = [...]alias{
	{"struktur.sdm", 1}, {"struktur.anggaran", 2}, {"struktur.tata kelola", 3},
	{"infrastruktur.fisik", 4}, {"infrastruktur.digital", 5}, {"infrastruktur.tik", 5}, {"infrastruktur.sosial", 6},
	{"suprastruktur.regulasi", 7}, {"suprastruktur.kebijakan", 7}, {"suprastruktur.kelembagaan", 8},
	{"suprastruktur.tata laksana", 9},
}

// ReadinessSubItems returns the nine sub-items in order.
func ReadinessSubItems() iter.Seq[ReadinessSubItem] {
	return func(yield func(ReadinessSubItem) bool) {
		for s := StructurePeople; s <= SuperstructureImplementation; s++ {
			if !yield(s) {
				return
			}
		}
	}
}

// ParseReadinessSubItem parses a sub-item code such as "structure.people"
// or its Indonesian form such as "struktur.sdm" or
// "suprastruktur.tata_laksana", ignoring case.
func ParseReadinessSubItem(s string) (ReadinessSubItem, error) {
	return parseEnum[ReadinessSubItem]("readiness sub-item", s, subItemCodes[:], subItemAliases[:])
}

// String returns the stable code, such as "infrastructure.digital".
func (s ReadinessSubItem) String() string {
	return enumString("ReadinessSubItem", uint8(s), subItemCodes[:])
}

// IsValid reports whether s is a declared sub-item.
func (s ReadinessSubItem) IsValid() bool {
	return s >= StructurePeople && s <= SuperstructureImplementation
}

// Pillar returns the readiness pillar s belongs to, or the zero value when
// s is not valid.
func (s ReadinessSubItem) Pillar() ReadinessPillar {
	if !s.IsValid() {
		return 0
	}
	return ReadinessPillar((s-1)/3 + 1)
}

// Name returns the sub-item's display name in lang, or "" when s is not
// valid.
func (s ReadinessSubItem) Name(lang smartcity.Lang) string {
	return enumName(uint8(s), subItemNames[:], lang)
}

// MarshalText implements encoding.TextMarshaler with the stable code.
func (s ReadinessSubItem) MarshalText() ([]byte, error) {
	return marshalEnum("ReadinessSubItem", uint8(s), subItemCodes[:])
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseReadinessSubItem accepts, and empty text is the zero value.
func (s *ReadinessSubItem) UnmarshalText(text []byte) error {
	return unmarshalEnum(s, "readiness sub-item", text, subItemCodes[:], subItemAliases[:])
}
