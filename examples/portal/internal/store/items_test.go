package store

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// The sample sets every field, so that a field the store forgets to keep
// fails the round trip; a field added to the workspace must be added to
// the sample, and to the schema.
func TestSampleSetsEveryField(t *testing.T) {
	w := sampleWorkspace(1)
	for _, v := range []any{*w, w.Items[0], w.Items[0].History[2], *w.Items[0].Document, w.Claims[0], *w.Outside[0].Score} {
		rv := reflect.ValueOf(v)
		for k := range rv.NumField() {
			assert.False(t, rv.Field(k).IsZero(), "%s.%s is not set in the sample", rv.Type().Name(), rv.Type().Field(k).Name)
		}
	}
}

func TestAddItemAndRead(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	it := sampleItem(7)
	v, err := s.AddItem(ctx, koordinator, it)
	require.NoError(t, err)
	assert.Equal(t, Versioned{Item: it, Version: 1}, v)
	got, err := s.Item(ctx, it.ID)
	require.NoError(t, err)
	assert.Equal(t, v, got)

	_, err = s.AddItem(ctx, koordinator, it)
	assert.ErrorIs(t, err, ErrDuplicate)
	for _, id := range []string{"", "a/b", "../x", string(make([]byte, 65))} {
		_, err = s.AddItem(ctx, koordinator, newItem(id))
		assert.ErrorIs(t, err, ErrInvalid, "%q", id)
	}
	bad := newItem("x")
	bad.Status = 99
	_, err = s.AddItem(ctx, koordinator, bad)
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = s.Item(ctx, "missing")
	assert.ErrorIs(t, err, ErrNotFound)

	entries, total, err := s.Audit(ctx, 10, 0, it.ID)
	require.NoError(t, err)
	assert.Equal(t, 1, total)
	assert.Equal(t, "add", entries[0].Action)
	assert.JSONEq(t, `{"version":1,"to":"revisi"}`, entries[0].Detail)
}

func TestItemsFilter(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	w := sampleWorkspace(12)
	w.Items[0].Status = 0 // read from a document without a status: belum
	w.Items[0].Revision, w.Items[0].Reason = 0, ""
	w.Items[1].Status, w.Items[1].Revision, w.Items[1].Reason = workspace.Belum, 0, ""
	w.Items[2].Status, w.Items[2].Revision, w.Items[2].Reason = workspace.Diterima, 0, ""
	_, err := s.Import(ctx, koordinator, w)
	require.NoError(t, err)
	ids := func(f Filter) []string {
		vs, err := s.Items(ctx, f)
		require.NoError(t, err)
		var out []string
		for _, v := range vs {
			out = append(out, v.Item.ID)
			assert.Len(t, v.Item.History, 3)
		}
		return out
	}
	assert.Len(t, ids(Filter{}), 12)
	assert.Equal(t, []string{w.Items[1].ID, w.Items[4].ID, w.Items[7].ID, w.Items[10].ID}, ids(Filter{Unit: "Bappeda"}))
	assert.Equal(t, []string{w.Items[0].ID, w.Items[1].ID}, ids(Filter{Status: workspace.Belum}))
	assert.Equal(t, []string{w.Items[2].ID}, ids(Filter{Status: workspace.Diterima}))
	assert.Equal(t, []string{w.Items[3].ID}, ids(Filter{Indicator: 4}))
	assert.Empty(t, ids(Filter{Unit: "Bappeda", Status: workspace.Diterima}))
}

// upload is what a pelaksana does: attach a document and keep it as a
// draft.
func upload(at time.Time) func(*workspace.Item) error {
	return func(it *workspace.Item) error {
		it.Document = &spbe.Evidence{Title: "Perbup SPBE", File: "perbup.pdf", SHA256: "ab"}
		return it.Move(workspace.Change{At: at, By: "pelaksana.diskominfo", To: workspace.Draf})
	}
}

