package jsonio

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/input"
)

// level decodes itself, and refuses what it cannot read with an error
// that says itself.
type level int

type levelError struct{ in string }

func (e *levelError) Error() string { return "unknown level " + e.in }

func (e *levelError) Message(lang smartcity.Lang) string {
	if i18n.English(lang) {
		return e.Error()
	}
	return "level " + e.in + " tidak dikenal"
}

func (l *level) UnmarshalJSON(b []byte) error {
	if string(b) == `"x"` {
		return &levelError{in: string(b)}
	}
	return json.Unmarshal(b, (*int)(l))
}

type answers struct {
	Name       string `json:"name"`
	Indicators []struct {
		Number int     `json:"indicator"`
		Level  level   `json:"level"`
		Score  float64 `json:"score"`
		Tags   []string
	} `json:"indicators"`
}

func TestErrorMessage(t *testing.T) {
	tests := []struct {
		name, in, en, id string
	}{
		{"truncated", `{"name": "x", "indicators": [` + "\n",
			"line 1, column 30: unexpected end of the document",
			"baris 1, kolom 30: dokumen berakhir sebelum waktunya"},
		{"empty", "  ",
			"empty document",
			"dokumen kosong"},
		{"trailing", `{"name": "x"} {}`,
			"line 1, column 15: unexpected data after the JSON value",
			"baris 1, kolom 15: ada data lain setelah nilai JSON"},
		{"unknown field", "{\"indicators\": [{}, {},\n {\"indicator\": 3, \"lvel\": 2}]}",
			`line 2, column 19: field indicators[2].lvel: unknown field "lvel"`,
			`baris 2, kolom 19: pada indicators[2].lvel: kolom "lvel" tidak dikenal`},
		{"a string for a number", `{"indicators": [{"indicator": "3"}]}`,
			"line 1, column 33: field indicators[0].indicator: cannot use JSON string as int",
			"baris 1, kolom 33: pada indicators[0].indicator: nilai JSON berupa teks tidak dapat dibaca sebagai bilangan bulat"},
		{"a fraction for a whole number", `{"indicators": [{"indicator": 3.5}]}`,
			"line 1, column 33: field indicators[0].indicator: cannot use JSON number 3.5 as int",
			"baris 1, kolom 33: pada indicators[0].indicator: nilai JSON berupa angka 3.5 tidak dapat dibaca sebagai bilangan bulat"},
		{"an object for a list", `{"indicators": {}}`,
			"line 1, column 16: field indicators: cannot use JSON object as []struct { Number int \"json:\\\"indicator\\\"\"; Level jsonio.level \"json:\\\"level\\\"\"; Score float64 \"json:\\\"score\\\"\"; Tags []string }",
			"baris 1, kolom 16: pada indicators: nilai JSON berupa objek tidak dapat dibaca sebagai daftar"},
		{"a list for a text", `{"name": []}`,
			"line 1, column 10: field name: cannot use JSON array as string",
			"baris 1, kolom 10: pada name: nilai JSON berupa daftar tidak dapat dibaca sebagai teks"},
		{"a bool for a number", `{"indicators": [{"score": true}]}`,
			"line 1, column 30: field indicators[0].score: cannot use JSON bool as float64",
			"baris 1, kolom 30: pada indicators[0].score: nilai JSON berupa nilai benar/salah tidak dapat dibaca sebagai angka"},
		{"a type's own error", `{"indicators": [{"level": "x"}]}`,
			`line 1, column 27: field indicators[0].level: unknown level "x"`,
			`baris 1, kolom 27: pada indicators[0].level: level "x" tidak dikenal`},
		{"a character where a value starts", `{"name": x}`,
			"line 1, column 10: field name: invalid character 'x' looking for beginning of value",
			"baris 1, kolom 10: pada name: karakter 'x' tidak sah di awal sebuah nilai"},
		{"no colon", `{"name" "x"}`,
			`line 1, column 9: field name: invalid character '"' after object key`,
			`baris 1, kolom 9: pada name: karakter '"' tidak sah setelah nama kolom; seharusnya ':'`},
		{"no comma", `{"name": "x" "y": 1}`,
			`line 1, column 14: invalid character '"' after object key:value pair`,
			`baris 1, kolom 14: karakter '"' tidak sah setelah pasangan kolom dan nilai; seharusnya ',' atau '}'`},
		{"a quote in single quotes", `{'name': 1}`,
			`line 1, column 2: invalid character '\'' looking for beginning of object key string`,
			`baris 1, kolom 2: karakter '\'' tidak sah; seharusnya nama kolom dalam tanda kutip`},
		{"a control character in a string", "{\"name\": \"a\tb\"}",
			`line 1, column 12: field name: invalid character '\t' in string literal`,
			`baris 1, kolom 12: pada name: karakter '\t' tidak sah di dalam teks`},
		{"a broken number", `{"indicators": [{"score": 1.x}]}`,
			"line 1, column 29: field indicators[0].score: invalid character 'x' after decimal point in numeric literal",
			"baris 1, kolom 29: pada indicators[0].score: karakter 'x' tidak sah setelah titik desimal angka"},
		{"a broken literal", `{"name": nul}`,
			"line 1, column 13: field name: invalid character '}' in literal null (expecting 'l')",
			"baris 1, kolom 13: pada name: karakter '}' tidak sah di dalam null (seharusnya 'l')"},
		{"NaN, which is not JSON", "{\n  \"indicators\": [{\"score\": NaN}]}",
			"line 2, column 28: field indicators[0].score: invalid character 'N' looking for beginning of value",
			"baris 2, kolom 28: pada indicators[0].score: karakter 'N' tidak sah di awal sebuah nilai"},
		{"Infinity, which is not JSON", `{"indicators": [{"score": -Infinity}]}`,
			"line 1, column 28: field indicators[0].score: invalid character 'I' in numeric literal",
			"baris 1, kolom 28: pada indicators[0].score: karakter 'I' tidak sah di dalam angka"},
		{"text not UTF-8", "{\"name\": \"Kab. \xc1ceh\"}",
			"line 1, column 16: field name: text is not UTF-8 (byte 0xC1); save the file as UTF-8",
			"baris 1, kolom 16: pada name: teks bukan UTF-8 (bita 0xC1); simpan berkas sebagai UTF-8"},
		{"too deep", `{"indicators": [{"Tags": ` + strings.Repeat("[", 10001),
			"line 1, column 10023: invalid character '[' exceeded max depth",
			"baris 1, kolom 10023: dokumen bersarang terlalu dalam (pada karakter '[')"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a answers
			err := Unmarshal([]byte(tt.in), &a)
			var je *Error
			require.ErrorAs(t, err, &je)
			assert.Equal(t, tt.en, err.Error())
			assert.Equal(t, tt.en, je.Message(smartcity.English))
			assert.Equal(t, tt.id, je.Message(smartcity.Indonesian))
			assert.Equal(t, tt.id, je.Message(0), "the zero Lang is Indonesian")
			assert.Equal(t, tt.id, smartcity.ErrorMessage(err, smartcity.Indonesian))
		})
	}
}

