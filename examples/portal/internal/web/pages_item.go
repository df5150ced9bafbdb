package web

import (
	"net/http"

	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// itemView is what an item's page shows: the item, what the reader may do
// with it and its audit log.
type itemView struct {
	store.Versioned
	IndicatorName string
	LevelName     string
	Overdue       bool
	// Download says that the document is a file the portal keeps.
	Download bool
	// The forms the reader may use.
	CanWork, CanEditAll, CanUpload, CanSubmit, CanWithdraw, CanReview bool
	Revisions                                                         []workspace.Revision
	Audit                                                             []store.AuditEntry
	// Conflict says that the reader's change was refused because someone
	// else saved first: the page shows the item as it is now.
	Conflict bool
}

// Audit entries an item's page shows.
const itemAudit = 20

// itemPage shows one item.
func (s *Server) itemPage(c *call) {
	v, err := s.st.Item(c.r.Context(), c.r.PathValue("id"))
	if err != nil {
		st, key := httpStatus(err)
		s.fail(c, st, key, err)
		return
	}
	s.showItem(c, http.StatusOK, v, false)
}

// showItem renders an item's page; conflict shows it after a stale edit.
func (s *Server) showItem(c *call, status int, v store.Versioned, conflict bool) {
	it := &v.Item
	iv := itemView{Versioned: v, Conflict: conflict}
	if m, err := s.st.Meta(c.r.Context()); err == nil {
		if fw, err := frameworkOf(m.Framework, m.Year); err == nil {
			if ind, ok := fw.Indicator(it.Indicator); ok {
				iv.IndicatorName = ind.Name.In(c.lang)
				iv.LevelName = fw.LevelName(it.Indicator, it.Level).In(c.lang)
			}
		}
	}
	st := statusOrBelum(it.Status)
	iv.Overdue = !it.Due.IsZero() && it.Due.Before(s.today()) && st != workspace.Diterima
	iv.Download = it.Document != nil && it.Document.SHA256 != "" && it.Document.File != ""
	iv.CanWork = canWork(c.user, it)
	iv.CanEditAll = canCoordinate(c.user)
	iv.CanUpload = iv.CanWork && (st == workspace.Belum || st == workspace.Draf || st == workspace.Revisi)
	iv.CanSubmit = iv.CanWork && workspace.CanMove(st, workspace.Proses) && it.Document != nil
	iv.CanWithdraw = iv.CanWork && st == workspace.Proses
	iv.CanReview = canReview(c.user) && (st == workspace.Proses || st == workspace.Diterima || st == workspace.Belum)
	iv.Revisions = []workspace.Revision{workspace.TidakTepat, workspace.BelumDiunggah, workspace.DitolakOtomatis}
	if entries, _, err := s.st.Audit(c.r.Context(), itemAudit, 0, it.ID); err == nil {
		iv.Audit = entries
	}
	title := "item_title"
	if conflict {
		title = "conflict_title"
	}
	s.render(c, status, "item", title, iv)
}
