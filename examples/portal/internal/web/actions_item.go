package web

import (
	"errors"
	"net/http"

	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// change makes one change to the item of the request's path, at the
// version its form was drawn from, if allow lets the reader make it to
// the item as it is then; it answers with the item's page, a conflict page
// (409) when someone saved first, or an error page.
func (s *Server) change(c *call, action string, allow func(*workspace.Item) bool, f func(*workspace.Item) error) {
	ctx := c.r.Context()
	id := c.r.PathValue("id")
	version, err := formVersion(c.r)
	if err != nil {
		s.fail(c, http.StatusBadRequest, "err_bad_form", err)
		return
	}
	cur, err := s.st.Item(ctx, id)
	if err == nil && !allow(&cur.Item) {
		err = errForbidden
	}
	if err == nil {
		_, err = s.st.UpdateItem(ctx, c.user, id, version, action, func(it *workspace.Item) error {
			if !allow(it) {
				return errForbidden
			}
			return f(it)
		})
	}
	s.changed(c, id, err)
}

// changed answers after a change of item id: its page, or why not.
func (s *Server) changed(c *call, id string, err error) {
	switch {
	case err == nil:
		http.Redirect(c.w, c.r, "/item/"+id, http.StatusSeeOther)
	case errors.Is(err, store.ErrConflict):
		cur, err2 := s.st.Item(c.r.Context(), id)
		if err2 != nil {
			s.fail(c, http.StatusConflict, "err_conflict", err)
			return
		}
		s.showItem(c, http.StatusConflict, cur, true)
	default:
		st, key := httpStatus(err)
		s.fail(c, st, key, err)
	}
}

// move returns a change that moves an item to status to, by the reader.
func (s *Server) move(c *call, to workspace.Status, rev workspace.Revision, reason string) func(*workspace.Item) error {
	return func(it *workspace.Item) error {
		return it.Move(workspace.Change{At: s.now().UTC(), By: c.user.Login, To: to, Revision: rev, Reason: reason})
	}
}

// submit sends an item to review.
func (s *Server) submit(c *call) {
	s.change(c, "submit", c.worker, s.move(c, workspace.Proses, 0, ""))
}

// withdraw takes an item back from review to draft.
func (s *Server) withdraw(c *call) {
	s.change(c, "withdraw", c.worker, s.move(c, workspace.Draf, 0, ""))
}

// review accepts an item or sends it back with a reason and a kind.
func (s *Server) review(c *call) {
	reviewer := func(*workspace.Item) bool { return canReview(c.user) }
	switch c.r.PostFormValue("decision") {
	case "accept":
		s.change(c, "review", reviewer, s.move(c, workspace.Diterima, 0, ""))
	case "revise":
		var rev workspace.Revision
		if k := c.r.PostFormValue("kind"); k != "" {
			if err := rev.UnmarshalText([]byte(k)); err != nil {
				s.fail(c, http.StatusUnprocessableEntity, "err_refused", inputError("kind", err))
				return
			}
		}
		s.change(c, "review", reviewer, s.move(c, workspace.Revisi, rev, c.r.PostFormValue("reason")))
	default:
		s.fail(c, http.StatusBadRequest, "err_bad_form", inputError("decision", nil))
	}
}

// editItem changes an item's fields: a pelaksana its output and the person
// responsible, a koordinator every field.
func (s *Server) editItem(c *call) {
	f := c.r.PostForm
	all := canCoordinate(c.user)
	due, err := formDate(f.Get("due"))
	if err != nil && all {
		s.fail(c, http.StatusUnprocessableEntity, "err_refused", inputError("due", err))
		return
	}
	s.change(c, "edit", c.worker, func(it *workspace.Item) error {
		it.Output = clean(f.Get("output"))
		it.Responsible = clean(f.Get("responsible"))
		if all {
			if t := clean(f.Get("title")); t != "" {
				it.Title = t
			}
			if u := clean(f.Get("unit")); u != "" {
				it.Unit = u
			}
			it.Due = due
			it.Main = f.Get("main") == "on"
		}
		return nil
	})
}

// worker reports whether the reader may work on it.
func (c *call) worker(it *workspace.Item) bool { return canWork(c.user, it) }

// document returns the evidence of an upload.
func document(title, name, sha string) *spbe.Evidence {
	if title == "" {
		title = name
	}
	return &spbe.Evidence{Title: title, File: name, SHA256: sha}
}
