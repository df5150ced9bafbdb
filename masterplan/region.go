package masterplan

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// Region is the regional government that owns the masterplan.
type Region struct {
	// Name is the region's name without its kind, such as "Rembang".
	Name string `json:"name" yaml:"name" validate:"required"`
	// Kind is kabupaten, kota or provinsi.
	Kind RegionKind `json:"kind" yaml:"kind" validate:"required"`
	// KemendagriCode is the region's code in the Ministry of Home Affairs
	// numbering: "NN" for a province, "NN.NN" for a kabupaten or kota, such
	// as "33.17" for Kabupaten Rembang in Jawa Tengah (33).
	KemendagriCode string `json:"kemendagri_code" yaml:"kemendagri_code" validate:"required"`
	// Province is the province the region lies in (its own name for a
	// province).
	Province string `json:"province" yaml:"province" validate:"required"`
}

// FullName returns the region's name with its kind in lang, such as
// "Kabupaten Rembang" or, in English, "Rembang Regency".
func (r Region) FullName(lang smartcity.Lang) string {
	kind := r.Kind.Name(lang)
	switch {
	case kind == "":
		return r.Name
	case langIndex(lang) == 1:
		return r.Name + " " + kind
	default:
		return kind + " " + r.Name
	}
}

// RegionKind is the level of a regional government. The zero value means
// "unset".
type RegionKind uint8

// The kinds of region that join the Gerakan Menuju Smart City.
const (
	Kabupaten RegionKind = 1 + iota // regency, code "kabupaten"
	Kota                            // city, code "kota"
	Provinsi                        // province, code "provinsi"
)

// regionKinds declares the kinds of region; the English names parse too,
// as do the usual abbreviations.
var regionKinds = enum.New[RegionKind](enum.Spec{Kind: "region kind", Names: true, Unknown: parseError}, []enum.Row{
	Kabupaten: {Code: "kabupaten", ID: "Kabupaten", EN: "Regency", Aliases: []string{"kab", "kab.", "district"}},
	Kota:      {Code: "kota", ID: "Kota", EN: "City", Aliases: []string{"kotamadya"}},
	Provinsi:  {Code: "provinsi", ID: "Provinsi", EN: "Province", Aliases: []string{"prov", "prov."}},
})

// String returns the stable code ("kabupaten", "kota", "provinsi").
func (k RegionKind) String() string { return regionKinds.String(k) }

// isValid reports whether k is a declared kind.
func (k RegionKind) isValid() bool { return regionKinds.IsValid(k) }

// Name returns the kind's display name in lang ("Kabupaten"; in English
// "Regency"), or "" when k is not valid.
func (k RegionKind) Name(lang smartcity.Lang) string { return regionKinds.Name(k, lang) }

// MarshalText implements encoding.TextMarshaler with the stable code.
func (k RegionKind) MarshalText() ([]byte, error) { return regionKinds.MarshalText(k) }

// UnmarshalText implements encoding.TextUnmarshaler. It reads a region
// kind: the code ("kabupaten", "kota", "provinsi"), the English word
// ("regency", "city", "province") or the usual abbreviation ("kab.",
// "prov."), ignoring case; empty text is the zero value.
func (k *RegionKind) UnmarshalText(text []byte) error { return regionKinds.UnmarshalText(k, text) }
