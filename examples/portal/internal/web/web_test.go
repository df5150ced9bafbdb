package web

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
	"github.com/kotacerdas/smartcity/spbe/workspace/workspacetest"
)

// firstItem returns the first item of unit in status st.
func (p *portal) firstItem(unit string, st workspace.Status) store.Versioned {
	p.t.Helper()
	items, err := p.st.Items(context.Background(), store.Filter{Unit: unit, Status: st})
	require.NoError(p.t, err)
	require.NotEmpty(p.t, items, "no item of %s in %s", unit, st)
	return items[0]
}

func TestLogin(t *testing.T) {
	p := newPortal(t, 0)
	c := p.client()
	status, _ := c.get("/")
	require.Equal(t, http.StatusSeeOther, status, "a page needs a session")

	status, body := c.get("/login")
	require.Equal(t, http.StatusOK, status)
	require.Contains(t, body, `name="password"`)

	status, _ = c.postForm("/login", url.Values{"login": {"koordinator"}, "password": {"koordinator"}, "csrf": {""}})
	require.Equal(t, http.StatusForbidden, status, "the login form needs its token")

	status, body = c.postForm("/login", url.Values{"login": {"koordinator"}, "password": {"salah"}})
	require.Equal(t, http.StatusUnauthorized, status, body)
	require.Contains(t, body, "kata sandi salah")

	status, body = c.postForm("/login", url.Values{"login": {"koordinator"}, "password": {"koordinator"}})
	require.Equal(t, http.StatusSeeOther, status, body)
	status, _ = c.get("/")
	require.Equal(t, http.StatusOK, status)

	u, _ := url.Parse(p.ts.URL)
	var session *http.Cookie
	for _, ck := range c.http.Jar.Cookies(u) {
		if ck.Name == sessionCookie {
			session = ck
		}
	}
	require.NotNil(t, session)
	require.Len(t, session.Value, 43, "32 random bytes")

	status, _ = c.postForm("/logout", url.Values{})
	require.Equal(t, http.StatusSeeOther, status)
	status, _ = c.get("/")
	require.Equal(t, http.StatusSeeOther, status, "the session ended")
}

func TestLoginCookieAndHeaders(t *testing.T) {
	p := newPortal(t, 0)
	c := p.client()
	_, _ = c.get("/login")
	form := url.Values{"login": {"asesor"}, "password": {"asesor"}, "csrf": {c.csrf}}
	res, err := c.http.PostForm(p.ts.URL+"/login", form)
	require.NoError(t, err)
	res.Body.Close()
	var set string
	for _, v := range res.Header.Values("Set-Cookie") {
		if strings.HasPrefix(v, sessionCookie+"=") {
			set = v
		}
	}
	require.Contains(t, set, "HttpOnly")
	require.Contains(t, set, "SameSite=Lax")
	require.NotContains(t, set, "Secure", "plain HTTP in the test")
	csp := res.Header.Get("Content-Security-Policy")
	require.Contains(t, csp, "frame-ancestors 'none'")
	require.NotContains(t, csp, "unsafe-inline")
	require.Equal(t, "nosniff", res.Header.Get("X-Content-Type-Options"))
}

func TestLoginBackoff(t *testing.T) {
	p := newPortal(t, 0)
	c := p.client()
	_, _ = c.get("/login")
	for range 3 {
		status, _ := c.postForm("/login", url.Values{"login": {"bappeda"}, "password": {"x"}})
		require.Equal(t, http.StatusUnauthorized, status)
	}
	status, _ := c.postForm("/login", url.Values{"login": {"bappeda"}, "password": {"x"}})
	require.Equal(t, http.StatusUnauthorized, status)
	status, body := c.postForm("/login", url.Values{"login": {"bappeda"}, "password": {"bappeda"}})
	require.Equal(t, http.StatusTooManyRequests, status, "even the right password waits")
	require.Contains(t, body, "Terlalu banyak")
	status, _ = c.postForm("/login", url.Values{"login": {"diskominfo"}, "password": {"diskominfo"}})
	require.Equal(t, http.StatusSeeOther, status, "another login is not slowed")
}

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

// pdf is the start of a PDF file, enough for the sniffer.
var pdf = []byte("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n")

