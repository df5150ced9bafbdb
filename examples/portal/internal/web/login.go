package web

import (
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/kotacerdas/smartcity/examples/portal/internal/auth"
	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
)

// loginCookie carries the CSRF token of the login form, which has no
// session yet to keep it: the form must post the same token back.
const loginCookie = "portal_login"

// loginView is what the login page shows.
type loginView struct {
	Login string
	// Error is the message key of a failed attempt, Wait the seconds to
	// wait before the next is heard.
	Error string
	Wait  int
}

// loginPage shows the login form with a fresh token.
func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) {
	c, err := s.begin(w, r)
	if err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	if c.in {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	s.showLogin(c, http.StatusOK, loginView{})
}

func (s *Server) showLogin(c *call, status int, v loginView) {
	token, err := auth.NewToken()
	if err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	http.SetCookie(c.w, &http.Cookie{
		Name: loginCookie, Value: token, Path: "/login", MaxAge: 3600,
		HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: c.r.TLS != nil,
	})
	c.csrf = token
	s.render(c, status, "login", "login_title", v)
}

// login checks a login and a password and opens a session. Failures are
// bounded per login: after three, each attempt waits twice as long as the
// last (429), and a wrong login costs the same time as a wrong password.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	c, err := s.begin(w, r)
	if err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	if err := r.ParseForm(); err != nil {
		s.fail(c, http.StatusBadRequest, "err_bad_form", err)
		return
	}
	ck, err := r.Cookie(loginCookie)
	if err != nil || !auth.Equal(r.PostFormValue("csrf"), ck.Value) {
		s.fail(c, http.StatusForbidden, "err_csrf", nil)
		return
	}
	login := strings.TrimSpace(r.PostFormValue("login"))
	password := r.PostFormValue("password")
	now := s.now()
	if wait := s.backoff.Wait(login, now); wait > 0 {
		s.showLogin(c, http.StatusTooManyRequests, loginView{Login: login, Error: "login_wait", Wait: int((wait + time.Second - 1) / time.Second)})
		return
	}
	u, ok, err := s.checkPassword(r, login, password)
	if err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	if !ok {
		s.backoff.Fail(login, now)
		s.showLogin(c, http.StatusUnauthorized, loginView{Login: login, Error: "login_failed"})
		return
	}
	s.backoff.Succeed(login)
	if c.in {
		_ = s.endSession(c)
	}
	if err := s.startSession(c, u); err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: loginCookie, Value: "", Path: "/login", MaxAge: -1})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// dummyHash is checked against when the login is unknown, so that the
// answer takes as long as for a wrong password.
const dummyHash = "$argon2id$v=19$m=65536,t=1,p=4$c29tZXNhbHRzb21lc2FsdA$0000000000000000000000000000000000000000000"

// checkPassword returns the account login names if password is its own.
func (s *Server) checkPassword(r *http.Request, login, password string) (store.User, bool, error) {
	if login == "" || password == "" {
		return store.User{}, false, nil
	}
	u, hash, err := s.st.UserByLogin(r.Context(), login)
	if errors.Is(err, store.ErrNotFound) {
		_, _ = auth.Verify(dummyHash, password)
		return store.User{}, false, nil
	}
	if err != nil {
		return store.User{}, false, err
	}
	ok, err := auth.Verify(hash, password)
	if errors.Is(err, auth.ErrHash) {
		return store.User{}, false, nil
	}
	return u, ok, err
}

// logout ends the session.
func (s *Server) logout(c *call) {
	if err := s.endSession(c); err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	http.Redirect(c.w, c.r, "/login", http.StatusSeeOther)
}
