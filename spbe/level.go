package spbe

import (
	"strconv"
	"strings"
)

// Level is the maturity level (tingkat kematangan) given to an indicator.
// Level n is worth n points. The zero value means "unanswered / not
// assessed", except in a framework whose scale starts at 0 (such as
// PermenPANRB 5/2018, where 0 means no policy or service), where a level 0
// written in an assessment is an answer worth 0; see
// Framework.MinLevel.
type Level uint8

// Level bounds.
const (
	// Unanswered is the level of an indicator that has not been assessed.
	Unanswered Level = 0
	// LevelLimit is the highest level any framework may use. The built-in
	// frameworks stop at 5.
	LevelLimit Level = 9
)

// String returns the level as a decimal number, "0" for Unanswered.
func (l Level) String() string { return strconv.Itoa(int(l)) }

// ParseLevel reads a level written as a number from 0 to LevelLimit, with
// optional surrounding space ("3", " 4 ") and, as a spreadsheet writes a
// whole number in a cell formatted with decimals, zero decimals after a
// point or a comma ("5.0", "5,00"). A fraction ("3,5") is no level. A level name such as
// "Terdefinisi" depends on the indicator's scale; the readers of
// assessments take those too. The error is a *smartcity.ParseError.
func ParseLevel(s string) (Level, error) {
	t := strings.TrimSpace(s)
	if len(t) > 2 && (t[1] == '.' || t[1] == ',') && strings.Trim(t[2:], "0") == "" {
		t = t[:1]
	}
	if len(t) == 1 && t[0] >= '0' && t[0] <= '0'+byte(LevelLimit) {
		return Level(t[0] - '0'), nil
	}
	return 0, unknown("level", s, "a whole number from 0 to "+LevelLimit.String())
}

// Levels holds one level per indicator of a framework, indexed by the
// indicator's position in the framework (Framework.Position), not by its
// number. Framework.NewLevels makes one of the right length. It is a plain
// slice: copy it with slices.Clone, edit it by index.
type Levels []Level

// count returns how many levels equal want.
func (l Levels) count(want Level) int {
	n := 0
	for _, v := range l {
		if v == want {
			n++
		}
	}
	return n
}
