package web

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// The working list goes out as a workbook and comes back unchanged; edited
// in Excel — a title changed, a status changed, an item added — it comes
// back as the edits, keeping the portal's statuses and histories.
func TestWorkbookRoundTrip(t *testing.T) {
	p := newPortal(t, 0)
	c := p.login("koordinator")
	ctx := context.Background()
	before, _, err := p.st.Workspace(ctx)
	require.NoError(t, err)
	n := len(before.Items)

	res, err := c.http.Get(p.ts.URL + "/export/workspace.xlsx")
	require.NoError(t, err)
	xlsx := readAll(res)
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Equal(t, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", res.Header.Get("Content-Type"))
	require.True(t, strings.HasPrefix(xlsx, "PK"))

	_, _ = c.get("/transfer")
	status, page := c.postFile("/import", url.Values{}, "workspace", "daftar.xlsx", []byte(xlsx))
	require.Equal(t, http.StatusOK, status, page)
	require.Contains(t, page, "0 ditambahkan, 0 diperbarui, "+strconv.Itoa(n)+" tetap")
	after, _, err := p.st.Workspace(ctx)
	require.NoError(t, err)
	require.Equal(t, before.Items, after.Items, "nothing changed, histories included")

	// Edited as a region edits its list.
	list, err := workspace.ReadTable(strings.NewReader(xlsx), workspace.ReadOptions{})
	require.NoError(t, err)
	var edited, restated string
	for k := range list.Items {
		it := &list.Items[k]
		switch {
		case edited == "" && len(it.History) == 0 && statusOrBelum(it.Status) == workspace.Belum:
			edited = it.ID
			it.Title = "Judul baru dari Excel"
		case restated == "" && statusOrBelum(it.Status) == workspace.Proses:
			restated = it.ID
			it.Status = workspace.Diterima // a list cannot accept an item
		}
	}
	require.NotEmpty(t, edited)
	require.NotEmpty(t, restated)
	list.Outside = append(list.Outside, workspace.Outside{Indicator: 18, Level: 3}) // its sheet Nilai Luar
	extra := list.Items[0]
	extra.ID, extra.No, extra.Title, extra.Status, extra.Document, extra.History = "1.1.9", 9, "Butir tambahan", workspace.Belum, nil, nil
	list.Items = append(list.Items, extra)
	var buf bytes.Buffer
	require.NoError(t, list.WriteWorkbook(&buf))
	status, page = c.postFile("/import", url.Values{}, "workspace", "daftar.xlsx", buf.Bytes())
	require.Equal(t, http.StatusOK, status, page)
	require.Contains(t, page, "1 ditambahkan, 1 diperbarui, "+strconv.Itoa(n-1)+" tetap")
	require.Contains(t, page, "1 butir berstatus lain")
	require.Equal(t, "Judul baru dari Excel", p.item(edited).Item.Title)
	got := p.item(restated).Item
	require.Equal(t, workspace.Proses, got.Status, "the review, not the list, accepts")
	require.NotEmpty(t, got.History)
	require.Equal(t, "Butir tambahan", p.item("1.1.9").Item.Title)
	ws, _, err := p.st.Workspace(ctx)
	require.NoError(t, err)
	require.Contains(t, ws.Outside, workspace.Outside{Indicator: 18, Level: 3}, "the list's outside values are imported")
	entries, _, err := p.st.Audit(ctx, 1, 0, edited)
	require.NoError(t, err)
	require.Equal(t, "import", entries[0].Action)

	// CSV too.
	status, body := c.get("/export/workspace.csv")
	require.Equal(t, http.StatusOK, status)
	require.Contains(t, body, "Item Bukti Dukung")
	status, page = c.postFile("/import", url.Values{}, "workspace", "daftar.csv", []byte(body))
	require.Equal(t, http.StatusOK, status, page)
	require.Contains(t, page, "0 ditambahkan, 0 diperbarui, "+strconv.Itoa(n+1)+" tetap")

	// A list that breaks the rules is refused whole, each problem at its cell.
	bad := strings.Replace(body, "Judul baru dari Excel", "", 1)
	status, page = c.postFile("/import", url.Values{}, "workspace", "daftar.csv", []byte(bad))
	require.Equal(t, http.StatusUnprocessableEntity, status)
	require.Contains(t, page, "class=\"problems\"")
	require.Equal(t, "Judul baru dari Excel", p.item(edited).Item.Title)

	// Only a koordinator imports.
	status, _ = p.login("diskominfo").postFile("/import", url.Values{}, "workspace", "daftar.xlsx", []byte(xlsx))
	require.Equal(t, http.StatusForbidden, status)
}
