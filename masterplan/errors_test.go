package masterplan

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

func TestDecodeErrorMessage(t *testing.T) {
	tests := []struct {
		name, in, rule, en, id string
	}{
		{"unknown field", "{\n  \"region\": {\"name\": \"Rembang\", \"kode\": \"33.17\"}\n}", "unknown_field",
			`masterplan: line 2, column 33 (region.kode): unknown field "kode"`,
			`masterplan: baris 2, kolom 33 (region.kode): kolom "kode" tidak dikenal`},
		{"unknown code", `{"programs": [{"id": "GOV-01", "horizon": "abadi"}]}`, "enum",
			`masterplan: line 1, column 43 (programs[0].horizon): unknown horizon "abadi" (want short, medium or long)`,
			`masterplan: baris 1, kolom 43 (programs[0].horizon): jangka waktu "abadi" tidak dikenal (seharusnya short, medium atau long)`},
		{"a code misspelt", `{"programs": [{"id": "GOV-01", "horizon": "medum"}]}`, "enum",
			`masterplan: line 1, column 43 (programs[0].horizon): unknown horizon "medum" (did you mean medium?)`,
			`masterplan: baris 1, kolom 43 (programs[0].horizon): jangka waktu "medum" tidak dikenal (mungkin yang dimaksud medium?)`},
		{"unknown element", `{"programs": [{"element": "GOV.SCV"}]}`, "enum",
			`masterplan: line 1, column 27 (programs[0].element): unknown element "GOV.SCV" (did you mean GOV.SVC?)`,
			`masterplan: baris 1, kolom 27 (programs[0].element): elemen "GOV.SCV" tidak dikenal (mungkin yang dimaksud GOV.SVC?)`},
		{"unknown element, nothing near", `{"programs": [{"element": "XYZ.ABC"}]}`, "enum",
			`masterplan: line 1, column 27 (programs[0].element): unknown element "XYZ.ABC"`,
			`masterplan: baris 1, kolom 27 (programs[0].element): elemen "XYZ.ABC" tidak dikenal`},
		{"empty date", `{"lifecycle": {"stages": [{"stage": "mou", "date": " "}]}}`, "date",
			`masterplan: line 1, column 52 (lifecycle.stages[0].date): empty date (want YYYY-MM-DD)`,
			`masterplan: baris 1, kolom 52 (lifecycle.stages[0].date): tanggal kosong (seharusnya YYYY-MM-DD)`},
		{"a number for a name", `{"region": {"name": 33}}`, "type",
			"masterplan: line 1, column 22 (region.name): cannot use JSON number as string",
			"masterplan: baris 1, kolom 22 (region.name): nilai JSON berupa angka tidak dapat dibaca sebagai teks"},
		{"broken", `{"region": }`, "syntax",
			"masterplan: line 1, column 12 (region): invalid character '}' looking for beginning of value",
			"masterplan: baris 1, kolom 12 (region): karakter '}' tidak sah di awal sebuah nilai"},
		{"trailing", `{} []`, "syntax",
			"masterplan: line 1, column 4: unexpected data after the JSON value",
			"masterplan: baris 1, kolom 4: ada data lain setelah nilai JSON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Unmarshal([]byte(tt.in))
			var ps smartcity.Problems
			require.ErrorAs(t, err, &ps)
			require.Len(t, ps, 1)
			assert.Equal(t, tt.rule, ps[0].Rule)
			assert.Equal(t, smartcity.Error, ps[0].Severity)
			assert.Equal(t, tt.en, err.Error())
			assert.Equal(t, tt.id, smartcity.ErrorMessage(err, smartcity.Indonesian))
			assert.Equal(t, tt.id, smartcity.ErrorMessage(err, 0), "the zero Lang is Indonesian")
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
		"book":               func(s string) error { _, err := bookVolumes.Parse(s); return err },
		"source":             func(s string) error { _, err := sources.Parse(s); return err },
		"date":               func(s string) error { _, err := smartcity.ParseDate(s); return err },
		"horizon":            func(s string) error { _, err := horizons.Parse(s); return err },
		"direction":          func(s string) error { _, err := directions.Parse(s); return err },
		"legal kind":         func(s string) error { _, err := legalKinds.Parse(s); return err },
		"stage":              func(s string) error { _, err := stages.Parse(s); return err },
		"KPI state":          func(s string) error { _, err := kpiStates.Parse(s); return err },
		"readiness pillar":   func(s string) error { _, err := readinessPillars.Parse(s); return err },
		"readiness sub-item": func(s string) error { _, err := subItems.Parse(s); return err },
		"region kind":        func(s string) error { _, err := regionKinds.Parse(s); return err },
		"status":             func(s string) error { _, err := statuses.Parse(s); return err },
	}
	for name, parse := range parsers {
		err := parse("??")
		var pe *smartcity.ParseError
		require.ErrorAs(t, err, &pe, name)
		assert.NotEmpty(t, pe.KindID, "%s: no Indonesian for the kind %q", name, pe.Kind)
		for _, w := range pe.Want {
			if strings.Contains(w, " such as ") { // a description, not a code such as "Dana Desa"
				assert.Len(t, pe.WantID, len(pe.Want), "%s: no Indonesian for %q", name, w)
			}
		}
		id := pe.Message(smartcity.Indonesian)
		assert.Contains(t, id, `"??" tidak dikenal`)
		assert.NotContains(t, id, "unknown")
		assert.NotContains(t, id, "want")
		assert.Equal(t, err.Error(), pe.Message(smartcity.English))
	}
	_, err := smartcity.ParseDate("x")
	assert.Equal(t, `tanggal "x" tidak dikenal (seharusnya YYYY-MM-DD)`, smartcity.ErrorMessage(err, smartcity.Indonesian))
}

func TestStageOrderErrorMessage(t *testing.T) {
	d := func(s string) Date { v, err := smartcity.ParseDate(s); require.NoError(t, err); return v }
	l := Lifecycle{Stages: []Milestone{{Stage: Decrees, Date: d("2022-06-01")}}}
	back := l.Advance(Milestone{Stage: MoU, Date: d("2022-07-01")})
	assert.EqualError(t, back, "masterplan: stages[1].stage: stage MoU signing is recorded after stage decrees forming the council and the team; the lifecycle moves forward only")
	assert.Equal(t, "masterplan: stages[1].stage: tahap penandatanganan MoU dicatat setelah tahap SK Dewan Smart City dan Tim Pelaksana; tahapan hanya bergerak maju", smartcity.ErrorMessage(back, smartcity.Indonesian))
	assert.ErrorIs(t, back, ErrStageOrder)
	early := l.Advance(Milestone{Stage: BimtekI, Date: d("2022-05-01")})
	assert.ErrorIs(t, early, ErrStageOrder)
	var ps smartcity.Problems
	require.ErrorAs(t, early, &ps)
	assert.Equal(t, "stage_date", ps[0].Rule)
	assert.Equal(t, "stages[1].date", ps[0].Path)
	bad := l.Advance(Milestone{Stage: BimtekI})
	assert.NotErrorIs(t, bad, ErrStageOrder)
	require.ErrorAs(t, bad, &ps)
	assert.Equal(t, "date", ps[0].Rule)
	assert.Len(t, l.Stages, 1, "unchanged on error")
}

func TestSentinelsHaveIndonesian(t *testing.T) {
	for _, err := range []error{ErrOverflow, ErrTooLarge, ErrStageOrder} {
		assert.NotEqual(t, err.Error(), smartcity.ErrorMessage(err, smartcity.Indonesian), err.Error())
		assert.Equal(t, err.Error(), smartcity.ErrorMessage(err, smartcity.English))
	}
}

func TestErrorWordsKeepTheVerbs(t *testing.T) {
	for en, id := range errorWords {
		assert.Equal(t, i18n.Verbs(en), i18n.Verbs(id), "%q → %q", en, id)
	}
}
