package masterplan

import "github.com/kotacerdas/smartcity"

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

var sourceCodes = [...]string{"", "APBD", "APBN", "DAK", "Dana Desa", "CSR", "KPBU", "BLUD", "other"}

var sourceNames = [...][2]string{
	{},
	{"APBD", "regional budget (APBD)"},
	{"APBN", "state budget (APBN)"},
	{"DAK", "special allocation fund (DAK)"},
	{"Dana Desa", "village fund (Dana Desa)"},
	{"CSR", "corporate social responsibility (CSR)"},
	{"KPBU", "public–private partnership (KPBU)"},
	{"BLUD", "public-service agency revenue (BLUD)"},
	{"lainnya", "other"},
}

var sourceAliases = [...]alias{
	{"danadesa", 4}, {"dd", 4}, {"village fund", 4},
	{"ppp", 6}, {"kpbu/ppp", 6},
	{"lainnya", 8}, {"lain lain", 8}, {"sumber lain", 8},
}

// ParseSource parses a funding source code ("APBD", "APBN", "DAK",
// "Dana Desa", "CSR", "KPBU", "BLUD", "other"), ignoring case, spacing and
// underscores ("dana_desa"); "lainnya" is accepted for "other".
func ParseSource(s string) (Source, error) {
	return parseEnum[Source]("funding source", s, sourceCodes[:], sourceAliases[:])
}

// String returns the stable code, such as "APBD" or "Dana Desa".
func (s Source) String() string { return enumString("Source", uint8(s), sourceCodes[:]) }

// IsValid reports whether s is a declared source.
func (s Source) IsValid() bool { return s >= APBD && s <= OtherSource }

// Name returns the source's display name in lang, or "" when s is not
// valid.
func (s Source) Name(lang smartcity.Lang) string { return enumName(uint8(s), sourceNames[:], lang) }

// MarshalText implements encoding.TextMarshaler with the stable code.
func (s Source) MarshalText() ([]byte, error) {
	return marshalEnum("Source", uint8(s), sourceCodes[:])
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// ParseSource accepts, and empty text is the zero value.
func (s *Source) UnmarshalText(text []byte) error {
	return unmarshalEnum(s, "funding source", text, sourceCodes[:], sourceAliases[:])
}