func TestErrorMessageKeepsWhatItDoesNotKnow(t *testing.T) {
	e := &Error{Line: 2, Column: 3, Err: errors.New("something else")}
	assert.Equal(t, "baris 2, kolom 3: something else", e.Message(smartcity.Indonesian))
	e = &Error{Err: &json.SyntaxError{}}
	assert.Empty(t, e.Message(smartcity.Indonesian))
	assert.Equal(t, "x", syntaxMessage("x", smartcity.Indonesian))
	assert.Equal(t, "invalid character", syntaxMessage("invalid character", smartcity.Indonesian))
	assert.Equal(t, "invalid character 'x' somewhere new", syntaxMessage("invalid character 'x' somewhere new", smartcity.Indonesian))
	assert.Equal(t, "dokumen berakhir sebelum waktunya", syntaxMessage("unexpected end of JSON input", smartcity.Indonesian))
	assert.Equal(t, "unexpected end of JSON input", syntaxMessage("unexpected end of JSON input", smartcity.English))
	assert.Empty(t, goType{}.Message(smartcity.Indonesian))
}

func TestWhere(t *testing.T) {
	assert.Equal(t, "line 2, column 9: field items[0].year: ", Where(2, 9, "items[0].year", smartcity.English))
	assert.Equal(t, "baris 2, kolom 9: pada items[0].year: ", Where(2, 9, "items[0].year", smartcity.Indonesian))
	assert.Equal(t, "pada year: ", Where(0, 0, "year", smartcity.Indonesian))
	assert.Empty(t, Where(0, 0, "", smartcity.Indonesian))
}

func TestSizeLimitMessage(t *testing.T) {
	var a answers
	err := Decode(strings.NewReader(`{"name": "`+strings.Repeat("x", 2000)+`"}`), &a, 1024)
	require.ErrorIs(t, err, input.ErrTooLarge)
	assert.Equal(t, "input exceeds the size limit of 1024 bytes", smartcity.ErrorMessage(err, smartcity.English))
	assert.Equal(t, "masukan melebihi batas ukuran 1 KiB", smartcity.ErrorMessage(err, smartcity.Indonesian))
}

func TestEveryMessageHasIndonesianWithTheSameVerbs(t *testing.T) {
	for en, id := range words {
		assert.Equal(t, i18n.Verbs(en), i18n.Verbs(id), "%q → %q", en, id)
		if en != "null" {
			assert.NotEqual(t, en, id, "%q is not translated", en)
		}
	}
}
