package masterplan

import (
	"encoding/json"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// KPI is a key performance indicator of a programme with its yearly
// targets. All fields are required, and Targets needs at least one entry;
// Plan.Validate checks them, as it does programmes.
//
// Values are json.Number, the decimal text exactly as written in the
// document ("85.5", "1200"), so they round-trip without loss and compare
// exactly. An empty value is left out when encoding (encoding/json would
// write it as 0).
type KPI struct {
	// Name says what is measured, such as "persentase layanan perizinan
	// daring".
	Name string `json:"name" yaml:"name"`
	// Unit is the unit of the values, such as "%" or "aplikasi".
	Unit string `json:"unit" yaml:"unit"`
	// Baseline is the value before the programme.
	Baseline json.Number `json:"baseline,omitempty" yaml:"baseline,omitempty"`
	// Direction says whether higher (up) or lower (down) values are better.
	Direction Direction `json:"direction" yaml:"direction"`
	// Targets are the values aimed at, one per year at most; the years lie
	// inside the programme's years.
	Targets []KPITarget `json:"targets" yaml:"targets" maxitems:"100"`
}

// KPITarget is the value a KPI should reach in a year. Both fields are
// required.
type KPITarget struct {
	// Year is the year of the target.
	Year int `json:"year" yaml:"year"`
	// Value is the target value, in the KPI's unit.
	Value json.Number `json:"value,omitempty" yaml:"value,omitempty"`
}

// Direction tells which way a KPI should move. The zero value means
// "unset".
type Direction uint8

// The directions of a KPI.
const (
	Up   Direction = 1 + iota // higher is better, code "up"
	Down                      // lower is better, code "down"
)

// directions declares the directions; the Indonesian names parse too.
var directions = enum.New[Direction](enum.Spec{Kind: "KPI direction", Names: true, Unknown: parseError}, []enum.Row{
	Up:   {Code: "up", ID: "naik", EN: "up", Aliases: []string{"meningkat", "higher", "increase"}},
	Down: {Code: "down", ID: "turun", EN: "down", Aliases: []string{"menurun", "lower", "decrease"}},
})

// String returns the stable code ("up", "down").
func (d Direction) String() string { return directions.String(d) }

// isValid reports whether d is a declared direction.
func (d Direction) isValid() bool { return directions.IsValid(d) }

// Name returns the direction's display name in lang ("naik"/"turun"; in
// English "up"/"down"), or "" when d is not valid.
func (d Direction) Name(lang smartcity.Lang) string { return directions.Name(d, lang) }

// MarshalText implements encoding.TextMarshaler with the stable code.
func (d Direction) MarshalText() ([]byte, error) { return directions.MarshalText(d) }

// UnmarshalText implements encoding.TextUnmarshaler. It reads a KPI
// direction: "up" or "down", or the Indonesian "naik" or "turun", ignoring
// case; empty text is the zero value.
func (d *Direction) UnmarshalText(text []byte) error { return directions.UnmarshalText(d, text) }
