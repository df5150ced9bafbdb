package web

import (
	"errors"
	"net/http"
	"time"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/examples/portal/internal/auth"
	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
)

// sessionCookie carries a session's token; the store keeps only its hash.
const sessionCookie = "portal_session"

// call is one request as the handlers see it: who asks, in which language,
// with which session.
type call struct {
	w    http.ResponseWriter
	r    *http.Request
	lang smartcity.Lang
	// user is the account signed in; in says whether one is.
	user store.User
	in   bool
	// csrf is the session's CSRF token and tokenHash its token's hash.
	csrf      string
	tokenHash string
}

// begin reads the language and the session of a request.
func (s *Server) begin(w http.ResponseWriter, r *http.Request) (*call, error) {
	c := &call{w: w, r: r, lang: langOf(w, r)}
	ck, err := r.Cookie(sessionCookie)
	if err != nil || ck.Value == "" || len(ck.Value) > 128 {
		return c, nil
	}
	h := auth.TokenHash(ck.Value)
	u, csrf, err := s.st.Session(r.Context(), h, s.now())
	if errors.Is(err, store.ErrNotFound) {
		return c, nil
	}
	if err != nil {
		return c, err
	}
	c.user, c.in, c.csrf, c.tokenHash = u, true, csrf, h
	return c, nil
}

// page wraps the handler of a page that needs a session: a reader who is
// not signed in is sent to the login.
func (s *Server) page(h func(c *call)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, err := s.begin(w, r)
		if err != nil {
			s.fail(c, http.StatusInternalServerError, "err_internal", err)
			return
		}
		if !c.in {
			http.Redirect(w, r, "/login", http.StatusSeeOther)
			return
		}
		h(c)
	}
}

// startSession opens a session for u and sets its cookie.
func (s *Server) startSession(c *call, u store.User) error {
	token, err := auth.NewToken()
	if err != nil {
		return err
	}
	csrf, err := auth.NewToken()
	if err != nil {
		return err
	}
	expires := s.now().Add(s.ttl)
	if err := s.st.CreateSession(c.r.Context(), auth.TokenHash(token), u.ID, csrf, expires); err != nil {
		return err
	}
	http.SetCookie(c.w, &http.Cookie{
		Name: sessionCookie, Value: token, Path: "/", MaxAge: int(s.ttl / time.Second),
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: c.r.TLS != nil,
	})
	return nil
}

// endSession ends the request's session and clears its cookie.
func (s *Server) endSession(c *call) error {
	http.SetCookie(c.w, &http.Cookie{
		Name: sessionCookie, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: c.r.TLS != nil,
	})
	if c.tokenHash == "" {
		return nil
	}
	return s.st.DeleteSession(c.r.Context(), c.tokenHash)
}
