package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/kotacerdas/smartcity/examples/portal/internal/auth"
)

// Memory a multipart form may use before its files spill to disk.
const formMemory = 1 << 20

// Room a form's other fields and the multipart framing may take beside
// its file.
const formOverhead = 1 << 20

// action wraps the handler of a form: it needs a session, reads the form
// within the upload limit (413 past it) and checks the session's CSRF token
// (403 when it is missing or wrong) before the handler runs.
func (s *Server) action(h func(c *call)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c, err := s.begin(w, r)
		if err != nil {
			s.fail(c, http.StatusInternalServerError, "err_internal", err)
			return
		}
		if !c.in {
			s.fail(c, http.StatusForbidden, "err_login_needed", nil)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.maxUpload+formOverhead)
		if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
			err = r.ParseMultipartForm(formMemory)
			if r.MultipartForm != nil {
				defer r.MultipartForm.RemoveAll()
			}
		} else {
			err = r.ParseForm()
		}
		if err != nil {
			if tooLarge(err) {
				s.fail(c, http.StatusRequestEntityTooLarge, "err_too_large", nil)
				return
			}
			s.fail(c, http.StatusBadRequest, "err_bad_form", err)
			return
		}
		if !auth.Equal(r.PostFormValue("csrf"), c.csrf) {
			s.fail(c, http.StatusForbidden, "err_csrf", nil)
			return
		}
		h(c)
	}
}

// tooLarge reports whether err says that a body passed its limit.
func tooLarge(err error) bool {
	var mb *http.MaxBytesError
	return errors.As(err, &mb) || strings.Contains(err.Error(), "request body too large")
}
