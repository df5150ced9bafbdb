package masterplan

import (
	"encoding/json"
	"io"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

// FuzzDecode feeds documents to the strict decoder: it never panics, and a
// document it accepts encodes and decodes back to the same Plan, which can
// be validated and summarised without panicking.
func FuzzDecode(f *testing.F) {
	// A small complete plan rather than the Rembang file: the fuzzer
	// minimises every input that finds new paths, and minimising a large
	// document would take the whole fuzzing time.
	small, err := json.Marshal(generatedPlan(1))
	require.NoError(f, err)
	f.Add(small)
	for _, s := range []string{
		`{}`, `null`, `[]`, `{"programs": [{}]}`, `{"period": {"start_year": 2031, "end_year": 2022}}`,
		`{"programs": [{"element": "GOV.SVC", "start_year": 2023, "end_year": 2022, "budget": [{"year": 1, "amount": -1}]}]}`,
		`{"lifecycle": {"stages": [{"stage": "mou", "date": "2022-04-21", "end_date": "2022-04-20"}]}}`,
		`{"readiness": {"items": [{"sub_item": "struktur.sdm", "current": 9}], "spbe": {"index": "9.99"}}}`,
		`{"programs": [{"budget": [{"year": 2023, "source": "APBD", "amount": 9223372036854775807}, {"year": 2024, "source": "APBD", "amount": 1}]}]}`,
		`{"programs": [{"kpis": [{"baseline": 1e400, "direction": "up", "targets": [{"year": 2023, "value": -0.0}]}]}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Unmarshal(data)
		if err != nil {
			require.ErrorAs(t, err, new(smartcity.Problems))
			return
		}
		out, err := json.Marshal(p)
		require.NoError(t, err)
		back, err := Unmarshal(out)
		require.NoError(t, err)
		assert.Equal(t, p, back)
		ps := p.Validate(ValidateOptions{RequireQuickWinPerPillar: true})
		_, err = p.Summarize()
		if !ps.HasErrors() {
			// A valid plan's totals all fit: what Validate accepts, a
			// summary and a report never fail on.
			require.NoError(t, err)
			require.NoError(t, p.WriteReport(io.Discard, ReportOptions{}))
		}
	})
}

// fuzzEnum checks a parser: no panic, and what it accepts is a declared
// value whose code parses back to it.
func fuzzEnum[T interface {
	~uint8
	isValid() bool
	String() string
}](f *testing.F, parse func(string) (T, error), seeds ...string) {
	for _, s := range append(seeds, "", " ", "x", "\x00", "ü") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := parse(s)
		if err != nil {
			var pe *smartcity.ParseError
			require.ErrorAs(t, err, &pe)
			return
		}
		require.True(t, v.isValid())
		back, err := parse(v.String())
		require.NoError(t, err)
		require.Equal(t, v, back)
	})
}

func FuzzParseRegionKind(f *testing.F) {
	fuzzEnum(f, regionKinds.Parse, "kabupaten", "Kab.", "kota", "PROVINSI")
}
func FuzzParseHorizon(f *testing.F) {
	fuzzEnum(f, horizons.Parse, "short", "jangka menengah", "long term")
}
func FuzzParseStatus(f *testing.F) { fuzzEnum(f, statuses.Parse, "planned", "selesai", "in progress") }
func FuzzParseSource(f *testing.F) {
	fuzzEnum(f, sources.Parse, "APBD", "dana_desa", "Dana  Desa", "lainnya")
}
func FuzzParseDirection(f *testing.F) { fuzzEnum(f, directions.Parse, "up", "turun") }
func FuzzParseStage(f *testing.F) {
	fuzzEnum(f, stages.Parse, "mou", "Bimtek III", "bimtek_4", "evaluasi")
}
func FuzzParseLegalKind(f *testing.F)  { fuzzEnum(f, legalKinds.Parse, "Perbup", "peraturan daerah") }
func FuzzParseBookVolume(f *testing.F) { fuzzEnum(f, bookVolumes.Parse, "analysis", "II", "3") }

func FuzzParseReadinessPillar(f *testing.F) {
	fuzzEnum(f, readinessPillars.Parse, "structure", "Suprastruktur")
}

func FuzzParseReadinessSubItem(f *testing.F) {
	fuzzEnum(f, subItems.Parse, "structure.people", "suprastruktur.tata_laksana", "infrastruktur.tik")
}

// FuzzParseDate: what ParseDate accepts is a valid date that prints back
// as the input.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2022-04-21", "2024-02-29", "2023-02-29", "0001-01-01", "9999-12-31", "2022-4-1", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := smartcity.ParseDate(s)
		if err != nil {
			return
		}
		require.True(t, d.Valid())
		require.Equal(t, s, d.String())
	})
}
