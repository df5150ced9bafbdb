package masterplan_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/masterplan/evaluation"
	"github.com/kotacerdas/smartcity/masterplan/evaluation/evaltest"
	"github.com/kotacerdas/smartcity/masterplan/plantest"
)

// decoder is one of the JSON readers of the package and of package
// evaluation.
type decoder struct {
	name   string
	decode func(r io.Reader, opts masterplan.DecodeOptions) error
	doc    func(t *testing.T) []byte
}

func marshal(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err)
	return data
}

// decoders are the four readers, the evaluation's beside the plan's and
// the realisation's, each with a document it accepts.
func decoders() []decoder {
	return []decoder{
		{"Decode", func(r io.Reader, o masterplan.DecodeOptions) error {
			_, err := masterplan.Decode(r, o)
			return err
		}, func(t *testing.T) []byte { return marshal(t, plantest.Rembang()) }},
		{"evaluation.Decode", func(r io.Reader, o masterplan.DecodeOptions) error {
			_, err := evaluation.Decode(r, evaluation.DecodeOptions(o))
			return err
		}, func(t *testing.T) []byte { return marshal(t, evaltest.Rembang2024()) }},
		{"evaluation.DecodeCohort", func(r io.Reader, o masterplan.DecodeOptions) error {
			_, err := evaluation.DecodeCohort(r, evaluation.DecodeOptions(o))
			return err
		}, func(t *testing.T) []byte { return marshal(t, evaluation.Cohort{*evaltest.Rembang2024()}) }},
		{"DecodeProgress", func(r io.Reader, o masterplan.DecodeOptions) error {
			_, err := masterplan.DecodeProgress(r, o)
			return err
		}, func(t *testing.T) []byte { return marshal(t, plantest.RembangProgress2024()) }},
	}
}

// TestDecodersRefuseInputOverTheLimit: each reader takes a document of
// exactly its limit and refuses one byte more with ErrTooLarge naming the
// limit; so do Load and LoadProgress for files.
func TestDecodersRefuseInputOverTheLimit(t *testing.T) {
	for _, d := range decoders() {
		t.Run(d.name, func(t *testing.T) {
			data := d.doc(t)
			size := int64(len(data))
			require.NoError(t, d.decode(bytes.NewReader(data), masterplan.DecodeOptions{Limit: size}))
			err := d.decode(bytes.NewReader(data), masterplan.DecodeOptions{Limit: size - 1})
			require.ErrorIs(t, err, masterplan.ErrTooLarge)
			assert.Regexp(t, fmt.Sprintf("^(masterplan|evaluation): input exceeds the size limit of %d bytes$", size-1), err.Error())
		})
	}

	dir := t.TempDir()
	plan, progress := filepath.Join(dir, "masterplan.json"), filepath.Join(dir, "progress.json")
	require.NoError(t, os.WriteFile(plan, marshal(t, plantest.Rembang()), 0o600))
	require.NoError(t, os.WriteFile(progress, marshal(t, plantest.RembangProgress2024()), 0o600))
	_, err := masterplan.Load(plan, masterplan.DecodeOptions{Limit: 100})
	require.ErrorIs(t, err, masterplan.ErrTooLarge)
	_, err = masterplan.LoadProgress(progress, masterplan.DecodeOptions{Limit: 100})
	require.ErrorIs(t, err, masterplan.ErrTooLarge)
	_, err = masterplan.Load(plan, masterplan.DecodeOptions{})
	require.NoError(t, err)
}

// endless reads head, then body again and again, for ever.
type endless struct {
	head, body []byte
	off        int
}

func (r *endless) Read(p []byte) (int, error) {
	if len(r.head) > 0 {
		n := copy(p, r.head)
		r.head = r.head[n:]
		return n, nil
	}
	n := 0
	for n < len(p) {
		c := copy(p[n:], r.body[r.off:])
		n += c
		r.off = (r.off + c) % len(r.body)
	}
	return n, nil
}

// TestLargeArraysAreBounded: a plan whose programmes, a cohort whose
// evaluations or a realisation whose years go on for ever is refused at
// the limit, in memory proportional to the limit.
func TestLargeArraysAreBounded(t *testing.T) {
	program := marshal(t, plantest.NewProgram("GOV-01", 1, 2024, 2026))
	eval := marshal(t, evaltest.Rembang2024())
	year := marshal(t, plantest.RembangProgress2024().Years[0])
	const limit = 1 << 20
	for _, tc := range []struct {
		decoder    string
		head, body string
	}{
		{"Decode", `{"region": {"name": "Kabupaten Contoh"}, "programs": [`, string(program) + ","},
		{"evaluation.DecodeCohort", `[`, string(eval) + ","},
		{"DecodeProgress", `{"region": "Kabupaten Contoh", "years": [`, string(year) + ","},
		{"evaluation.Decode", `{"notes": [`, `"catatan", `},
	} {
		t.Run(tc.decoder, func(t *testing.T) {
			var d decoder
			for _, x := range decoders() {
				if x.name == tc.decoder {
					d = x
				}
			}
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			err := d.decode(&endless{head: []byte(tc.head), body: []byte(tc.body)}, masterplan.DecodeOptions{Limit: limit})
			runtime.ReadMemStats(&after)
			require.ErrorIs(t, err, masterplan.ErrTooLarge)
			assert.Contains(t, err.Error(), "size limit of 1048576 bytes")
			assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(8*limit))
		})
	}
}

// TestDeeplyNestedJSON: 100,000 nested arrays or objects where a field or
// the document is expected are a *DecodeError, not a crash.
func TestDeeplyNestedJSON(t *testing.T) {
	arrays := strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000)
	objects := strings.Repeat(`{"a":`, 100_000) + "1" + strings.Repeat("}", 100_000)
	for name, doc := range map[string]string{
		"document":      arrays,
		"field":         `{"region": {"name": "A"}, "programs": [{"kpis": ` + arrays + `}]}`,
		"unknown field": `{"vision": "v", "x": ` + objects + `}`,
		"scores":        `{"region": "A", "scores": {"baseline": ` + arrays + `}}`,
		"unclosed":      `{"years": ` + strings.Repeat(`[{"programs":`, 50_000),
	} {
		t.Run(name, func(t *testing.T) {
			for _, d := range decoders() {
				err := d.decode(strings.NewReader(doc), masterplan.DecodeOptions{})
				require.ErrorAs(t, err, new(smartcity.Problems), d.name)
			}
		})
	}
}

// TestHugeLimit: a limit as large as int64 allows, which a caller may set
// for "no limit", reads the document (it used to panic).
func TestHugeLimit(t *testing.T) {
	for _, d := range decoders() {
		require.NoError(t, d.decode(bytes.NewReader(d.doc(t)), masterplan.DecodeOptions{Limit: math.MaxInt64}), d.name)
	}
}
