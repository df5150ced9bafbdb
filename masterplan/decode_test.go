package masterplan

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/pillar"
)

// rembangFixture is the path of one of the illustrative Rembang documents
// that package plantest embeds, which this package's tests read as files.
func rembangFixture(name string) string { return filepath.Join("plantest", "fixtures", name) }

// rembangPath is the illustrative plan of Kabupaten Rembang.
var rembangPath = rembangFixture("rembang-masterplan.json")

func loadRembang(t testing.TB) *Plan {
	t.Helper()
	p, err := Load(rembangPath, DecodeOptions{})
	require.NoError(t, err)
	return p
}

func TestRembangPlanFacts(t *testing.T) {
	p := loadRembang(t)
	assert.Equal(t, Region{Name: "Rembang", Kind: Kabupaten, KemendagriCode: "33.17", Province: "Jawa Tengah"}, p.Region)
	assert.Equal(t, Period{StartYear: 2022, EndYear: 2031}, p.Period)
	assert.Equal(t, Official{Name: "Mochamad Hanies Cholil Barro'", Role: "Wakil Bupati Rembang"}, p.Institutions.Leader)
	assert.Equal(t, RPJMD{StartYear: 2021, EndYear: 2026, StrategicIssues: []string{
		"tata kelola pemerintahan", "kualitas sumber daya manusia", "infrastruktur",
		"pertumbuhan ekonomi", "kemiskinan", "lingkungan hidup", "kemandirian desa"}}, p.RPJMD)
	assert.Equal(t, &SPBEResult{Year: 2021, Index: "2.76", Predikat: "Baik"}, p.Readiness.SPBE)
	require.NotNil(t, p.LegalBasis)
	assert.True(t, p.LegalBasis.Illustrative, "the Perbup's number is not known")

	wantStages := []struct {
		stage     Stage
		date, end string
	}{
		{MoU, "2022-04-21", ""}, {BimtekI, "2022-06-23", "2022-06-24"}, {BimtekII, "2022-07-20", ""},
		{BimtekIV, "2022-09-22", ""}, {Completion, "2022-12-01", ""},
	}
	require.Len(t, p.Lifecycle.Stages, len(wantStages))
	for i, w := range wantStages {
		m := p.Lifecycle.Stages[i]
		assert.Equal(t, w.stage, m.Stage)
		assert.Equal(t, w.date, m.Date.String())
		assert.Equal(t, w.end, m.EndDate.String())
	}

	// The real initiatives are not marked illustrative; every other
	// programme is, and the notes say what else is invented.
	real := map[string]bool{
		"Rembang Gemilang Mobile": true, "Layanan WhatsApp Satu Pintu": true, "Portal Wisata Enjoy Rembang": true,
		"SIPUMA": true, "Pendaftaran Online RSUD dan Puskesmas": true, "CCTV di Titik Strategis": true,
	}
	for _, pr := range p.Programs {
		assert.Equal(t, !real[pr.Name], pr.Illustrative, pr.Name)
	}
	sipuma, ok := p.program("ECO-01")
	require.True(t, ok)
	assert.Equal(t, "SIPUMA", sipuma.Name)
	assert.Equal(t, "Dinas Perdagangan, Koperasi dan UKM", sipuma.ResponsibleOPD)
	notes := strings.Join(p.Notes, " ")
	assert.Contains(t, notes, "seluruh angka anggaran")
	assert.Contains(t, notes, "Ilustratif")

	for pl := range pillar.All() {
		progs, quick := 0, 0
		for _, pr := range p.Programs {
			if pr.Element.Pillar() == pl {
				progs++
				if pr.QuickWin {
					quick++
				}
			}
		}
		assert.GreaterOrEqual(t, progs, 3, pl)
		assert.Equal(t, 1, quick, "one quick win in %s", pl)
	}
}

func TestRoundTrip(t *testing.T) {
	data, err := os.ReadFile(rembangPath)
	require.NoError(t, err)
	for name, p := range map[string]*Plan{"rembang": loadRembang(t), "generated": generatedPlan(40)} {
		t.Run(name, func(t *testing.T) {
			out, err := json.Marshal(p)
			require.NoError(t, err)
			back, err := Unmarshal(out)
			require.NoError(t, err)
			assert.Equal(t, p, back)
			if name == "rembang" {
				// Nothing in the file is lost or added on the way through.
				assert.JSONEq(t, string(data), string(out))
			}
		})
	}
}

