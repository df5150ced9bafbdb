package masterplan

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

func TestDecodeErrorMessage(t *testing.T) {
	tests := []struct {
		name, in, en, id string
	}{
		{"unknown field", "{\n  \"region\": {\"name\": \"Rembang\", \"kode\": \"33.17\"}\n}",
			`masterplan: line 2, column 33: field region.kode: unknown field "kode"`,
			`masterplan: baris 2, kolom 33: pada region.kode: kolom "kode" tidak dikenal`},
		{"unknown code", `{"programs": [{"id": "GOV-01", "horizon": "abadi"}]}`,
			`masterplan: line 1, column 43: field programs[0].horizon: unknown horizon "abadi" (want short, medium, long)`,
			`masterplan: baris 1, kolom 43: pada programs[0].horizon: jangka waktu "abadi" tidak dikenal (seharusnya short, medium atau long)`},
		{"unknown element", `{"programs": [{"element": "GOV.SCV"}]}`,
			`masterplan: line 1, column 27: field programs[0].element: unknown element "GOV.SCV" (did you mean GOV.SVC?)`,
			`masterplan: baris 1, kolom 27: pada programs[0].element: elemen "GOV.SCV" tidak dikenal (mungkin yang dimaksud GOV.SVC?)`},
		{"unknown element, nothing near", `{"programs": [{"element": "XYZ.ABC"}]}`,
			`masterplan: line 1, column 27: field programs[0].element: unknown element "XYZ.ABC"`,
			`masterplan: baris 1, kolom 27: pada programs[0].element: elemen "XYZ.ABC" tidak dikenal`},
		{"empty date", `{"lifecycle": {"stages": [{"stage": "mou", "date": " "}]}}`,
			`masterplan: line 1, column 52: field lifecycle.stages[0].date: empty date (want YYYY-MM-DD)`,
			`masterplan: baris 1, kolom 52: pada lifecycle.stages[0].date: tanggal kosong (seharusnya YYYY-MM-DD)`},
		{"a number for a name", `{"region": {"name": 33}}`,
			"masterplan: line 1, column 22: field region.name: cannot use JSON number as string",
			"masterplan: baris 1, kolom 22: pada region.name: nilai JSON berupa angka tidak dapat dibaca sebagai teks"},
		{"broken", `{"region": }`,
			"masterplan: line 1, column 12: invalid character '}' looking for beginning of value",
			"masterplan: baris 1, kolom 12: karakter '}' tidak sah di awal sebuah nilai"},
		{"trailing", `{} []`,
			"masterplan: line 1, column 4: unexpected data after the JSON value",
			"masterplan: baris 1, kolom 4: ada data lain setelah nilai JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Unmarshal([]byte(tt.in))
			var de *DecodeError
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tt.en, err.Error())
			assert.Equal(t, tt.en, de.Message(smartcity.English))
			assert.Equal(t, tt.id, de.Message(smartcity.Indonesian))
			assert.Equal(t, tt.id, de.Message(0), "the zero Lang is Indonesian")
			assert.Equal(t, tt.id, smartcity.ErrorMessage(err, smartcity.Indonesian))
		})
	}
}

func TestDecodeErrorsOfReadingInIndonesian(t *testing.T) {
	_, err := Decode(strings.NewReader(`{"vision": "`+strings.Repeat("x", 2048)+`"}`), DecodeOptions{Limit: 1024})
	require.ErrorIs(t, err, ErrTooLarge)
	assert.Equal(t, "masterplan: input exceeds the size limit of 1024 bytes", smartcity.ErrorMessage(err, smartcity.English))
	assert.Equal(t, "masterplan: masukan melebihi batas ukuran 1 KiB", smartcity.ErrorMessage(err, smartcity.Indonesian))

	_, err = Load("testdata/no-such-plan.json", DecodeOptions{})
	assert.Equal(t, "masterplan: tidak dapat membuka testdata/no-such-plan.json: berkas tidak ditemukan", smartcity.ErrorMessage(err, smartcity.Indonesian))
}