func TestUpdateItem(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	_, err := s.AddItem(ctx, koordinator, newItem("i1.l1"))
	require.NoError(t, err)
	at := time.Date(2026, 3, 3, 10, 0, 0, 5, time.UTC)
	v, err := s.UpdateItem(ctx, pelaksana, "i1.l1", 1, "upload", upload(at))
	require.NoError(t, err)
	assert.Equal(t, int64(2), v.Version)
	assert.Equal(t, workspace.Draf, v.Item.Status)
	v, err = s.UpdateItem(ctx, pelaksana, "i1.l1", 2, "submit", func(it *workspace.Item) error {
		return it.Move(workspace.Change{At: at.Add(time.Minute), By: "pelaksana.diskominfo", To: workspace.Proses})
	})
	require.NoError(t, err)
	v, err = s.UpdateItem(ctx, asesor, "i1.l1", 3, "review", func(it *workspace.Item) error {
		return it.Move(workspace.Change{At: at.Add(time.Hour), By: "asesor", To: workspace.Diterima, Reason: "sesuai"})
	})
	require.NoError(t, err)
	got, err := s.Item(ctx, "i1.l1")
	require.NoError(t, err)
	assert.Equal(t, v, got)
	assert.Equal(t, int64(4), got.Version)
	assert.Equal(t, workspace.Diterima, got.Item.Status)
	assert.Equal(t, []workspace.Change{
		{At: at, By: "pelaksana.diskominfo", From: workspace.Belum, To: workspace.Draf},
		{At: at.Add(time.Minute), By: "pelaksana.diskominfo", From: workspace.Draf, To: workspace.Proses},
		{At: at.Add(time.Hour), By: "asesor", From: workspace.Proses, To: workspace.Diterima, Reason: "sesuai"},
	}, got.Item.History)

	entries, total, err := s.Audit(ctx, 10, 0, "i1.l1")
	require.NoError(t, err)
	assert.Equal(t, 4, total)
	assert.Equal(t, "review", entries[0].Action)
	assert.Equal(t, "asesor", entries[0].Actor)
	assert.Equal(t, "i1.l1", entries[0].ItemID)
	assert.JSONEq(t, `{"version":4,"from":"proses","to":"diterima"}`, entries[0].Detail)
	assert.Equal(t, "upload", entries[2].Action)
	assert.JSONEq(t, `{"version":2,"from":"belum","to":"draf"}`, entries[2].Detail)
	assert.True(t, entries[0].At.After(entries[1].At), "the store's clock")

	// A change without a time was made now, by the store's clock.
	v, err = s.UpdateItem(ctx, asesor, "i1.l1", 4, "review", func(it *workspace.Item) error {
		return it.Move(workspace.Change{By: "asesor", To: workspace.Revisi, Reason: "kedaluwarsa"})
	})
	require.NoError(t, err)
	entries, _, err = s.Audit(ctx, 1, 0, "i1.l1")
	require.NoError(t, err)
	assert.Equal(t, entries[0].At, v.Item.History[3].At.Add(time.Second), "one tick of the test clock later")

	// A history edited other than by growing is written anew.
	v, err = s.UpdateItem(ctx, koordinator, "i1.l1", 5, "edit", func(it *workspace.Item) error {
		it.History = it.History[1:]
		it.History[0].Reason = "dikirim"
		return nil
	})
	require.NoError(t, err)
	got, err = s.Item(ctx, "i1.l1")
	require.NoError(t, err)
	assert.Equal(t, v, got)
	assert.Len(t, got.Item.History, 3)
}

func TestUpdateItemStaleVersion(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	_, err := s.AddItem(ctx, koordinator, newItem("i1.l1"))
	require.NoError(t, err)
	first, err := s.UpdateItem(ctx, pelaksana, "i1.l1", 1, "upload", upload(time.Now()))
	require.NoError(t, err)
	_, before, err := s.Audit(ctx, 1, 0, "")
	require.NoError(t, err)

	// A second editor still holds version 1.
	called := false
	_, err = s.UpdateItem(ctx, koordinator, "i1.l1", 1, "edit", func(it *workspace.Item) error {
		called = true
		it.Title = "overwritten"
		return nil
	})
	require.ErrorIs(t, err, ErrConflict)
	assert.False(t, called)
	got, err := s.Item(ctx, "i1.l1")
	require.NoError(t, err)
	assert.Equal(t, first, got)
	_, after, err := s.Audit(ctx, 1, 0, "")
	require.NoError(t, err)
	assert.Equal(t, before, after, "no audit entry")

	_, err = s.UpdateItem(ctx, koordinator, "missing", 1, "edit", func(*workspace.Item) error { return nil })
	assert.ErrorIs(t, err, ErrNotFound)
}

