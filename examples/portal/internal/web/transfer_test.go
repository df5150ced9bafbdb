package web

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
	"github.com/kotacerdas/smartcity/spbe/workspace/workspacetest"
)

func TestImportExportJSON(t *testing.T) {
	p := newPortal(t, 0)
	c := p.login("koordinator")
	status, body := c.get("/export/workspace.json")
	require.Equal(t, http.StatusOK, status)
	require.Contains(t, body, `"instansi": "Pemerintah Kabupaten Rembang"`)
	_, _ = c.get("/transfer")
	status, page := c.postFile("/import", url.Values{}, "workspace", "workspace.json", []byte(body))
	require.Equal(t, http.StatusOK, status, page)
	require.Contains(t, page, strconv.Itoa(len(workspacetest.Rembang2026().Items))+" tetap")

	status, _ = c.postFile("/import", url.Values{}, "workspace", "w.json", []byte(`{"instansi": "X", "tahun": 2026, "items": [], "extra": 1}`))
	require.Equal(t, http.StatusUnprocessableEntity, status, "unknown fields are refused")
	status, page = c.postFile("/import", url.Values{}, "workspace", "w.json", []byte(`{"instansi": "X", "tahun": 2026, "framework": "permenpanrb-8-2026", "items": [{"id": "z", "indicator": 99, "level": 1, "title": "t", "unit": "u", "status": "belum"}, {"id": "z", "indicator": 1, "level": 9, "title": "<script>", "unit": "u", "status": "belum"}]}`))
	require.Equal(t, http.StatusUnprocessableEntity, status, "an unknown indicator is refused")
	require.Contains(t, page, "items[0].indicator", "each problem at its place")
	require.Contains(t, page, "items[1].level")
	require.NotContains(t, page, "<script>")
	_, err := p.st.Item(context.Background(), "z")
	require.ErrorIs(t, err, store.ErrNotFound, "nothing imported")

	status, _ = p.login("diskominfo").postFile("/import", url.Values{}, "workspace", "workspace.json", []byte(body))
	require.Equal(t, http.StatusForbidden, status)
}
