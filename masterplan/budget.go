package masterplan

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// BudgetLine is the money planned for a programme in one year from one
// funding source. All three fields are required.
type BudgetLine struct {
	// Year is the budget year; it must lie inside the programme's years.
	Year int `json:"year" yaml:"year"`
	// Source is where the money comes from.
	Source Source `json:"source" yaml:"source"`
	// Amount is in whole rupiah and must be positive.
	Amount int64 `json:"amount" yaml:"amount"`
}

// Source is a funding source of a budget line. The zero value means
// "unset".
type Source uint8

// The funding sources seen in regional smart-city masterplans.
const (
	APBD        Source = 1 + iota // Anggaran Pendapatan dan Belanja Daerah, the regional budget
	APBN                          // Anggaran Pendapatan dan Belanja Negara, the state budget
	DAK                           // Dana Alokasi Khusus, the special allocation fund
	DanaDesa                      // Dana Desa, the village fund, code "Dana Desa"
	CSR                           // corporate social responsibility funds
	KPBU                          // Kerja sama Pemerintah dan Badan Usaha, public–private partnership
	BLUD                          // Badan Layanan Umum Daerah, revenue of a regional public-service agency
	OtherSource                   // any other source, code "other"
)

// sources declares the funding sources. The English names explain the
// abbreviations; the spellings people write are the codes and the
// aliases.
var sources = enum.New[Source](enum.Spec{Kind: "funding source", Unknown: parseError}, []enum.Row{
	APBD:        {Code: "APBD", ID: "APBD", EN: "regional budget (APBD)"},
	APBN:        {Code: "APBN", ID: "APBN", EN: "state budget (APBN)"},
	DAK:         {Code: "DAK", ID: "DAK", EN: "special allocation fund (DAK)"},
	DanaDesa:    {Code: "Dana Desa", ID: "Dana Desa", EN: "village fund (Dana Desa)", Aliases: []string{"danadesa", "dd", "village fund"}},
	CSR:         {Code: "CSR", ID: "CSR", EN: "corporate social responsibility (CSR)"},
	KPBU:        {Code: "KPBU", ID: "KPBU", EN: "public–private partnership (KPBU)", Aliases: []string{"ppp", "kpbu/ppp"}},
	BLUD:        {Code: "BLUD", ID: "BLUD", EN: "public-service agency revenue (BLUD)"},
	OtherSource: {Code: "other", ID: "lainnya", EN: "other", Aliases: []string{"lainnya", "lain lain", "sumber lain"}},
})

// String returns the stable code, such as "APBD" or "Dana Desa".
func (s Source) String() string { return sources.String(s) }

// isValid reports whether s is a declared source.
func (s Source) isValid() bool { return sources.IsValid(s) }

// Name returns the source's display name in lang, or "" when s is not
// valid.
func (s Source) Name(lang smartcity.Lang) string { return sources.Name(s, lang) }

// MarshalText implements encoding.TextMarshaler with the stable code.
func (s Source) MarshalText() ([]byte, error) { return sources.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler. It reads a funding
// source code ("APBD", "APBN", "DAK", "Dana Desa", "CSR", "KPBU", "BLUD",
// "other"), ignoring case, spacing and underscores between words
// ("dana_desa"); "lainnya" is accepted for "other"; empty text is the zero
// value.
func (s *Source) UnmarshalText(text []byte) error { return sources.UnmarshalText(s, text) }
