package masterplan

import (
	"iter"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// Readiness is the region's readiness (kesiapan daerah) as assessed in
// Bimtek I: a gap analysis and SWOT on three readiness pillars of three
// sub-items each, and optionally the region's latest SPBE result.
type Readiness struct {
	// Items holds one entry per sub-item; a complete assessment has all
	// nine, each once.
	Items []ReadinessItem `json:"items" yaml:"items" validate:"dive" maxitems:"100"`
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
	// Evidence lists what the scores rest on: documents, data, links, each
	// a description ("data kepegawaian 2023"), a file name relative to the
	// plan and inside its folder, or an http or https address. Validate
	// refuses a path that leaves the folder (absolute, "..", a drive, a
	// network share) and an address of another scheme ("javascript:",
	// "file:"), rule "reference"; text that starts with a word and a colon
	// reads as an address ("javascript:…"), unless a space follows the
	// colon: "Catatan: lihat lampiran" is a labelled description.
	Evidence []string `json:"evidence,omitzero" yaml:"evidence,omitempty" validate:"dive,required" maxitems:"100"`
}

// Gap returns Target − Current: how far the sub-item has to go (negative
// when the target is below today's score).
func (it ReadinessItem) Gap() int { return it.Target - it.Current }

// SWOT is a strengths–weaknesses–opportunities–threats analysis.
type SWOT struct {
	Strengths     []string `json:"strengths,omitzero" yaml:"strengths,omitempty" validate:"dive,required" maxitems:"100"`         // kekuatan
	Weaknesses    []string `json:"weaknesses,omitzero" yaml:"weaknesses,omitempty" validate:"dive,required" maxitems:"100"`       // kelemahan
	Opportunities []string `json:"opportunities,omitzero" yaml:"opportunities,omitempty" validate:"dive,required" maxitems:"100"` // peluang
	Threats       []string `json:"threats,omitzero" yaml:"threats,omitempty" validate:"dive,required" maxitems:"100"`             // ancaman
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

// readinessPillars declares the readiness pillars; the Indonesian names
// parse too.
var readinessPillars = enum.New[ReadinessPillar](enum.Spec{Kind: "readiness pillar", Names: true, Unknown: parseError}, []enum.Row{
	Structure:      {Code: "structure", ID: "Struktur", EN: "Structure"},
	Infrastructure: {Code: "infrastructure", ID: "Infrastruktur", EN: "Infrastructure"},
	Superstructure: {Code: "superstructure", ID: "Suprastruktur", EN: "Superstructure"},
})

// ReadinessPillars returns the three readiness pillars in order.
func ReadinessPillars() iter.Seq[ReadinessPillar] { return readinessPillars.All() }

// String returns the stable code.
func (p ReadinessPillar) String() string { return readinessPillars.String(p) }

// isValid reports whether p is a declared readiness pillar.
func (p ReadinessPillar) isValid() bool { return readinessPillars.IsValid(p) }

// Name returns the pillar's display name in lang, or "" when p is not
// valid.
func (p ReadinessPillar) Name(lang smartcity.Lang) string { return readinessPillars.Name(p, lang) }

// SubItems returns the pillar's three sub-items in order, or an empty
// sequence when p is not valid.
func (p ReadinessPillar) SubItems() iter.Seq[ReadinessSubItem] {
	return func(yield func(ReadinessSubItem) bool) {
		if !p.isValid() {
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
func (p ReadinessPillar) MarshalText() ([]byte, error) { return readinessPillars.MarshalText(p) }

// UnmarshalText implements encoding.TextUnmarshaler. It reads a readiness
// pillar: the code ("structure", "infrastructure", "superstructure") or
// the Indonesian word ("struktur", "infrastruktur", "suprastruktur"),
// ignoring case; empty text is the zero value.
func (p *ReadinessPillar) UnmarshalText(text []byte) error {
	return readinessPillars.UnmarshalText(p, text)
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

// subItems declares the sub-items. Their names are phrases for a reader;
// the spellings people write are the Indonesian codes, the aliases.
var subItems = enum.New[ReadinessSubItem](enum.Spec{Kind: "readiness sub-item", Unknown: parseError}, []enum.Row{
	StructurePeople:     {Code: "structure.people", ID: "sumber daya manusia (SDM)", EN: "people", Aliases: []string{"struktur.sdm"}},
	StructureFinance:    {Code: "structure.finance", ID: "anggaran", EN: "finance", Aliases: []string{"struktur.anggaran"}},
	StructureGovernance: {Code: "structure.governance", ID: "tata kelola dan tata pamong", EN: "governance", Aliases: []string{"struktur.tata kelola"}},
	InfrastructurePhysical: {Code: "infrastructure.physical", ID: "infrastruktur fisik", EN: "physical infrastructure",
		Aliases: []string{"infrastruktur.fisik"}},
	InfrastructureDigital: {Code: "infrastructure.digital", ID: "infrastruktur digital (TIK)", EN: "digital infrastructure (ICT)",
		Aliases: []string{"infrastruktur.digital", "infrastruktur.tik"}},
	InfrastructureSocial: {Code: "infrastructure.social", ID: "infrastruktur sosial", EN: "social infrastructure",
		Aliases: []string{"infrastruktur.sosial"}},
	SuperstructureRegulation: {Code: "superstructure.regulation", ID: "regulasi dan kebijakan", EN: "regulation and policy",
		Aliases: []string{"suprastruktur.regulasi", "suprastruktur.kebijakan"}},
	SuperstructureInstitutions: {Code: "superstructure.institutions", ID: "kelembagaan", EN: "institutions",
		Aliases: []string{"suprastruktur.kelembagaan"}},
	SuperstructureImplementation: {Code: "superstructure.implementation", ID: "tata laksana", EN: "implementation",
		Aliases: []string{"suprastruktur.tata laksana"}},
})

// ReadinessSubItems returns the nine sub-items in order.
func ReadinessSubItems() iter.Seq[ReadinessSubItem] { return subItems.All() }

// String returns the stable code, such as "infrastructure.digital".
func (s ReadinessSubItem) String() string { return subItems.String(s) }

// isValid reports whether s is a declared sub-item.
func (s ReadinessSubItem) isValid() bool { return subItems.IsValid(s) }

// readinessPillar returns the readiness pillar s belongs to, or the zero value when
// s is not valid.
func (s ReadinessSubItem) readinessPillar() ReadinessPillar {
	if !s.isValid() {
		return 0
	}
	return ReadinessPillar((s-1)/3 + 1)
}

// Name returns the sub-item's display name in lang, or "" when s is not
// valid.
func (s ReadinessSubItem) Name(lang smartcity.Lang) string { return subItems.Name(s, lang) }

// MarshalText implements encoding.TextMarshaler with the stable code.
func (s ReadinessSubItem) MarshalText() ([]byte, error) { return subItems.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler. It reads a sub-item
// code such as "structure.people" or its Indonesian form such as
// "struktur.sdm" or "suprastruktur.tata_laksana", ignoring case; empty
// text is the zero value.
func (s *ReadinessSubItem) UnmarshalText(text []byte) error { return subItems.UnmarshalText(s, text) }
