package jsonio

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// words are the package's messages in Indonesian, keyed by their English
// format, and those of encoding/json's syntax errors, keyed by the format
// "invalid character %s" and the context encoding/json adds.
var words = i18n.Table{
	"empty document":                                      "dokumen kosong",
	"unexpected end of the document":                      "dokumen berakhir sebelum waktunya",
	"unexpected data after the JSON value":                "ada data lain setelah nilai JSON",
	"cannot use JSON %s as %s":                            "nilai JSON berupa %s tidak dapat dibaca sebagai %s",
	"unknown field %s":                                    "kolom %s tidak dikenal",
	"duplicate key %s":                                    "kolom %s ditulis lebih dari sekali dalam satu objek",
	"key %s is written %s":                                "kolom %s harus ditulis %s, dengan huruf besar dan kecil yang sama",
	"key %s names the same key as %s":                     "kolom %s sama dengan kolom %s yang sudah ditulis dalam objek ini",
	"text is not UTF-8 (byte %s); save the file as UTF-8": "teks bukan UTF-8 (bita %s); simpan berkas sebagai UTF-8",

	// encoding/json's syntax errors.
	"unexpected end of JSON input":                                    "dokumen berakhir sebelum waktunya",
	"invalid character %s":                                            "karakter %s tidak sah",
	"invalid character %s looking for beginning of value":             "karakter %s tidak sah di awal sebuah nilai",
	"invalid character %s looking for beginning of object key string": "karakter %s tidak sah; seharusnya nama kolom dalam tanda kutip",
	"invalid character %s after object key":                           "karakter %s tidak sah setelah nama kolom; seharusnya ':'",
	"invalid character %s after object key:value pair":                "karakter %s tidak sah setelah pasangan kolom dan nilai; seharusnya ',' atau '}'",
	"invalid character %s after array element":                        "karakter %s tidak sah setelah anggota daftar; seharusnya ',' atau ']'",
	"invalid character %s after top-level value":                      "karakter %s tidak sah setelah nilai JSON",
	"invalid character %s in string literal":                          "karakter %s tidak sah di dalam teks",
	"invalid character %s in string escape code":                      "karakter %s tidak sah di dalam kode escape teks",
	"invalid character %s in \\u hexadecimal character escape":        "karakter %s tidak sah di dalam escape heksadesimal \\u",
	"invalid character %s in numeric literal":                         "karakter %s tidak sah di dalam angka",
	"invalid character %s after decimal point in numeric literal":     "karakter %s tidak sah setelah titik desimal angka",
	"invalid character %s in exponent of numeric literal":             "karakter %s tidak sah di dalam eksponen angka",
	"invalid character %s in literal true (expecting 'r')":            "karakter %s tidak sah di dalam true (seharusnya 'r')",
	"invalid character %s in literal true (expecting 'u')":            "karakter %s tidak sah di dalam true (seharusnya 'u')",
	"invalid character %s in literal true (expecting 'e')":            "karakter %s tidak sah di dalam true (seharusnya 'e')",
	"invalid character %s in literal false (expecting 'a')":           "karakter %s tidak sah di dalam false (seharusnya 'a')",
	"invalid character %s in literal false (expecting 'l')":           "karakter %s tidak sah di dalam false (seharusnya 'l')",
	"invalid character %s in literal false (expecting 's')":           "karakter %s tidak sah di dalam false (seharusnya 's')",
	"invalid character %s in literal false (expecting 'e')":           "karakter %s tidak sah di dalam false (seharusnya 'e')",
	"invalid character %s in literal null (expecting 'u')":            "karakter %s tidak sah di dalam null (seharusnya 'u')",
	"invalid character %s in literal null (expecting 'l')":            "karakter %s tidak sah di dalam null (seharusnya 'l')",
	"invalid character %s exceeded max depth":                         "dokumen bersarang terlalu dalam (pada karakter %s)",

	// The kinds of JSON value and of Go value in "cannot use JSON %s as %s".
	"string": "teks",
	"number": "angka",
	"bool":   "nilai benar/salah",
	"array":  "daftar",
	"object": "objek",
	"null":   "null",
}

// ErrorMessage says the cause of an Error in lang, as Error.Message does
// after the place: encoding/json's syntax errors and this package's own
// rules in Indonesian, any other error as smartcity.ErrorMessage says it.
func ErrorMessage(err error, lang smartcity.Lang) string {
	var syn *json.SyntaxError
	if errors.As(err, &syn) && err == error(syn) {
		return syntaxMessage(syn.Error(), lang)
	}
	return words.ErrorMessage(err, lang)
}

// syntaxMessage says an encoding/json syntax error in lang: "invalid
// character 'x' looking for beginning of value" is the format "invalid
// character %s looking for beginning of value" with the character
// "'x'". A text of another form keeps its English.
func syntaxMessage(msg string, lang smartcity.Lang) string {
	rest, ok := strings.CutPrefix(msg, "invalid character ")
	if !ok {
		if id, known := words[msg]; known && !i18n.English(lang) {
			return id
		}
		return msg
	}
	// The character is quoted in single quotes, with Go escapes: 'x',
	// '\\n', '\\'' or '"'.
	n := 0
	switch {
	case strings.HasPrefix(rest, `'\''`):
		n = 4
	case strings.HasPrefix(rest, "'"):
		if i := strings.IndexByte(rest[1:], '\''); i >= 0 {
			n = i + 2
		}
	}
	if n == 0 {
		return msg
	}
	char, context := rest[:n], rest[n:]
	format := "invalid character %s" + strings.TrimRight(context, " ")
	if _, ok := words[format]; !ok || strings.Contains(context, "%") {
		return msg
	}
	return words.Sprintf(lang, format, char)
}

// jsonValue is the kind of a JSON value in a message: "string", "number"
// or "number 3.5", "bool", "array", "object"; in Indonesian "teks",
// "angka 3.5", "daftar" and so on.
type jsonValue string

// Message returns the kind in lang.
func (v jsonValue) Message(lang smartcity.Lang) string {
	kind, rest, _ := strings.Cut(string(v), " ")
	if id, ok := words[kind]; ok && !i18n.English(lang) {
		if rest != "" {
			return id + " " + rest
		}
		return id
	}
	return string(v)
}

// goType is the Go type a JSON value was to be read into, in a message:
// its name in English ("int", "smartcity.Date"), and in Indonesian what a
// person would write for it: "bilangan bulat", "teks", "daftar"…
type goType struct{ reflect.Type }

// String returns the type in English: its Go name, "number" for a
// json.Number.
func (t goType) String() string {
	switch t.Type {
	case nil:
		return ""
	case numberType:
		return "number"
	}
	return t.Type.String()
}

// Message returns the type in lang.
func (t goType) Message(lang smartcity.Lang) string {
	if t.Type == nil {
		return ""
	}
	if t.Type == numberType { // a number kept as written
		return jsonValue("number").Message(lang)
	}
	if i18n.English(lang) {
		return t.String()
	}
	if reflect.PointerTo(t.Type).Implements(textUnmarshaler) {
		return "teks"
	}
	if reflect.PointerTo(t.Type).Implements(jsonUnmarshaler) {
		return t.Type.String()
	}
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "bilangan bulat"
	case reflect.Float32, reflect.Float64:
		return "angka"
	case reflect.String:
		return "teks"
	case reflect.Bool:
		return "nilai benar/salah"
	case reflect.Slice, reflect.Array:
		return "daftar"
	case reflect.Struct, reflect.Map:
		return "objek"
	}
	return t.Type.String()
}