func TestDecodeStrict(t *testing.T) {
	tests := []struct {
		name      string
		doc       string
		line, col int
		field     string
		contains  string
	}{
		// Go's decoder finds unknown fields and codes only after reading the
		// whole document; Decode walks back to the place.
		{"unknown field", "{\n  \"region\": {\"name\": \"Rembang\", \"kode\": \"33.17\"}\n}", 2, 33, "region.kode", `unknown field "kode"`},
		{"unknown element", "{\"programs\": [\n  {\"id\": \"A\"},\n  {\"id\": \"B\", \"element\": \"GOV.SCV\"}]}", 3, 26, "programs[1].element", `did you mean GOV.SVC?`},
		{"unknown horizon", `{"programs": [{"horizon": "soon"}]}`, 1, 27, "programs[0].horizon", `unknown horizon "soon"`},
		{"unknown source", `{"programs": [{"budget": [{"year": 2023}, {"source": "hibah"}]}]}`, 1, 54, "programs[0].budget[1].source", `unknown funding source "hibah"`},
		{"bad date", `{"lifecycle": {"stages": [{"stage": "mou", "date": "21 April 2022"}]}}`, 1, 52, "lifecycle.stages[0].date", `unknown date`},
		// The same unknown text twice: each in its place, the first one
		// first.
		{"twice", `{"programs": [{"horizon": "soon"}, {"horizon": "soon"}]}`, 1, 27, "programs[0].horizon", `line 1, column 48 (programs[1].horizon): unknown horizon "soon"`},
		{"wrong type", "{\"programs\": [{},\n{\"start_year\": \"2023\"}]}", 2, 21, "programs[1].start_year", "cannot use JSON string"},
		{"trailing data", `{} {}`, 1, 4, "", "unexpected data after the JSON value"},
		{"empty", ``, 0, 0, "", "empty document"},
		{"amount too large", `{"programs": [{"budget": [{"amount": 9223372036854775808}]}]}`, 1, 56, "programs[0].budget[0].amount", "int64"},
		{"fractional rupiah", `{"programs": [{"budget": [{"amount": 1.5}]}]}`, 1, 40, "programs[0].budget[0].amount", "int64"},
		{"kpi value text", `{"programs": [{"kpis": [{"baseline": "sepuluh"}]}]}`, 1, 46, "programs[0].kpis[0].baseline", "cannot use JSON string as number"},
		{"kpi value as a string", `{"programs": [{"kpis": [{"baseline": "10"}]}]}`, 1, 41, "programs[0].kpis[0].baseline", "cannot use JSON string as number"},
		// One reading of a file: no key twice, no key in another case.
		{"key twice", `{"programs": [{"id": "A", "id": "B"}]}`, 1, 27, "programs[0].id", `duplicate key "id"`},
		{"key in caps", `{"programs": [{"ID": "A"}]}`, 1, 16, "programs[0].ID", `key "ID" is written "id"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(strings.NewReader(tt.doc), DecodeOptions{})
			var de smartcity.Problem
			require.ErrorAs(t, err, &de)
			assert.Equal(t, tt.line, de.Line, "line")
			assert.Equal(t, tt.col, de.Column, "column")
			assert.Equal(t, tt.field, de.Path)
			assert.Contains(t, err.Error(), tt.contains)
		})
	}
}

func TestDecodeLimit(t *testing.T) {
	data, err := os.ReadFile(rembangPath)
	require.NoError(t, err)
	_, err = Decode(strings.NewReader(string(data)), DecodeOptions{Limit: 1000})
	assert.ErrorIs(t, err, ErrTooLarge)
	p, err := Decode(strings.NewReader(string(data)), DecodeOptions{Limit: int64(len(data))})
	require.NoError(t, err)
	assert.Equal(t, "Rembang", p.Region.Name)
}

func TestLoadMissing(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "none.json"), DecodeOptions{})
	assert.ErrorIs(t, err, os.ErrNotExist)
}
