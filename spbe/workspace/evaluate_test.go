package workspace

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// pemdi is the framework of PermenPANRB 8/2026.
func pemdi(t testing.TB) *spbe.Framework {
	t.Helper()
	fw, err := spbe.Lookup(spbe.PermenPANRB8of2026)
	require.NoError(t, err)
	return fw
}

// ladder returns one main item per level 1–5 of indicator number, in unit,
// with the statuses given by level (missing ones belum); ids are
// "number.level".
func ladder(number int, unit string, status map[spbe.Level]Status) []Item {
	var items []Item
	for l := spbe.Level(1); l <= 5; l++ {
		it := Item{ID: fmt.Sprintf("%d.%d", number, l), Indicator: number, Level: l, Title: "bukti", Unit: unit, Main: true, Status: status[l]}
		if it.Status == 0 {
			it.Status = Belum
		}
		items = append(items, it)
	}
	return items
}

// numerator returns Σ level × weight of lv in fw, worked out here from the
// weights rather than by the package under test.
func numerator(fw *spbe.Framework, lv map[int]spbe.Level) int64 {
	var n int64
	for _, ind := range fw.Indicators() {
		n += int64(lv[ind.Number]) * ind.WeightBP
	}
	return n
}

func TestEvidencedLevelIsCumulative(t *testing.T) {
	fw := pemdi(t)
	var w Workspace
	// 1: levels 1 and 2 accepted, 3 under review → 2.
	w.Items = append(w.Items, ladder(1, "Diskominfo", map[spbe.Level]Status{1: Diterima, 2: Diterima, 3: Proses, 4: Diterima})...)
	// 2: level 2 accepted but level 1 not → 0.
	w.Items = append(w.Items, ladder(2, "Bappeda", map[spbe.Level]Status{1: Revisi, 2: Diterima})...)
	// 3: a supporting item not accepted does not hold level 1 back.
	w.Items = append(w.Items, ladder(3, "Diskominfo", map[spbe.Level]Status{1: Diterima})...)
	w.Items = append(w.Items, Item{ID: "3.1.s", Indicator: 3, Level: 1, Title: "pendukung", Unit: "Diskominfo", Status: Belum})
	// 4: level 2 has only a supporting item: it cannot be reached, nor
	// can 3, though its main item is accepted.
	w.Items = append(w.Items,
		Item{ID: "4.1", Indicator: 4, Level: 1, Unit: "Setda", Main: true, Status: Diterima},
		Item{ID: "4.2.s", Indicator: 4, Level: 2, Unit: "Setda", Status: Diterima},
		Item{ID: "4.3", Indicator: 4, Level: 3, Unit: "Setda", Main: true, Status: Diterima})
	// 8: every level accepted, with two main items at level 5.
	w.Items = append(w.Items, ladder(8, "Diskominfo", map[spbe.Level]Status{1: Diterima, 2: Diterima, 3: Diterima, 4: Diterima, 5: Diterima})...)
	w.Items = append(w.Items, Item{ID: "8.5.b", Indicator: 8, Level: 5, Unit: "Diskominfo", Main: true, Status: Diterima})
	w.Outside = []Outside{{Indicator: 5, Score: &spbe.ExternalScore{Source: spbe.SourceSDI, Score: "70"}}}
	s, err := w.Evaluate(fw, Options{})
	require.NoError(t, err)

	st := func(n int) IndicatorStanding {
		got, ok := s.Indicator(n)
		require.True(t, ok)
		return got
	}
	assert.Equal(t, spbe.Level(2), st(1).Evidenced)
	assert.Equal(t, spbe.Level(3), st(1).Next)
	assert.Equal(t, []string{"1.3"}, st(1).Missing)
	assert.Equal(t, spbe.Level(0), st(2).Evidenced)
	assert.Equal(t, []string{"2.1"}, st(2).Missing)
	assert.Equal(t, spbe.Level(1), st(3).Evidenced)
	assert.Equal(t, spbe.Level(1), st(4).Evidenced)
	assert.Equal(t, spbe.Level(2), st(4).Unreachable)
	assert.Equal(t, spbe.Level(2), st(4).Next)
	assert.Empty(t, st(4).Missing)
	assert.Equal(t, spbe.Level(5), st(8).Evidenced)
	assert.Zero(t, st(8).Next)
	// Outside: 5 from its SDI score of 70 (62.5–75 is level 4); 6, 7 and
	// 18 wait at level 1.
	assert.Equal(t, spbe.Level(4), st(5).Evidenced)
	assert.False(t, st(5).Waiting)
	for _, n := range []int{6, 7, 18} {
		assert.True(t, st(n).Outside && st(n).Waiting, n)
		assert.Equal(t, spbe.Level(1), st(n).Evidenced, n)
	}
	assert.False(t, st(9).Outside)
	assert.Equal(t, spbe.Level(0), st(9).Evidenced, "no item, no level")
	assert.Equal(t, spbe.Level(1), st(9).Unreachable)

	want := map[int]spbe.Level{1: 2, 3: 1, 4: 1, 8: 5, 5: 4, 6: 1, 7: 1, 18: 1}
	assert.Zero(t, s.Evidenced.Index.Cmp(smartcity.NewNumber(numerator(fw, want), 10000)), s.Evidenced.Index.Exact())
	assert.Equal(t, 12, s.Evidenced.Unanswered, "the indicators at level 0 are scored 0")
	assert.Nil(t, s.Claimed)
}

