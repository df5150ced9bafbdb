package smartcity

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLangUnmarshalText(t *testing.T) {
	for in, want := range map[string]Lang{
		"id": Indonesian, " ID ": Indonesian, "Bahasa Indonesia": Indonesian,
		"en": English, "English": English, "inggris": English,
	} {
		got, err := parseLang(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := parseLang("jv")
	assert.EqualError(t, err, `smartcity: unknown language "jv" (want id or en)`)
}

func TestLangDefaultsAndText(t *testing.T) {
	var unset Lang
	assert.Equal(t, Indonesian, unset.Or(Indonesian))
	assert.Equal(t, English, English.Or(Indonesian))
	assert.Equal(t, English, Lang(3).Or(English), "an undeclared Lang falls back too")

	type doc struct {
		Lang Lang `json:"lang"`
	}
	out, err := json.Marshal(doc{Lang: English})
	require.NoError(t, err)
	assert.JSONEq(t, `{"lang":"en"}`, string(out))
	var back doc
	require.NoError(t, json.Unmarshal([]byte(`{"lang":""}`), &back))
	assert.Equal(t, Lang(0), back.Lang)
	require.Error(t, json.Unmarshal([]byte(`{"lang":"fr"}`), &back))
}

func FuzzLangText(f *testing.F) {
	for _, s := range []string{"id", "en", "", "English", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var l Lang
		if err := l.UnmarshalText([]byte(s)); err != nil {
			return
		}
		text, err := l.MarshalText()
		require.NoError(t, err)
		var back Lang
		require.NoError(t, back.UnmarshalText(text))
		require.Equal(t, l, back)
	})
}
