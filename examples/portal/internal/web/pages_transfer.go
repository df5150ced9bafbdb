package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
	"github.com/kotacerdas/smartcity/internal/input"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// transferView is the import and export page, with what an import did.
type transferView struct {
	CanImport bool
	Imported  *store.ImportSummary
	Table     *tableResult
}

// transferPage offers the workspace for download and, to a koordinator,
// an import.
func (s *Server) transferPage(c *call) {
	s.render(c, http.StatusOK, "transfer", "transfer_title", transferView{CanImport: canCoordinate(c.user)})
}

// exportJSON serves the workspace as its JSON document.
func (s *Server) exportJSON(c *call) {
	ws, _, err := s.st.Workspace(c.r.Context())
	if err != nil {
		st, key := httpStatus(err)
		s.fail(c, st, key, err)
		return
	}
	data, err := json.MarshalIndent(ws, "", "  ")
	if err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	h := c.w.Header()
	h.Set("Content-Type", "application/json; charset=utf-8")
	h.Set("Content-Disposition", `attachment; filename="workspace.json"`)
	_, _ = c.w.Write(append(data, '\n'))
}

// importWorkspace reads a workspace's JSON document, or a working list as
// a workbook or CSV (importTable), and writes it into the store.
func (s *Server) importWorkspace(c *call) {
	if !canCoordinate(c.user) {
		s.fail(c, http.StatusForbidden, "err_forbidden", nil)
		return
	}
	if c.r.MultipartForm == nil || len(c.r.MultipartForm.File["workspace"]) != 1 {
		s.fail(c, http.StatusUnprocessableEntity, "err_refused", errNoFile)
		return
	}
	f, err := c.r.MultipartForm.File["workspace"][0].Open()
	if err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	data, err := input.ReadAll(f, s.maxUpload)
	f.Close()
	if err != nil {
		s.fail(c, http.StatusRequestEntityTooLarge, "err_too_large", err)
		return
	}
	if !isJSON(data) {
		s.importTable(c, data)
		return
	}
	ws, err := workspace.Unmarshal(data)
	if err != nil {
		s.fail(c, http.StatusUnprocessableEntity, "err_refused", err)
		return
	}
	ctx := c.r.Context()
	if ws.Instansi == "" && ws.Year == 0 {
		// A list of items alone joins the workspace the portal holds.
		if m, err := s.st.Meta(ctx); err == nil {
			ws.Instansi, ws.Year, ws.Framework, ws.Target, ws.Illustrative = m.Instansi, m.Year, m.Framework, m.Target, m.Illustrative
		}
	}
	if err := ws.Validate(nil).Err(); err != nil {
		s.fail(c, http.StatusUnprocessableEntity, "err_refused", err)
		return
	}
	sum, err := s.st.Import(ctx, c.user, ws)
	if err != nil {
		st, key := httpStatus(err)
		s.fail(c, st, key, err)
		return
	}
	s.render(c, http.StatusOK, "transfer", "transfer_title", transferView{CanImport: true, Imported: &sum})
}

// isJSON reports whether data opens as a JSON object, after a byte-order
// mark and white space.
func isJSON(data []byte) bool {
	data = bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	return len(data) > 0 && data[0] == '{'
}

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