func TestUpdateItemChangeFails(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	added, err := s.AddItem(ctx, koordinator, newItem("i1.l1"))
	require.NoError(t, err)
	// Submitted without a document: Move refuses, after the title was
	// already edited.
	_, err = s.UpdateItem(ctx, pelaksana, "i1.l1", 1, "submit", func(it *workspace.Item) error {
		it.Title = "edited"
		return it.Move(workspace.Change{At: time.Now(), By: "pelaksana", To: workspace.Proses})
	})
	assert.ErrorIs(t, err, workspace.ErrNoDocument)
	mine := errors.New("mine")
	_, err = s.UpdateItem(ctx, pelaksana, "i1.l1", 1, "edit", func(it *workspace.Item) error {
		it.Title = "edited"
		return mine
	})
	assert.Same(t, mine, err, "the change's own error")
	_, err = s.UpdateItem(ctx, pelaksana, "i1.l1", 1, "edit", func(it *workspace.Item) error {
		it.ID = "i2.l1"
		return nil
	})
	assert.ErrorIs(t, err, ErrInvalid)

	got, err := s.Item(ctx, "i1.l1")
	require.NoError(t, err)
	assert.Equal(t, added, got)
	_, total, err := s.Audit(ctx, 1, 0, "")
	require.NoError(t, err)
	assert.Equal(t, 1, total, "the add alone")
}

func TestImportRoundTrip(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	in := sampleWorkspace(40)
	sum, err := s.Import(ctx, koordinator, in)
	require.NoError(t, err)
	assert.Equal(t, ImportSummary{Added: 40}, sum)
	out, versions, err := s.Workspace(ctx)
	require.NoError(t, err)
	assert.Equal(t, in, out)
	assert.Len(t, versions, 40)
	for _, v := range versions {
		assert.Equal(t, int64(1), v)
	}
	// As JSON too, the document a region keeps.
	a, err := json.Marshal(in)
	require.NoError(t, err)
	b, err := json.Marshal(out)
	require.NoError(t, err)
	assert.JSONEq(t, string(a), string(b))

	// Again, with one item changed, one added, the items reordered and a
	// claim changed: only the changed item's version rises.
	again := sampleWorkspace(40)
	again.Items[5].Title = "Dokumen yang diperbarui"
	again.Items = append(again.Items, sampleItem(40))
	again.Items[0], again.Items[1] = again.Items[1], again.Items[0]
	again.Claims = []workspace.Claim{{Indicator: 3, Level: 3}}
	again.Target = "3.50"
	sum, err = s.Import(ctx, koordinator, again)
	require.NoError(t, err)
	assert.Equal(t, ImportSummary{Added: 1, Updated: 1, Unchanged: 39}, sum)
	out, versions, err = s.Workspace(ctx)
	require.NoError(t, err)
	assert.Equal(t, again.Items, out.Items)
	assert.Equal(t, "3.50", out.Target)
	assert.Equal(t, []workspace.Claim{{Indicator: 3, Level: 3}, {Indicator: 1, Level: 4}}, out.Claims, "claims of other indicators are kept")
	assert.Equal(t, int64(2), versions[again.Items[5].ID])
	assert.Equal(t, int64(1), versions[again.Items[6].ID])
	assert.Equal(t, int64(1), versions[again.Items[40].ID])

	entries, total, err := s.Audit(ctx, 10, 0, "")
	require.NoError(t, err)
	assert.Equal(t, 2, total, "one entry per import")
	assert.Equal(t, "import", entries[0].Action)
	assert.Contains(t, entries[0].Detail, `"added":1,"updated":1,"unchanged":39`)

	// An import that repeats an id writes nothing.
	bad := sampleWorkspace(2)
	bad.Items[1].ID = bad.Items[0].ID
	bad.Target = "Sangat Baik"
	_, err = s.Import(ctx, koordinator, bad)
	assert.ErrorIs(t, err, ErrDuplicate)
	m, err := s.Meta(ctx)
	require.NoError(t, err)
	assert.Equal(t, "3.50", m.Target)
}

