package pillar

import (
	"iter"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// Element is one of the 18 elements, three per pillar. The zero value means
// "unset"; the declared values follow the official order, pillar by pillar.
type Element uint8

// The 18 elements in the official order.
const (
	PublicService Element = 1 + iota // GOV.SVC pelayanan publik
	Bureaucracy                      // GOV.BUR manajemen birokrasi
	PublicPolicy                     // GOV.POL efisiensi kebijakan publik

	TourismBranding  // BRD.TOU ekosistem pariwisata
	BusinessBranding // BRD.BUS ekosistem bisnis daerah
	CityAppearance   // BRD.APP wajah kota

	Industry              // ECO.IND ekosistem industri
	Welfare               // ECO.WEL kesejahteraan rakyat
	FinancialTransactions // ECO.TRX ekosistem transaksi keuangan

	SpatialHarmony // LIV.HAR harmonisasi tata ruang wilayah
	Health         // LIV.HEA kesehatan
	Mobility       // LIV.MOB mobilitas / sarana transportasi

	Community // SOC.COM interaksi masyarakat / komunitas
	Learning  // SOC.LRN ekosistem belajar
	Security  // SOC.SEC keamanan masyarakat

	EnvironmentalProtection // ENV.PRO proteksi lingkungan
	Waste                   // ENV.WST tata kelola sampah dan limbah
	Energy                  // ENV.ENE tata kelola energi
)

// elementCount is the number of declared elements.
const elementCount = pillarCount * elementsPerPillar

// elements declares the elements from their catalogue.
var elements = enum.New[Element](spec("element"), rows(elementTable[:]))

// AllElements returns the 18 elements in the official order.
func AllElements() iter.Seq[Element] { return elements.All() }

// IsValid reports whether e is one of the 18 declared elements.
func (e Element) IsValid() bool { return elements.IsValid(e) }

// Pillar returns the pillar e belongs to, or the zero Pillar when e is not
// valid.
func (e Element) Pillar() Pillar {
	if !e.IsValid() {
		return 0
	}
	return Pillar((e-1)/elementsPerPillar + 1)
}

// String returns the element's stable code ("GOV.SVC" … "ENV.ENE"), "" for
// the zero value and "Element(n)" for an undeclared value.
func (e Element) String() string { return elements.String(e) }

// Name returns the element's display name in lang; the zero Lang means
// Indonesian. It returns "" for an element that is not valid.
func (e Element) Name(lang smartcity.Lang) string { return elements.Name(e, lang) }

// Definition returns a one-paragraph definition of the element in lang (the
// zero Lang means Indonesian), or "" for an element that is not valid.
func (e Element) Definition(lang smartcity.Lang) string {
	if !e.IsValid() {
		return ""
	}
	return elementTable[e].definition(lang)
}

// MarshalText implements encoding.TextMarshaler with the stable code, so an
// Element works as a JSON value and as a map key. The zero Element is empty
// text; an undeclared value is an error.
func (e Element) MarshalText() ([]byte, error) { return elements.MarshalText(e) }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts everything
// ParseElement accepts; empty text is the zero Element.
func (e *Element) UnmarshalText(text []byte) error { return elements.UnmarshalText(e, text) }
