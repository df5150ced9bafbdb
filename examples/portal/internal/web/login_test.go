package web

import (
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

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

// A session ends at logout even for a copy of its cookie, and on its own
// when its time is up.
func TestSessionEnds(t *testing.T) {
	p := newPortal(t, 0)
	c := p.login("asesor")
	u, _ := url.Parse(p.ts.URL)
	stolen := c.http.Jar.Cookies(u)
	status, _ := c.postForm("/logout", url.Values{})
	require.Equal(t, http.StatusSeeOther, status)
	thief := p.client()
	thief.http.Jar.SetCookies(u, stolen)
	status, _ = thief.get("/")
	require.Equal(t, http.StatusSeeOther, status, "the session is gone from the store")

	now := testNow
	p.srv.now = func() time.Time { return now }
	c = p.login("asesor")
	now = now.Add(p.srv.ttl - time.Minute)
	status, _ = c.get("/")
	require.Equal(t, http.StatusOK, status)
	now = now.Add(2 * time.Minute)
	status, _ = c.get("/")
	require.Equal(t, http.StatusSeeOther, status, "the session expired")
}