func TestClaimsAndOutside(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	require.NoError(t, s.SetClaim(ctx, koordinator, workspace.Claim{Indicator: 2, Level: 3, Note: "ada"}))
	require.NoError(t, s.SetClaim(ctx, koordinator, workspace.Claim{Indicator: 1, Level: 1}))
	require.NoError(t, s.SetClaim(ctx, koordinator, workspace.Claim{Indicator: 2, Level: 4}))
	require.NoError(t, s.SetOutside(ctx, koordinator, workspace.Outside{Indicator: 6, Score: &spbe.ExternalScore{Source: "SJIG", Score: "3"}}))
	require.NoError(t, s.SetOutside(ctx, koordinator, workspace.Outside{Indicator: 18, Level: 3}))
	w, _, err := s.Workspace(ctx)
	require.NoError(t, err)
	assert.Equal(t, []workspace.Claim{{Indicator: 2, Level: 4}, {Indicator: 1, Level: 1}}, w.Claims)
	assert.Equal(t, []workspace.Outside{
		{Indicator: 6, Score: &spbe.ExternalScore{Source: "SJIG", Score: "3"}},
		{Indicator: 18, Level: 3},
	}, w.Outside)

	require.NoError(t, s.SetClaim(ctx, koordinator, workspace.Claim{Indicator: 2}))
	require.NoError(t, s.SetOutside(ctx, koordinator, workspace.Outside{Indicator: 6}))
	w, _, err = s.Workspace(ctx)
	require.NoError(t, err)
	assert.Equal(t, []workspace.Claim{{Indicator: 1, Level: 1}}, w.Claims)
	assert.Equal(t, []workspace.Outside{{Indicator: 18, Level: 3}}, w.Outside)
	_, total, err := s.Audit(ctx, 0, 0, "")
	require.NoError(t, err)
	assert.Equal(t, 7, total)
}

func TestAuditPages(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	for _, id := range []string{"a", "b", "c"} {
		_, err := s.AddItem(ctx, koordinator, newItem(id))
		require.NoError(t, err)
	}
	for v := int64(1); v <= 4; v++ {
		_, err := s.UpdateItem(ctx, koordinator, "b", v, "edit", func(it *workspace.Item) error { it.No++; return nil })
		require.NoError(t, err)
	}
	page, total, err := s.Audit(ctx, 2, 1, "")
	require.NoError(t, err)
	assert.Equal(t, 7, total)
	require.Len(t, page, 2)
	assert.Equal(t, int64(6), page[0].ID)
	assert.Equal(t, int64(5), page[1].ID)
	page, total, err = s.Audit(ctx, 50, 0, "b")
	require.NoError(t, err)
	assert.Equal(t, 5, total)
	assert.Len(t, page, 5)
	page, _, err = s.Audit(ctx, 50, 100, "")
	require.NoError(t, err)
	assert.Empty(t, page)
}

func TestFiles(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	sum := "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
	require.NoError(t, s.RecordFile(ctx, sum, "perbup.pdf", "application/pdf", 1234, pelaksana))
	require.NoError(t, s.RecordFile(ctx, sum, "lagi.pdf", "application/pdf", 1234, asesor), "the same bytes again")
	f, err := s.File(ctx, sum)
	require.NoError(t, err)
	assert.Equal(t, FileInfo{SHA256: sum, Name: "perbup.pdf", MediaType: "application/pdf", Size: 1234,
		By: "pelaksana.diskominfo", At: f.At}, f)
	assert.False(t, f.At.IsZero())
	_, err = s.File(ctx, "00"+sum[2:])
	assert.ErrorIs(t, err, ErrNotFound)
	for _, bad := range []string{"", "../etc/passwd", sum[:63], "9F" + sum[2:]} {
		assert.ErrorIs(t, s.RecordFile(ctx, bad, "x", "x", 1, pelaksana), ErrInvalid, "%q", bad)
	}
}
