package web

import (
	"cmp"
	"net/http"
	"slices"
	"strconv"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// itemRow is an item in a list, with its version for the forms beside it.
type itemRow struct {
	store.Versioned
	Overdue bool
}

// rows turns items into list rows, flagging the overdue.
func (s *Server) rows(vs []store.Versioned) []itemRow {
	today := s.today()
	out := make([]itemRow, len(vs))
	for k, v := range vs {
		it := &v.Item
		out[k] = itemRow{Versioned: v, Overdue: !it.Due.IsZero() && it.Due.Before(today) && statusOrBelum(it.Status) != workspace.Diterima}
	}
	return out
}

// indicatorView is what an indicator's page shows: its standing, and its
// items level by level.
type indicatorView struct {
	Number    int
	Name      string
	Aspect    string
	Weight    string
	Standing  workspace.IndicatorStanding
	Levels    []levelItems
	MaxLevel  spbe.Level
	ClaimNote string
	// Changes are the latest status changes of its items, newest first.
	Changes []itemChange
	// Outside is its value from another national evaluation, when it
	// takes one; Conversion the table that turns that score into a level,
	// when the framework has one.
	Outside    *workspace.Outside
	Conversion *spbe.Conversion
	ConvName   string
}

// itemChange is one status change of an item.
type itemChange struct {
	workspace.Change
	ID, Title string
}

// Status changes an indicator's page lists.
const indicatorChanges = 15

// levelItems are one level's items.
type levelItems struct {
	Level spbe.Level
	Name  string
	Items []itemRow
}

// indicatorPage shows one indicator.
func (s *Server) indicatorPage(c *call) {
	n, err := strconv.Atoi(c.r.PathValue("n"))
	if err != nil {
		s.fail(c, http.StatusNotFound, "err_not_found", nil)
		return
	}
	e, err := s.evaluate(c.r.Context())
	if err != nil {
		st, key := httpStatus(err)
		s.fail(c, st, key, err)
		return
	}
	ind, ok := e.fw.Indicator(n)
	is, ok2 := e.st.Indicator(n)
	if !ok || !ok2 {
		s.fail(c, http.StatusNotFound, "err_not_found", nil)
		return
	}
	v := indicatorView{
		Number: n, Name: ind.Name.In(c.lang), Aspect: ind.Aspect, Standing: is, MaxLevel: e.fw.MaxLevel(),
		Weight: c.lang.Decimal(smartcity.NewNumber(ind.WeightBP, 100).Format(2)) + " %",
	}
	if is.Outside {
		v.Outside = &workspace.Outside{Indicator: n}
		for _, o := range e.ws.Outside {
			if o.Indicator == n {
				v.Outside = &o
			}
		}
		if conv, ok := e.fw.Conversion(n); ok {
			v.Conversion, v.ConvName = &conv, conv.Name.In(c.lang)
		}
	}
	for _, cl := range e.ws.Claims {
		if cl.Indicator == n {
			v.ClaimNote = cl.Note
		}
	}
	var mine []store.Versioned
	for _, it := range e.ws.Items {
		if it.Indicator == n {
			mine = append(mine, store.Versioned{Item: it, Version: e.versions[it.ID]})
		}
	}
	for _, m := range mine {
		for _, ch := range m.Item.History {
			v.Changes = append(v.Changes, itemChange{Change: ch, ID: m.Item.ID, Title: m.Item.Title})
		}
	}
	slices.SortStableFunc(v.Changes, func(a, b itemChange) int { return b.At.Compare(a.At) })
	v.Changes = v.Changes[:min(len(v.Changes), indicatorChanges)]
	rows := s.rows(mine)
	for l := max(e.fw.MinLevel(), 1); l <= e.fw.MaxLevel(); l++ {
		li := levelItems{Level: l, Name: e.fw.LevelName(n, l).In(c.lang)}
		for _, r := range rows {
			if r.Item.Level == l {
				li.Items = append(li.Items, r)
			}
		}
		v.Levels = append(v.Levels, li)
	}
	s.render(c, http.StatusOK, "indicator", "indicator_title", v)
}

// unitView is what a unit's page shows: its items by due date.
type unitView struct {
	Name     string
	Progress workspace.Progress
	Items    []itemRow
}

// unitPage shows one unit's items and deadlines.
func (s *Server) unitPage(c *call) {
	name := c.r.PathValue("name")
	items, err := s.st.Items(c.r.Context(), store.Filter{Unit: name})
	if err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	v := unitView{Name: name, Items: s.rows(items)}
	slices.SortStableFunc(v.Items, func(a, b itemRow) int {
		ad, bd := a.Item.Due, b.Item.Due
		if ad.IsZero() != bd.IsZero() {
			if ad.IsZero() {
				return 1
			}
			return -1
		}
		return cmp.Or(ad.Compare(bd), cmp.Compare(a.Item.Indicator, b.Item.Indicator), cmp.Compare(a.Item.Level, b.Item.Level))
	})
	p := &v.Progress
	p.Name = name
	for _, r := range v.Items {
		p.Items++
		switch statusOrBelum(r.Item.Status) {
		case workspace.Belum:
			p.Belum++
		case workspace.Draf:
			p.Draf++
		case workspace.Proses:
			p.Proses++
		case workspace.Revisi:
			p.Revisi++
		case workspace.Diterima:
			p.Diterima++
		}
		if r.Overdue {
			p.Overdue++
		}
	}
	s.render(c, http.StatusOK, "unit", "unit_title", v)
}

// reviewView is a page of the review queue: the items under review.
type reviewView struct {
	Items      []itemRow
	Total      int
	Page, Last int
	CanReview  bool
	Revisions  []workspace.Revision
}

// Items on a page of the review queue.
const reviewPageSize = 25

// reviewPage lists the items waiting for the assessor.
func (s *Server) reviewPage(c *call) {
	items, err := s.st.Items(c.r.Context(), store.Filter{Status: workspace.Proses})
	if err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	v := reviewView{
		Items: s.rows(items), CanReview: canReview(c.user),
		Revisions: []workspace.Revision{workspace.TidakTepat, workspace.BelumDiunggah, workspace.DitolakOtomatis},
	}
	slices.SortStableFunc(v.Items, func(a, b itemRow) int {
		return cmp.Or(cmp.Compare(a.Item.Indicator, b.Item.Indicator), cmp.Compare(a.Item.Level, b.Item.Level), cmp.Compare(a.Item.ID, b.Item.ID))
	})
	v.Total = len(v.Items)
	v.Last = max((v.Total+reviewPageSize-1)/reviewPageSize, 1)
	page, _ := strconv.Atoi(c.r.URL.Query().Get("page"))
	v.Page = min(max(page, 1), v.Last)
	v.Items = v.Items[min((v.Page-1)*reviewPageSize, v.Total):min(v.Page*reviewPageSize, v.Total)]
	s.render(c, http.StatusOK, "review", "review_title", v)
}

// auditView is one page of the audit log.
type auditView struct {
	Entries    []store.AuditEntry
	Page, Last int
	Total      int
}

// Entries on a page of the audit log.
const auditPageSize = 50

// auditPage shows the audit log, newest first, a page at a time.
func (s *Server) auditPage(c *call) {
	page, _ := strconv.Atoi(c.r.URL.Query().Get("page"))
	page = max(page, 1)
	entries, total, err := s.st.Audit(c.r.Context(), auditPageSize, (page-1)*auditPageSize, "")
	if err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	last := max((total+auditPageSize-1)/auditPageSize, 1)
	s.render(c, http.StatusOK, "audit", "audit_title", auditView{Entries: entries, Page: page, Last: last, Total: total})
}
