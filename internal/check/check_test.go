package check

import (
	"testing"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/stretchr/testify/assert"
)

// label is a label in either language, as the packages write theirs.
type label struct{ id, en string }

func (l label) String() string { return l.en }

func (l label) Message(lang smartcity.Lang) string {
	if lang == smartcity.English {
		return l.en
	}
	return l.id
}

func TestMessages(t *testing.T) {
	year := label{"tahun evaluasi", "evaluation year"}
	for _, c := range []struct {
		err    error
		id, en string
	}{
		{Required(year), "tahun evaluasi wajib diisi", "evaluation year is required"},
		{Unknown(label{"jenis daerah", "region kind"}, "9"), "jenis daerah bernilai 9 yang tidak dikenal", "region kind has the unknown value 9"},
		{Year(12), "tahun 12 tidak sah; tulis tahun dengan empat angka", "year 12 is not valid; write a four-digit year"},
		{Number(label{"nilai target", "target value"}, `"x"`), `nilai target "x" bukan bilangan desimal yang sah`, `target value "x" is not a valid decimal number`},
	} {
		assert.Equal(t, c.en, c.err.Error())
		assert.Equal(t, c.en, smartcity.ErrorMessage(c.err, smartcity.English))
		assert.Equal(t, c.id, smartcity.ErrorMessage(c.err, smartcity.Indonesian))
		assert.Equal(t, c.id, smartcity.ErrorMessage(c.err, 0), "the zero Lang is Indonesian")
	}
}

func TestValidYear(t *testing.T) {
	for y, want := range map[int]bool{999: false, 1000: true, 2025: true, 9999: true, 10000: false, 0: false, -2025: false} {
		assert.Equal(t, want, ValidYear(y), "%d", y)
	}
}

func TestWordsHaveTheVerbsOfTheirEnglish(t *testing.T) {
	for en, id := range words {
		assert.Equal(t, i18n.Verbs(en), i18n.Verbs(id), "%q", en)
	}
}
