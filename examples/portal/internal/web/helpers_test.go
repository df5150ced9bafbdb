package web

import (
	"bytes"
	"context"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/textproto"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/examples/portal/internal/auth"
	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
)

// testNow is the clock of the tests: a day in the 2026 preparation.
var testNow = time.Date(2026, 9, 1, 8, 0, 0, 0, time.UTC)

// portal is a server over a real store in a temporary folder, with the
// demonstration loaded.
type portal struct {
	t     *testing.T
	st    *store.Store
	srv   *Server
	ts    *httptest.Server
	files string
}

// newPortal starts a portal; maxUpload 0 keeps the default.
func newPortal(t *testing.T, maxUpload int64) *portal {
	t.Helper()
	dir := t.TempDir()
	ctx := context.Background()
	st, err := store.OpenWith(ctx, filepath.Join(dir, "portal.db"), store.Options{Now: func() time.Time { return testNow }})
	require.NoError(t, err)
	t.Cleanup(func() { st.Close() })
	files := filepath.Join(dir, "files")
	seeded, err := SeedDemo(ctx, st, files, auth.FastParams())
	require.NoError(t, err)
	require.True(t, seeded)
	srv, err := New(Config{Store: st, Files: files, MaxUpload: maxUpload, Now: func() time.Time { return testNow }})
	require.NoError(t, err)
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return &portal{t: t, st: st, srv: srv, ts: ts, files: files}
}

// client is a browser: its cookies, and the CSRF token of the last page.
type client struct {
	p    *portal
	http *http.Client
	csrf string
}

func (p *portal) client() *client {
	jar, err := cookiejar.New(nil)
	require.NoError(p.t, err)
	return &client{p: p, http: &http.Client{
		Jar:           jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

// login signs in as login (whose demo password is the login itself).
func (p *portal) login(login string) *client {
	c := p.client()
	status, _ := c.get("/login")
	require.Equal(p.t, http.StatusOK, status)
	status, _ = c.postForm("/login", url.Values{"login": {login}, "password": {login}})
	require.Equal(p.t, http.StatusSeeOther, status, "login %s", login)
	status, _ = c.get("/")
	require.Equal(p.t, http.StatusOK, status)
	return c
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

func (c *client) do(req *http.Request) (int, string) {
	c.p.t.Helper()
	res, err := c.http.Do(req)
	require.NoError(c.p.t, err)
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	require.NoError(c.p.t, err)
	if m := csrfRE.FindSubmatch(body); m != nil {
		c.csrf = string(m[1])
	}
	return res.StatusCode, string(body)
}

// get fetches a page.
func (c *client) get(path string) (int, string) {
	c.p.t.Helper()
	req, err := http.NewRequest(http.MethodGet, c.p.ts.URL+path, nil)
	require.NoError(c.p.t, err)
	return c.do(req)
}

// postForm posts a form with the client's CSRF token unless the form
// sets one.
func (c *client) postForm(path string, form url.Values) (int, string) {
	c.p.t.Helper()
	if _, ok := form["csrf"]; !ok {
		form.Set("csrf", c.csrf)
	}
	req, err := http.NewRequest(http.MethodPost, c.p.ts.URL+path, strings.NewReader(form.Encode()))
	require.NoError(c.p.t, err)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return c.do(req)
}

// postFile posts a multipart form with one file, sent with filename as
// given (no trimming).
func (c *client) postFile(path string, form url.Values, field, filename string, content []byte) (int, string) {
	c.p.t.Helper()
	if _, ok := form["csrf"]; !ok {
		form.Set("csrf", c.csrf)
	}
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, vs := range form {
		for _, v := range vs {
			require.NoError(c.p.t, mw.WriteField(k, v))
		}
	}
	h := textproto.MIMEHeader{}
	h.Set("Content-Disposition", `form-data; name="`+field+`"; filename="`+strings.ReplaceAll(filename, `"`, `\"`)+`"`)
	h.Set("Content-Type", "application/octet-stream")
	fw, err := mw.CreatePart(h)
	require.NoError(c.p.t, err)
	_, err = fw.Write(content)
	require.NoError(c.p.t, err)
	require.NoError(c.p.t, mw.Close())
	req, err := http.NewRequest(http.MethodPost, c.p.ts.URL+path, &buf)
	require.NoError(c.p.t, err)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	return c.do(req)
}

// item returns an item as the store holds it.
func (p *portal) item(id string) store.Versioned {
	p.t.Helper()
	v, err := p.st.Item(context.Background(), id)
	require.NoError(p.t, err)
	return v
}

// version is an item's version as a form field.
func (p *portal) version(id string) string {
	return strconv.FormatInt(p.item(id).Version, 10)
}
