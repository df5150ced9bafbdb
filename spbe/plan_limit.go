package spbe

import (
	"fmt"
	"strings"
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

var limitCodes = [...]string{
	LimitFrozen:   "frozen",
	LimitRaiseCap: "raise-cap",
	LimitUnpriced: "unpriced",
	LimitMaxLevel: "max-level",
}

// IsValid reports whether l is one of the declared limits.
func (l Limit) IsValid() bool { return l >= LimitFrozen && l <= LimitMaxLevel }

// String returns the limit's stable code ("frozen", "raise-cap",
// "unpriced", "max-level"); "" for the zero value and "Limit(n)" for an
// undeclared value.
func (l Limit) String() string {
	switch {
	case l == 0:
		return ""
	case l.IsValid():
		return limitCodes[l]
	default:
		return fmt.Sprintf("Limit(%d)", uint8(l))
	}
}

// ParseLimit reads a limit's code, ignoring case and surrounding space.
// The error is a *ParseError.
func ParseLimit(s string) (Limit, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	for l := LimitFrozen; l <= LimitMaxLevel; l++ {
		if t == limitCodes[l] {
			return l, nil
		}
	}
	return 0, &ParseError{Kind: "limit", Input: s, Want: "frozen, raise-cap, unpriced or max-level"}
}

// MarshalText implements encoding.TextMarshaler with the stable code. The
// zero Limit is empty text; an undeclared value is an error.
func (l Limit) MarshalText() ([]byte, error) {
	if l == 0 {
		return []byte{}, nil
	}
	if !l.IsValid() {
		return nil, fmt.Errorf("spbe: cannot marshal undeclared Limit(%d)", uint8(l))
	}
	return []byte(l.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; empty text is the zero
// Limit.
func (l *Limit) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*l = 0
		return nil
	}
	v, err := ParseLimit(string(text))
	if err != nil {
		return err
	}
	*l = v
	return nil
}