// TestEveryParseErrorHasIndonesian holds every kind of value the package
// parses, and what it accepts where that is not a code, to an Indonesian
// word.
func TestEveryParseErrorHasIndonesian(t *testing.T) {
	parsers := map[string]func(string) error{
		"book":               func(s string) error { _, err := ParseBookVolume(s); return err },
		"source":             func(s string) error { _, err := ParseSource(s); return err },
		"date":               func(s string) error { _, err := ParseDate(s); return err },
		"horizon":            func(s string) error { _, err := ParseHorizon(s); return err },
		"direction":          func(s string) error { _, err := ParseDirection(s); return err },
		"legal kind":         func(s string) error { _, err := ParseLegalKind(s); return err },
		"stage":              func(s string) error { _, err := ParseStage(s); return err },
		"severity":           func(s string) error { _, err := ParseSeverity(s); return err },
		"KPI state":          func(s string) error { _, err := ParseKPIState(s); return err },
		"readiness pillar":   func(s string) error { _, err := ParseReadinessPillar(s); return err },
		"readiness sub-item": func(s string) error { _, err := ParseReadinessSubItem(s); return err },
		"region kind":        func(s string) error { _, err := ParseRegionKind(s); return err },
		"status":             func(s string) error { _, err := ParseStatus(s); return err },
	}
	for name, parse := range parsers {
		err := parse("??")
		var pe *ParseError
		require.ErrorAs(t, err, &pe, name)
		_, known := errorWords[pe.Type]
		assert.True(t, known, "%s: no Indonesian for the kind %q", name, pe.Type)
		for _, w := range pe.Want {
			if strings.Contains(w, " such as ") { // a description, not a code such as "Dana Desa"
				_, known := errorWords[w]
				assert.True(t, known, "%s: no Indonesian for %q", name, w)
			}
		}
		id := pe.Message(smartcity.Indonesian)
		assert.True(t, strings.HasPrefix(id, "masterplan: "), id)
		assert.Contains(t, id, `"??" tidak dikenal`)
		assert.NotContains(t, id, "unknown")
		assert.NotContains(t, id, "want")
		assert.Equal(t, err.Error(), pe.Message(smartcity.English))
	}
	pe := &ParseError{Type: "date", Input: "x", Want: []string{"YYYY-MM-DD"}}
	assert.Equal(t, `masterplan: tanggal "x" tidak dikenal (seharusnya YYYY-MM-DD)`, pe.Message(smartcity.Indonesian))
	pe = &ParseError{Type: "colour", Input: ""}
	assert.Equal(t, "masterplan: colour kosong", pe.Message(smartcity.Indonesian))
	assert.Equal(t, "masterplan: empty colour", pe.Message(smartcity.English))
}

func TestStageOrderErrorMessage(t *testing.T) {
	d := func(s string) Date { v, err := ParseDate(s); require.NoError(t, err); return v }
	back := &StageOrderError{Stage: MoU, Date: d("2022-05-01"), Last: Decrees, LastDate: d("2022-06-01")}
	assert.EqualError(t, back, "masterplan: cannot record stage mou after stage decrees: the lifecycle moves forward only")
	assert.Equal(t, "masterplan: tahap mou tidak dapat dicatat setelah tahap decrees: tahapan hanya bergerak maju", smartcity.ErrorMessage(back, smartcity.Indonesian))
	early := &StageOrderError{Stage: Decrees, Date: d("2022-05-01"), Last: MoU, LastDate: d("2022-06-01")}
	assert.EqualError(t, early, "masterplan: stage decrees dated 2022-05-01 is before stage mou dated 2022-06-01")
	assert.Equal(t, "masterplan: tahap decrees bertanggal 2022-05-01 lebih awal dari tahap mou bertanggal 2022-06-01", smartcity.ErrorMessage(early, smartcity.Indonesian))
	assert.ErrorIs(t, early, ErrStageOrder)
}

func TestSentinelsHaveIndonesian(t *testing.T) {
	for _, err := range []error{ErrUnknown, ErrInvalid, ErrOverflow, ErrTooLarge, ErrStageOrder} {
		assert.NotEqual(t, err.Error(), smartcity.ErrorMessage(err, smartcity.Indonesian), err.Error())
		assert.Equal(t, err.Error(), smartcity.ErrorMessage(err, smartcity.English))
	}
	assert.Equal(t, "rencana induk tidak sah", smartcity.ErrorMessage(ErrInvalid, smartcity.Indonesian))
	assert.True(t, errors.Is(&ParseError{Type: "horizon"}, ErrUnknown))
}

func TestErrorWordsKeepTheVerbs(t *testing.T) {
	for en, id := range errorWords {
		assert.Equal(t, i18n.Verbs(en), i18n.Verbs(id), "%q → %q", en, id)
	}
}
