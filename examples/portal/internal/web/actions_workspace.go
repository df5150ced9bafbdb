package web

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// settings sets the workspace's target.
func (s *Server) settings(c *call) {
	if !canCoordinate(c.user) {
		s.fail(c, http.StatusForbidden, "err_forbidden", nil)
		return
	}
	ctx := c.r.Context()
	m, err := s.st.Meta(ctx)
	if err != nil {
		st, key := httpStatus(err)
		s.fail(c, st, key, err)
		return
	}
	target := clean(c.r.PostFormValue("target"))
	if target != "" {
		if _, err := spbe.ParseTarget(target); err != nil {
			s.fail(c, http.StatusUnprocessableEntity, "err_refused", err)
			return
		}
	}
	m.Target = target
	if err := s.st.SetMeta(ctx, c.user, m); err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	http.Redirect(c.w, c.r, "/", http.StatusSeeOther)
}

// claim sets the level claimed for an indicator; level 0 removes the
// claim.
func (s *Server) claim(c *call) {
	if !canCoordinate(c.user) {
		s.fail(c, http.StatusForbidden, "err_forbidden", nil)
		return
	}
	ctx := c.r.Context()
	n, err1 := strconv.Atoi(c.r.PostFormValue("indicator"))
	l, err2 := strconv.Atoi(c.r.PostFormValue("level"))
	e, err := s.evaluate(ctx)
	if err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	_, ok := e.fw.Indicator(n)
	if err1 != nil || err2 != nil || !ok || l < 0 || l > int(e.fw.MaxLevel()) || (l != 0 && l < int(e.fw.MinLevel())) {
		s.fail(c, http.StatusUnprocessableEntity, "err_refused", inputError("claim", errors.Join(err1, err2)))
		return
	}
	cl := workspace.Claim{Indicator: n, Level: spbe.Level(l), Note: clean(c.r.PostFormValue("note"))}
	if err := s.st.SetClaim(ctx, c.user, cl); err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	http.Redirect(c.w, c.r, fmt.Sprintf("/indicator/%d", n), http.StatusSeeOther)
}

// outside sets the value an outside indicator takes from another national
// evaluation: its score, converted by the framework's table, or its level
// where the framework has none; an empty value removes it.
func (s *Server) outside(c *call) {
	if !canCoordinate(c.user) {
		s.fail(c, http.StatusForbidden, "err_forbidden", nil)
		return
	}
	ctx := c.r.Context()
	e, err := s.evaluate(ctx)
	if err != nil {
		st, key := httpStatus(err)
		s.fail(c, st, key, err)
		return
	}
	n, _ := strconv.Atoi(c.r.PostFormValue("indicator"))
	is, ok := e.st.Indicator(n)
	if !ok || !is.Outside {
		s.fail(c, http.StatusUnprocessableEntity, "err_refused", inputError("indicator", nil))
		return
	}
	o := workspace.Outside{Indicator: n}
	if conv, ok := e.fw.Conversion(n); ok {
		if score := clean(c.r.PostFormValue("score")); score != "" {
			o.Score = &spbe.ExternalScore{Source: conv.Source, Score: score}
			if _, err := e.fw.Convert(n, *o.Score); err != nil {
				s.fail(c, http.StatusUnprocessableEntity, "err_refused", err)
				return
			}
		}
	} else {
		l, err := strconv.Atoi(c.r.PostFormValue("level"))
		if err != nil || l < 0 || l > int(e.fw.MaxLevel()) {
			s.fail(c, http.StatusUnprocessableEntity, "err_refused", inputError("level", err))
			return
		}
		o.Level = spbe.Level(l)
	}
	if err := s.st.SetOutside(ctx, c.user, o); err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	http.Redirect(c.w, c.r, fmt.Sprintf("/indicator/%d", n), http.StatusSeeOther)
}
