package i18n

import (
	"encoding/csv"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

var testWords = Table{
	"too many rows":              "baris terlalu banyak",
	"%w: more than %d data rows": "%w: lebih dari %d baris data",
	"row %d: %w":                 "baris %d: %w",
	"%d %s":                      "%d %s",
	csv.ErrQuote.Error():         `tanda " tidak pada tempatnya`,
}

// word is an argument that says itself.
type word string

func (w word) String() string { return string(w) }

func (w word) Message(lang smartcity.Lang) string {
	if English(lang) {
		return string(w)
	}
	return "kata " + string(w)
}

func TestNew(t *testing.T) {
	err := New(testWords, "too many rows")
	assert.EqualError(t, err, "too many rows")
	m := err.(interface{ Message(smartcity.Lang) string })
	assert.Equal(t, "baris terlalu banyak", m.Message(smartcity.Indonesian))
	assert.Equal(t, "baris terlalu banyak", m.Message(0), "the zero Lang is Indonesian")
	assert.Equal(t, "too many rows", m.Message(smartcity.English))
	assert.NotSame(t, err, New(testWords, "too many rows"), "each sentinel is its own")

	// A text the table lacks stays English rather than be lost.
	assert.Equal(t, "no such rule", smartcity.ErrorMessage(New(testWords, "no such rule"), smartcity.Indonesian))
}

func TestErrorf(t *testing.T) {
	sentinel := New(testWords, "too many rows")
	err := Errorf(testWords, "%w: more than %d data rows", sentinel, 3)
	assert.EqualError(t, err, fmt.Errorf("%w: more than %d data rows", sentinel, 3).Error())
	assert.ErrorIs(t, err, sentinel)
	assert.Equal(t, "baris terlalu banyak: lebih dari 3 baris data", smartcity.ErrorMessage(err, smartcity.Indonesian))
	assert.Equal(t, err.Error(), smartcity.ErrorMessage(err, smartcity.English))

	// Nested, and with several errors wrapped.
	outer := Errorf(testWords, "row %d: %w", 4, err)
	assert.EqualError(t, outer, "row 4: too many rows: more than 3 data rows")
	assert.Equal(t, "baris 4: baris terlalu banyak: lebih dari 3 baris data", smartcity.ErrorMessage(outer, smartcity.Indonesian))
	two := Errorf(testWords, "%w; %w", sentinel, csv.ErrQuote)
	assert.ErrorIs(t, two, csv.ErrQuote)
	assert.Len(t, two.(interface{ Unwrap() []error }).Unwrap(), 2)
	assert.Equal(t, `baris terlalu banyak; tanda " tidak pada tempatnya`, smartcity.ErrorMessage(two, smartcity.Indonesian))

	// Nothing wrapped.
	plain := Errorf(testWords, "%d %s", 2, word("rows"))
	assert.EqualError(t, plain, "2 rows")
	assert.Nil(t, plain.(interface{ Unwrap() []error }).Unwrap())
	assert.Equal(t, "2 kata rows", smartcity.ErrorMessage(plain, smartcity.Indonesian))

	// errors.As sees the error wrapped.
	var pe *csv.ParseError
	require.ErrorAs(t, Errorf(testWords, "row %d: %w", 2, &csv.ParseError{Line: 2, Err: csv.ErrQuote}), &pe)
	assert.Equal(t, 2, pe.Line)
}

// Wrapf says only its message and still unwraps to the sentinel, and to
// what its format wraps.
func TestWrapf(t *testing.T) {
	sentinel := New(testWords, "too many rows")
	err := Wrapf(testWords, sentinel, "%d %s", 2, word("rows"))
	assert.EqualError(t, err, "2 rows")
	assert.ErrorIs(t, err, sentinel)
	assert.Equal(t, "2 kata rows", smartcity.ErrorMessage(err, smartcity.Indonesian))
	inner := Wrapf(testWords, sentinel, "row %d: %w", 4, csv.ErrQuote)
	assert.EqualError(t, inner, "row 4: "+csv.ErrQuote.Error())
	assert.ErrorIs(t, inner, sentinel)
	assert.ErrorIs(t, inner, csv.ErrQuote)
	assert.Equal(t, `baris 4: tanda " tidak pada tempatnya`, smartcity.ErrorMessage(inner, smartcity.Indonesian))
}

func TestTableErrorMessage(t *testing.T) {
	// An error made elsewhere is said from the table when it wraps nothing.
	assert.Equal(t, `tanda " tidak pada tempatnya`, testWords.ErrorMessage(csv.ErrQuote, smartcity.Indonesian))
	assert.Equal(t, csv.ErrQuote.Error(), testWords.ErrorMessage(csv.ErrQuote, smartcity.English))
	assert.Equal(t, "other", testWords.ErrorMessage(errors.New("other"), smartcity.Indonesian))
	assert.Empty(t, testWords.ErrorMessage(nil, smartcity.Indonesian))
	// A text with a verb in it is not looked up as a format.
	assert.Equal(t, "%d %s", testWords.ErrorMessage(errors.New("%d %s"), smartcity.Indonesian))
}

func TestSprintf(t *testing.T) {
	assert.Equal(t, "row 2: too many rows", testWords.Sprintf(smartcity.English, "row %d: %w", 2, errors.New("too many rows")))
	assert.Equal(t, "baris 2: baris terlalu banyak", testWords.Sprintf(smartcity.Indonesian, "row %d: %w", 2, errors.New("too many rows")))
	// A format without Indonesian is said in English, its arguments in
	// Indonesian.
	assert.Equal(t, "at 2: kata x", testWords.Sprintf(smartcity.Indonesian, "at %d: %s", 2, word("x")))
}

func TestEveryTranslationKeepsTheVerbs(t *testing.T) {
	for en, id := range testWords {
		assert.Equal(t, Verbs(en), Verbs(id), "%q → %q", en, id)
	}
}

func TestVerbs(t *testing.T) {
	assert.Equal(t, []string{"%w", "%d", "%s"}, Verbs("%w: %d of 100%% %s"))
	assert.Equal(t, []string{"%-4d", "%[1]q", "%.2f"}, Verbs("%-4d%[1]q x %.2f%%"))
	assert.Empty(t, Verbs("100%% sure"))
	assert.Equal(t, "%v: %d is 100%%w", plainVerbs("%w: %d is 100%%w"))
	assert.Equal(t, "no verbs", plainVerbs("no verbs"))
}

func TestEnglish(t *testing.T) {
	assert.True(t, English(smartcity.English))
	assert.False(t, English(smartcity.Indonesian))
	assert.False(t, English(0))
	assert.False(t, English(99))
}
