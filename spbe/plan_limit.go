package spbe

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// Limit is a constraint that holds an indicator below the top of the scale
// in a plan, and so may stop the plan from reaching its target. The zero
// value means "unset".
type Limit uint8

// The limits a plan reports, in the order a plan checks them.
const (
	// LimitFrozen: the indicator may not change (PlanOptions.Frozen).
	// Code "frozen".
	LimitFrozen Limit = 1 + iota
	// LimitRaiseCap: the indicator may rise at most MaxRaisePerYear levels
	// a year over Years years. Code "raise-cap".
	LimitRaiseCap
	// LimitUnpriced: the costs give no price for the indicator's next
	// raise, so it cannot be planned. Code "unpriced".
	LimitUnpriced
	// LimitMaxLevel: the indicator is at the framework's highest level.
	// Code "max-level".
	LimitMaxLevel
)

// limits declares the limits.
var limits = enum.New[Limit](enum.Spec{Kind: "limit", Unknown: parseError}, []enum.Row{
	LimitFrozen:   {Code: "frozen", ID: "dibekukan", EN: "frozen"},
	LimitRaiseCap: {Code: "raise-cap", ID: "batas kenaikan per tahun selama tahun yang tersedia", EN: "the yearly raise cap over the years allowed"},
	LimitUnpriced: {Code: "unpriced", ID: "tidak ada harganya di daftar biaya", EN: "no price in the costs"},
	LimitMaxLevel: {Code: "max-level", ID: "sudah di level tertinggi skala", EN: "the top of the scale"},
})

// String returns the limit's stable code ("frozen", "raise-cap",
// "unpriced", "max-level"); "" for the zero value and "Limit(n)" for an
// undeclared value.
func (l Limit) String() string { return limits.String(l) }

// Name says what holds an indicator back, in lang, as a plan's Reason
// says it: "dibekukan", "frozen". It is "" for a value that is not valid.
func (l Limit) Name(lang smartcity.Lang) string { return limits.Name(l, lang) }

// MarshalText implements encoding.TextMarshaler with the stable code. The
// zero Limit is empty text; an undeclared value is an error.
func (l Limit) MarshalText() ([]byte, error) { return limits.MarshalText(l) }

// UnmarshalText implements encoding.TextUnmarshaler: the code, ignoring
// case, surrounding space and the separator ("max level"); empty text is
// the zero Limit. The error is a *smartcity.ParseError.
func (l *Limit) UnmarshalText(text []byte) error { return limits.UnmarshalText(l, text) }
