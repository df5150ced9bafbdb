package workspace

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/spbe"
)

// valid returns a small valid workspace.
func valid() *Workspace {
	at := time.Date(2026, 4, 1, 8, 0, 0, 0, time.UTC)
	return &Workspace{
		Instansi: "Pemerintah Kabupaten Rembang", Year: 2026, Framework: spbe.PermenPANRB8of2026, Target: "Baik",
		Claims:  []Claim{{Indicator: 1, Level: 3}},
		Outside: []Outside{{Indicator: 5, Score: &spbe.ExternalScore{Source: spbe.SourceSDI, Score: "70"}}, {Indicator: 18, Level: 2}},
		Items: []Item{
			{ID: "1.1", Indicator: 1, Level: 1, Title: "SK Tim", Unit: "Diskominfo", Main: true, Status: Diterima,
				Document: &spbe.Evidence{Title: "SK", File: "sk.pdf"}, Due: smartcity.MustParseDate("2026-05-01"),
				History: []Change{{At: at, By: "a", From: Belum, To: Proses}, {At: at.Add(time.Hour), By: "b", From: Proses, To: Diterima}}},
			{ID: "1.2", Indicator: 1, Level: 2, Title: "Perbup", Unit: "Setda", Status: Revisi, Revision: BelumDiunggah},
		},
	}
}

func TestValidateAcceptsAValidWorkspace(t *testing.T) {
	w := valid()
	assert.Empty(t, w.Validate(nil))
	fw, err := w.ResolveFramework(nil)
	require.NoError(t, err)
	assert.Equal(t, spbe.PermenPANRB8of2026, fw.ID())
	w.Framework = ""
	fw, err = w.ResolveFramework(nil)
	require.NoError(t, err)
	assert.Equal(t, spbe.PermenPANRB8of2026, fw.ID(), "the rule of 2026")
}

func TestValidateReportsEveryProblem(t *testing.T) {
	fw := pemdi(t)
	w := valid()
	w.Instansi, w.Year, w.Target = " ", 26, "excellent"
	w.Framework = "permenpanrb-59-2020"
	w.Items = append(w.Items,
		Item{ID: "1.1", Indicator: 99, Level: 6, Unit: "X", Title: "t", Status: Proses},
		Item{ID: "../etc", Indicator: 1, Level: 0, Status: Status(9), Revision: Revision(7),
			Document: &spbe.Evidence{Title: "x", File: "/etc/passwd", SHA256: "zz"}, Due: smartcity.Date{Year: 2026, Month: 2, Day: 30},
			History: []Change{{At: time.Unix(100, 0), To: Draf}, {At: time.Unix(50, 0), By: "x", To: Status(8)}}},
		Item{ID: "r", Indicator: 2, Level: 1, Title: "t", Unit: "u", Status: Revisi, Reason: " "},
	)
	w.Claims = append(w.Claims, Claim{Indicator: 1, Level: 9}, Claim{Indicator: 77, Level: 1})
	w.Outside = append(w.Outside, Outside{Indicator: 5, Level: 2}, Outside{Indicator: 18, Score: &spbe.ExternalScore{Source: "x", Score: "1"}},
		Outside{Indicator: 6, Score: &spbe.ExternalScore{Source: spbe.SourceSJIG, Score: "9"}}, Outside{Indicator: 7})
	ps := w.Validate(fw)
	got := map[string]string{}
	for _, p := range ps {
		got[p.Path] += p.Rule + " "
		assert.NotEqual(t, p.Message(smartcity.English), p.Message(smartcity.Indonesian), "%s %s is said in Indonesian", p.Path, p.Rule)
	}
	want := map[string]string{
		"instansi": "required ", "tahun": "year ", "framework": "framework ", "target": "target ",
		"items[2].id": "duplicate ", "items[2].indicator": "indicator ", "items[2].level": "level_range ",
		"items[2].document": "document ",
		"items[3].id":       "id ", "items[3].level": "level_range ", "items[3].title": "required ", "items[3].unit": "required ",
		"items[3].status": "enum ", "items[3].revision": "enum ", "items[3].document.file": "reference ",
		"items[3].document.sha256": "invalid ", "items[3].due": "date ", "items[3].history[0].by": "required ",
		"items[3].history[1]": "enum ", "items[3].history[1].at": "history ",
		"items[4].reason":     "reason ",
		"claims[1].indicator": "duplicate ", "claims[1].level": "level_range ", "claims[2].indicator": "indicator ",
		"outside[2].indicator": "duplicate ", "outside[3].indicator": "duplicate ", "outside[3].external": "outside ", "outside[4].external": "outside ",
		"outside[5]": "required ",
	}
	for path, rule := range want {
		assert.Equal(t, rule, got[path], path)
	}
	for path := range got {
		_, ok := want[path]
		assert.True(t, ok, "unexpected problem at %s: %s", path, got[path])
	}
}

func TestMessagesHaveTheirVerbs(t *testing.T) {
	for en, id := range messagesID {
		assert.Equal(t, i18n.Verbs(en), i18n.Verbs(id), en)
		assert.NotEqual(t, en, id)
	}
}

func TestDecodeIsStrict(t *testing.T) {
	for name, doc := range map[string]string{
		"unknown key":   `{"instansi":"x","tahun":2026,"items":[],"extra":1}`,
		"duplicate key": `{"instansi":"x","instansi":"y","tahun":2026,"items":[]}`,
		"key case":      `{"Instansi":"x","tahun":2026,"items":[]}`,
		"number text":   `{"instansi":"x","tahun":"2026","items":[]}`,
		"bad status":    `{"instansi":"x","tahun":2026,"items":[{"id":"a","indicator":1,"level":1,"title":"t","unit":"u","status":"selesai"}]}`,
		"bad date":      `{"instansi":"x","tahun":2026,"items":[{"id":"a","indicator":1,"level":1,"title":"t","unit":"u","due":"2026-13-01"}]}`,
		"trailing":      `{"instansi":"x","tahun":2026,"items":[]} {}`,
		"history cap":   `{"instansi":"x","tahun":2026,"items":[{"id":"a","history":[` + strings.Repeat(`{},`, 1000) + `{}]}]}`,
	} {
		_, err := Unmarshal([]byte(doc))
		require.Error(t, err, name)
		assert.NotEqual(t, smartcity.ErrorMessage(err, smartcity.English), smartcity.ErrorMessage(err, smartcity.Indonesian), name)
	}
	w, err := Decode(strings.NewReader(`{"instansi":"x","tahun":2026,"items":[{"id":"a","indicator":1,"level":1,"title":"t","unit":"u","status":"Proses verifikasi","due":"2026-08-17"}]}`), 0)
	require.NoError(t, err)
	assert.Equal(t, Proses, w.Items[0].Status)
	_, err = Decode(strings.NewReader(`{"instansi":"`+strings.Repeat("x", 100)+`"}`), 50)
	require.Error(t, err)
}