func TestClaimsProgressAndOverdue(t *testing.T) {
	fw := pemdi(t)
	w := Workspace{Claims: []Claim{{Indicator: 1, Level: 3}, {Indicator: 2, Level: 2}}}
	w.Items = ladder(1, "Diskominfo", map[spbe.Level]Status{1: Diterima, 2: Proses})
	w.Items[1].Due = smartcity.MustParseDate("2026-05-01")
	w.Items[2].Due = smartcity.MustParseDate("2026-04-01")
	w.Items = append(w.Items, ladder(2, "Bappeda", map[spbe.Level]Status{1: Diterima, 2: Diterima})...)
	w.Items[5].Due = smartcity.MustParseDate("2026-01-01") // accepted: never overdue
	s, err := w.Evaluate(fw, Options{Today: smartcity.MustParseDate("2026-06-01")})
	require.NoError(t, err)
	require.NotNil(t, s.Claimed)
	assert.Zero(t, s.Claimed.Index.Cmp(smartcity.NewNumber(numerator(fw, map[int]spbe.Level{1: 3, 2: 2, 5: 0}), 10000)))
	assert.Equal(t, fw.NumIndicators()-2, s.Claimed.Unanswered)

	assert.Equal(t, Progress{Items: 10, Belum: 6, Proses: 1, Diterima: 3, Main: 10, MainAccepted: 3, Overdue: 2}, s.Total)
	require.Len(t, s.Units, 2)
	assert.Equal(t, "Bappeda", s.Units[0].Name)
	assert.Equal(t, 2, s.Units[1].Overdue)
	assert.Equal(t, []string{"1.3", "1.2"}, []string{s.Overdue[0].ID, s.Overdue[1].ID}, "the earliest due first")
	assert.True(t, s.Overdue[0].Overdue)
	assert.Equal(t, "A1", s.Aspects[0].Name)
	assert.Equal(t, 10, s.Aspects[0].Items, "indicators 1 and 2 are of aspect A1")
	assert.Zero(t, s.Units[0].Done().Cmp(smartcity.NewNumber(2, 5)))
}

func TestStandingJSON(t *testing.T) {
	fw := pemdi(t)
	w := Workspace{Instansi: "Kab. Rembang", Year: 2026, Illustrative: true, Claims: []Claim{{Indicator: 1, Level: 2}}}
	w.Items = ladder(1, "Diskominfo", map[spbe.Level]Status{1: Diterima})
	s, err := w.Evaluate(fw, Options{Today: smartcity.MustParseDate("2026-06-01")})
	require.NoError(t, err)
	var got map[string]any
	data, err := json.Marshal(s)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &got))
	assert.Equal(t, true, got["ilustrasi"])
	assert.Equal(t, "2026-06-01", got["today"])
	assert.Contains(t, got["note"], "bukan hasil resmi")
	ev := got["evidenced"].(map[string]any)
	assert.Equal(t, s.Evidenced.Index.Exact(), ev["index_exact"])
	assert.NotNil(t, got["claimed"])
	assert.Len(t, got["indicators"], fw.NumIndicators())
	assert.Equal(t, []any{}, got["overdue"])

	way, err := s.Way(spbe.Target{Predicate: spbe.Baik}, WayOptions{})
	require.NoError(t, err)
	data, err = json.Marshal(way.JSON(smartcity.English))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(data, &got))
	assert.Equal(t, true, got["effort"])
	assert.Contains(t, got, "plan")
	assert.Equal(t, float64(way.Items), got["items"])
	step := got["steps"].([]any)[0].(map[string]any)
	assert.Contains(t, step, "indicator")
	assert.Contains(t, step, "items")
}
