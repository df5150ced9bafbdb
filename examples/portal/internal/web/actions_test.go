package web

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// firstItem returns the first item of unit in status st.
func (p *portal) firstItem(unit string, st workspace.Status) store.Versioned {
	p.t.Helper()
	items, err := p.st.Items(context.Background(), store.Filter{Unit: unit, Status: st})
	require.NoError(p.t, err)
	require.NotEmpty(p.t, items, "no item of %s in %s", unit, st)
	return items[0]
}

func TestCSRF(t *testing.T) {
	p := newPortal(t, 0)
	c := p.login("diskominfo")
	it := p.firstItem("Diskominfo", workspace.Draf)
	v := p.version(it.Item.ID)
	for _, token := range []string{"", "wrong", strings.Repeat("A", 43)} {
		status, body := c.postForm("/item/"+it.Item.ID+"/submit", url.Values{"version": {v}, "csrf": {token}})
		require.Equal(t, http.StatusForbidden, status)
		require.Contains(t, body, "Token formulir")
	}
	status, _ := c.postForm("/logout", url.Values{"csrf": {""}})
	require.Equal(t, http.StatusForbidden, status)
	require.Equal(t, it.Version, p.item(it.Item.ID).Version, "nothing changed")

	// Another session's token is not this one's.
	other := p.login("koordinator")
	status, _ = c.postForm("/item/"+it.Item.ID+"/submit", url.Values{"version": {v}, "csrf": {other.csrf}})
	require.Equal(t, http.StatusForbidden, status)

	status, _ = c.postForm("/item/"+it.Item.ID+"/submit", url.Values{"version": {v}})
	require.Equal(t, http.StatusSeeOther, status)
	require.Equal(t, workspace.Proses, p.item(it.Item.ID).Item.Status)
}

func TestRoles(t *testing.T) {
	p := newPortal(t, 0)
	bappeda := p.login("bappeda")
	own := p.firstItem("Diskominfo", workspace.Draf)
	id := own.Item.ID
	v := p.version(id)
	for _, action := range []string{"submit", "withdraw", "edit"} {
		status, body := bappeda.postForm("/item/"+id+"/"+action, url.Values{"version": {v}, "output": {"x"}})
		require.Equal(t, http.StatusForbidden, status, action)
		require.Contains(t, body, "Tidak diizinkan")
	}
	status, _ := bappeda.postFile("/item/"+id+"/upload", url.Values{"version": {v}}, "file", "a.pdf", []byte("%PDF-1.4 x"))
	require.Equal(t, http.StatusForbidden, status)
	status, _ = bappeda.postForm("/item/"+id+"/review", url.Values{"version": {v}, "decision": {"accept"}})
	require.Equal(t, http.StatusForbidden, status, "a pelaksana does not review")
	status, _ = bappeda.postForm("/settings", url.Values{"target": {"Baik"}})
	require.Equal(t, http.StatusForbidden, status)
	status, _ = bappeda.postForm("/claim", url.Values{"indicator": {"1"}, "level": {"5"}})
	require.Equal(t, http.StatusForbidden, status)
	require.Equal(t, own.Version, p.item(id).Version, "nothing changed")

	asesor := p.login("asesor")
	status, _ = asesor.postForm("/item/"+id+"/submit", url.Values{"version": {v}})
	require.Equal(t, http.StatusForbidden, status, "an asesor does not submit")

	// The koordinator works on every unit's items.
	koord := p.login("koordinator")
	status, _ = koord.postForm("/item/"+id+"/edit", url.Values{"version": {v}, "output": {"SK Bupati"}, "title": {"Judul"}, "unit": {"Diskominfo"}})
	require.Equal(t, http.StatusSeeOther, status)
	require.Equal(t, "SK Bupati", p.item(id).Item.Output)
}

func TestStaleEditConflicts(t *testing.T) {
	p := newPortal(t, 0)
	a := p.login("diskominfo")
	b := p.login("koordinator")
	id := p.firstItem("Diskominfo", workspace.Belum).Item.ID
	v := p.version(id)
	status, _ := a.postForm("/item/"+id+"/edit", url.Values{"version": {v}, "responsible": {"Budi"}})
	require.Equal(t, http.StatusSeeOther, status)
	status, body := b.postForm("/item/"+id+"/edit", url.Values{"version": {v}, "responsible": {"Siti"}, "title": {"T"}, "unit": {"Diskominfo"}})
	require.Equal(t, http.StatusConflict, status)
	require.Contains(t, body, "TIDAK disimpan")
	require.Contains(t, body, "Budi", "the conflict page shows the item as it is now")
	require.Equal(t, "Budi", p.item(id).Item.Responsible)
	require.Contains(t, body, `name="version" value="`+p.version(id)+`"`, "its forms carry the current version")
}

var evidencedRE = regexp.MustCompile(`(?s)id="evidenced">.*?class="big">([^<]+)<`)

