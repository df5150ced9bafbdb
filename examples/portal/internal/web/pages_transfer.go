package web

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
	"github.com/kotacerdas/smartcity/internal/input"
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
