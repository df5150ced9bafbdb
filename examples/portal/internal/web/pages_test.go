package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestPagesInBothLanguages(t *testing.T) {
	p := newPortal(t, 0)
	c := p.login("koordinator")
	pages := map[string][2]string{
		"/":                         {"Indeks terbukti", "Evidenced index"},
		"/indicator/1":              {"Tata Kelola Pemdi", "Level 1"},
		"/indicator/5":              {"dari evaluasi lain", "from an outside evaluation"},
		"/unit/Diskominfo":          {"Unit kerja", "Unit"},
		"/unit/Bagian%20Organisasi": {"Bagian Organisasi", "Bagian Organisasi"},
		"/unit/Diskominfo%20%E2%80%94%20Persandian": {"Diskominfo — Persandian", "Diskominfo — Persandian"},
		"/item/1.1.1":   {"Riwayat status", "Status history"},
		"/review":       {"Antrean verifikasi", "Review queue"},
		"/audit":        {"Log audit", "Audit log"},
		"/audit?page=2": {"Halaman 2", "Page 2"},
		"/transfer":     {"Unduh daftar kerja (Excel)", "Download the working list (Excel)"},
	}
	for path, want := range pages {
		for k, lang := range []string{"id", "en"} {
			sep := "?"
			if strings.Contains(path, "?") {
				sep = "&"
			}
			status, body := c.get(path + sep + "lang=" + lang)
			require.Equal(t, http.StatusOK, status, path)
			require.Contains(t, body, want[k], "%s in %s", path, lang)
			require.Contains(t, body, []string{"ILUSTRASI", "ILLUSTRATIVE"}[k], "%s in %s says the data is illustrative", path, lang)
			require.Contains(t, body, `<html lang="`+lang+`">`)
		}
	}
	// The cookie keeps the language chosen last.
	_, body := c.get("/")
	require.Contains(t, body, "Evidenced index")

	status, _ := c.get("/item/nope")
	require.Equal(t, http.StatusNotFound, status)
	status, _ = c.get("/indicator/99")
	require.Equal(t, http.StatusNotFound, status)
	status, body = c.get("/tidak-ada")
	require.Equal(t, http.StatusNotFound, status)
	require.Contains(t, body, "There is no such page")
}

func TestHostileTitleIsEscaped(t *testing.T) {
	p := newPortal(t, 0)
	c := p.login("koordinator")
	id := "1.1.1"
	hostile := `<script>alert(1)</script><img src=x onerror=alert(2)>`
	status, _ := c.postForm("/item/"+id+"/edit", url.Values{"version": {p.version(id)}, "title": {hostile}, "unit": {`Diskominfo`}, "output": {`"><b>x</b>`}})
	require.Equal(t, http.StatusSeeOther, status)
	require.Equal(t, hostile, p.item(id).Item.Title)
	for _, path := range []string{"/item/" + id, "/indicator/1", "/unit/Diskominfo", "/audit"} {
		status, body := c.get(path)
		require.Equal(t, http.StatusOK, status)
		require.NotContains(t, body, "<script>", path)
		require.NotContains(t, body, "<img src=x", path)
		require.NotContains(t, body, `"><b>`, path)
	}
	_, body := c.get("/item/" + id)
	require.Contains(t, body, "&lt;script&gt;alert(1)&lt;/script&gt;")
}