// The asesor accepts an item under review, and the dashboard's evidenced
// index rises by exactly what the library computes for it.
func TestAcceptRaisesTheIndex(t *testing.T) {
	p := newPortal(t, 0)
	ctx := context.Background()
	ws, _, err := p.st.Workspace(ctx)
	require.NoError(t, err)
	fw, err := spbe.Lookup(ws.Framework)
	require.NoError(t, err)
	opt := workspace.Options{Today: smartcity.DateOf(testNow)}
	before, err := ws.Evaluate(fw, opt)
	require.NoError(t, err)

	// The first item under review whose acceptance raises the index.
	raised, after := raiser(t, ws, fw, opt, before, workspace.Proses)
	id := raised.ID
	rise, ok := after.Evidenced.Index.Add(smartcity.NewNumber(-before.Evidenced.Index.Num(), before.Evidenced.Index.Den()))
	require.True(t, ok)
	require.Equal(t, 1, rise.Sign())

	c := p.login("asesor")
	_, body := c.get("/?lang=en")
	require.Equal(t, before.Evidenced.Index.Format(2), evidencedRE.FindStringSubmatch(body)[1])
	status, _ := c.postForm("/item/"+id+"/review", url.Values{"version": {p.version(id)}, "decision": {"accept"}})
	require.Equal(t, http.StatusSeeOther, status)
	_, body = c.get("/")
	require.Equal(t, after.Evidenced.Index.Format(2), evidencedRE.FindStringSubmatch(body)[1])

	// What the store now holds evaluates to exactly the expected index.
	ws2, _, err := p.st.Workspace(ctx)
	require.NoError(t, err)
	now, err := ws2.Evaluate(fw, opt)
	require.NoError(t, err)
	require.Zero(t, now.Evidenced.Index.Cmp(after.Evidenced.Index), "%s, want %s (a rise of %s)", now.Evidenced.Index.Exact(), after.Evidenced.Index.Exact(), rise.Exact())
	it := p.item(id).Item
	require.Equal(t, "asesor", it.History[len(it.History)-1].By)

	// Sent back without a reason or kind: refused.
	status, body = c.postForm("/item/"+id+"/review", url.Values{"version": {p.version(id)}, "decision": {"revise"}})
	require.Equal(t, http.StatusUnprocessableEntity, status)
	require.Contains(t, body, "a revision needs a reason")
	status, _ = c.postForm("/item/"+id+"/review", url.Values{"version": {p.version(id)}, "decision": {"revise"}, "kind": {"tidak-tepat"}, "reason": {"Belum ditandatangani"}})
	require.Equal(t, http.StatusSeeOther, status)
	it = p.item(id).Item
	require.Equal(t, workspace.Revisi, it.Status)
	require.Equal(t, workspace.TidakTepat, it.Revision)
}

func TestTargetAndClaim(t *testing.T) {
	p := newPortal(t, 0)
	c := p.login("koordinator")
	status, _ := c.postForm("/settings", url.Values{"target": {"Sangat Baik"}})
	require.Equal(t, http.StatusSeeOther, status)
	_, body := c.get("/")
	require.Contains(t, body, "Sangat Baik")
	require.Contains(t, body, `id="way"`)
	status, _ = c.postForm("/settings", url.Values{"target": {"luar biasa sekali"}})
	require.Equal(t, http.StatusUnprocessableEntity, status)

	status, _ = c.postForm("/claim", url.Values{"indicator": {"1"}, "level": {"5"}, "note": {"sudah lengkap"}})
	require.Equal(t, http.StatusSeeOther, status)
	_, body = c.get("/indicator/1")
	require.Contains(t, body, "sudah lengkap")
	status, _ = c.postForm("/claim", url.Values{"indicator": {"1"}, "level": {"9"}})
	require.Equal(t, http.StatusUnprocessableEntity, status)
	entries, _, err := p.st.Audit(context.Background(), 5, 0, "")
	require.NoError(t, err)
	require.Equal(t, "claim", entries[0].Action)
}

// The koordinator records an outside indicator's value: a score the
// framework converts, or a level where it has no table.
func TestOutsideValue(t *testing.T) {
	p := newPortal(t, 0)
	c := p.login("koordinator")
	_, body := c.get("/indicator/6")
	require.Contains(t, body, `action="/outside"`)
	require.Contains(t, body, "menunggu nilai evaluasi lain")
	status, _ := c.postForm("/outside", url.Values{"indicator": {"6"}, "score": {"250"}})
	require.Equal(t, http.StatusUnprocessableEntity, status, "out of the score's range")
	status, _ = c.postForm("/outside", url.Values{"indicator": {"1"}, "score": {"50"}})
	require.Equal(t, http.StatusUnprocessableEntity, status, "indicator 1 is valued by evidence")
	status, _ = c.postForm("/outside", url.Values{"indicator": {"6"}, "score": {"3.5"}})
	require.Equal(t, http.StatusSeeOther, status)
	status, _ = c.postForm("/outside", url.Values{"indicator": {"18"}, "level": {"3"}})
	require.Equal(t, http.StatusSeeOther, status)

	ctx := context.Background()
	ws, _, err := p.st.Workspace(ctx)
	require.NoError(t, err)
	fw, err := spbe.Lookup(ws.Framework)
	require.NoError(t, err)
	st, err := ws.Evaluate(fw, workspace.Options{Today: smartcity.DateOf(testNow)})
	require.NoError(t, err)
	six, _ := st.Indicator(6)
	eighteen, _ := st.Indicator(18)
	require.False(t, six.Waiting)
	require.Equal(t, spbe.Level(3), eighteen.Evidenced)
	_, body = c.get("/")
	require.Equal(t, smartcity.Indonesian.Decimal(st.Evidenced.Index.Format(2)), evidencedRE.FindStringSubmatch(body)[1])

	status, _ = p.login("bappeda").postForm("/outside", url.Values{"indicator": {"7"}, "score": {"50"}})
	require.Equal(t, http.StatusForbidden, status)
}
