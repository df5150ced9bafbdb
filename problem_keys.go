package smartcity

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
)

// The JSON of a Problem is read back as strictly as every document of the
// library (the internal/jsonio rules, which this package, beneath them,
// cannot call): a key the form does not have, a key in another case than
// its own, or a key written twice is an error, never the last of two.

// keyError is a key of a JSON object that breaks the rules of reading:
// its rule, the key as written and, for a key in another case, the key it
// should be.
type keyError struct {
	rule string // "unknown_field", "duplicate_key" or "key_case"
	key  string
	want string
}

// Error implements error, in English.
func (e *keyError) Error() string {
	switch e.rule {
	case "duplicate_key":
		return "duplicate key " + strconv.Quote(e.key)
	case "key_case":
		return "key " + strconv.Quote(e.key) + " is written " + strconv.Quote(e.want)
	}
	return "unknown field " + strconv.Quote(e.key)
}

// Message says the error in lang.
func (e *keyError) Message(lang Lang) string {
	if lang.Or(Indonesian) == English {
		return e.Error()
	}
	switch e.rule {
	case "duplicate_key":
		return "kolom " + strconv.Quote(e.key) + " ditulis lebih dari sekali dalam satu objek"
	case "key_case":
		return "kolom " + strconv.Quote(e.key) + " harus ditulis " + strconv.Quote(e.want) + ", dengan huruf besar dan kecil yang sama"
	}
	return "kolom " + strconv.Quote(e.key) + " tidak dikenal"
}

// Rule is the rule the key breaks, for a reader that reports it as a
// Problem.
func (e *keyError) Rule() string { return e.rule }

// strictKeys checks the keys of data, a JSON object, against the fields
// of the struct type t as encoding/json names them from their tags: each
// key must name a field in its own case, and once. Data of another shape
// is left for encoding/json to refuse.
func strictKeys(data []byte, t reflect.Type) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil
	}
	seen := make(map[string]bool, t.NumField())
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil
		}
		key, _ := tok.(string)
		want := ""
		for i := range t.NumField() {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
			if strings.EqualFold(name, key) {
				want = name
				break
			}
		}
		switch {
		case want == "":
			return &keyError{rule: "unknown_field", key: key}
		case want != key:
			return &keyError{rule: "key_case", key: key, want: want}
		case seen[key]:
			return &keyError{rule: "duplicate_key", key: key}
		}
		seen[key] = true
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return nil
		}
	}
	return nil
}
