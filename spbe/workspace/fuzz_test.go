package workspace

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/spbe"
)

// Whatever the bytes, reading never panics; a workspace that reads and
// validates evaluates, plans its way, and writes JSON that reads back to
// the same JSON.
func FuzzUnmarshal(f *testing.F) {
	seed, err := json.Marshal(valid())
	require.NoError(f, err)
	f.Add(seed)
	f.Add([]byte(`{"instansi":"x","tahun":2026,"items":[{"id":"a","indicator":1,"level":1,"title":"t","unit":"u","main":true,"status":"diterima","document":{"title":"d","url":"https://x.go.id/a"}}]}`))
	f.Add([]byte(`{"items":[{"history":[{"at":"2026-01-01T00:00:00Z"}]}]}`))
	fw := pemdi(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := Unmarshal(data)
		if err != nil {
			return
		}
		if len(w.Validate(fw)) > 0 {
			return
		}
		s, err := w.Evaluate(fw, Options{})
		require.NoError(t, err)
		if _, err := s.Way(spbe.Target{Predicate: spbe.Memuaskan}, WayOptions{}); err != nil {
			t.Fatal(err)
		}
		out, err := json.Marshal(w)
		require.NoError(t, err)
		back, err := Unmarshal(out)
		require.NoError(t, err)
		again, err := json.Marshal(back)
		require.NoError(t, err)
		require.Equal(t, string(out), string(again))
	})
}