func TestUploadAndDownload(t *testing.T) {
	p := newPortal(t, 0)
	c := p.login("diskominfo")
	id := p.firstItem("Diskominfo", workspace.Belum).Item.ID
	status, _ := c.postFile("/item/"+id+"/upload", url.Values{"version": {p.version(id)}, "title": {"SK Tim SPBE"}}, "file", "sk tim spbe.pdf", pdf)
	require.Equal(t, http.StatusSeeOther, status)
	sum := sha256.Sum256(pdf)
	hash := hex.EncodeToString(sum[:])
	it := p.item(id).Item
	require.Equal(t, workspace.Draf, it.Status)
	require.Equal(t, &spbe.Evidence{Title: "SK Tim SPBE", File: "sk tim spbe.pdf", SHA256: hash}, it.Document)
	kept, err := os.ReadFile(filepath.Join(p.files, hash))
	require.NoError(t, err)
	require.Equal(t, pdf, kept)
	leftovers, _ := filepath.Glob(filepath.Join(p.files, ".upload-*"))
	require.Empty(t, leftovers)

	res, err := c.http.Get(p.ts.URL + "/files/" + hash)
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Equal(t, "application/pdf", res.Header.Get("Content-Type"))
	require.Equal(t, `attachment; filename="sk tim spbe.pdf"`, res.Header.Get("Content-Disposition"))

	status, _ = c.get("/files/" + strings.Repeat("0", 64))
	require.Equal(t, http.StatusNotFound, status)
	status, _ = c.get("/files/..%2f..%2fportal.db")
	require.Equal(t, http.StatusNotFound, status)

	// The type is sniffed from the bytes, whatever the name says.
	status, _ = c.postFile("/item/"+id+"/upload", url.Values{"version": {p.version(id)}}, "file", "laporan.pdf", []byte("<html><script>alert(1)</script></html>"))
	require.Equal(t, http.StatusUnsupportedMediaType, status)
	status, _ = c.postFile("/item/"+id+"/upload", url.Values{"version": {p.version(id)}}, "file", "data.zip", []byte("PK\x03\x04rest of a zip"))
	require.Equal(t, http.StatusUnsupportedMediaType, status, "a zip is accepted only as an XLSX or DOCX")
	status, _ = c.postFile("/item/"+id+"/upload", url.Values{"version": {p.version(id)}}, "file", "catatan.txt", []byte("catatan rapat"))
	require.Equal(t, http.StatusSeeOther, status)

	// Submitted, it goes to the review queue.
	status, _ = c.postForm("/item/"+id+"/submit", url.Values{"version": {p.version(id)}})
	require.Equal(t, http.StatusSeeOther, status)
	_, body := p.login("asesor").get("/review")
	require.Contains(t, body, "/item/"+id+"/review")
}

func TestUploadNameWithPathIsRefused(t *testing.T) {
	p := newPortal(t, 0)
	c := p.login("diskominfo")
	id := p.firstItem("Diskominfo", workspace.Belum).Item.ID
	before := p.item(id)
	kept, _ := os.ReadDir(p.files)
	for _, name := range []string{"../../etc/passwd.pdf", `C:\Users\budi\sk.pdf`, "bukti/sk.pdf", "..", "sk\x00.pdf", "sk\u202egpj.pdf", ""} {
		status, body := c.postFile("/item/"+id+"/upload", url.Values{"version": {p.version(id)}}, "file", name, pdf)
		if strings.ContainsRune(name, 0) {
			// The multipart reader refuses the part's header itself.
			require.Equal(t, http.StatusBadRequest, status, "%q", name)
			continue
		}
		require.Equal(t, http.StatusUnprocessableEntity, status, "%q", name)
		require.Contains(t, body, "Ditolak", "%q", name)
	}
	require.Equal(t, before, p.item(id), "nothing changed")
	entries, _ := os.ReadDir(p.files)
	require.Len(t, entries, len(kept), "nothing kept")
}

func TestOversizedUploadIsRefused(t *testing.T) {
	p := newPortal(t, 4096)
	c := p.login("diskominfo")
	id := p.firstItem("Diskominfo", workspace.Belum).Item.ID
	big := append(append([]byte{}, pdf...), make([]byte, 5000)...)
	status, body := c.postFile("/item/"+id+"/upload", url.Values{"version": {p.version(id)}}, "file", "besar.pdf", big)
	require.Equal(t, http.StatusRequestEntityTooLarge, status)
	require.Contains(t, body, "batas ukuran")
	huge := make([]byte, 3<<20) // past the limit of the whole body too
	copy(huge, pdf)
	status, _ = c.postFile("/item/"+id+"/upload", url.Values{"version": {p.version(id)}}, "file", "besar.pdf", huge)
	require.Equal(t, http.StatusRequestEntityTooLarge, status)
	require.Nil(t, p.item(id).Item.Document)
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
	var id string
	var after *workspace.Standing
	for k, it := range ws.Items {
		if it.Status != workspace.Proses {
			continue
		}
		w2 := *ws
		w2.Items = append([]workspace.Item(nil), ws.Items...)
		require.NoError(t, w2.Items[k].Move(workspace.Change{By: "asesor", To: workspace.Diterima}))
		s2, err := w2.Evaluate(fw, opt)
		require.NoError(t, err)
		if s2.Evidenced.Index.Cmp(before.Evidenced.Index) > 0 {
			id, after = it.ID, s2
			break
		}
	}
	require.NotEmpty(t, id, "the demonstration has an item whose acceptance raises the index")
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
