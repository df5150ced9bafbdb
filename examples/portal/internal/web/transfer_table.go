package web

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"slices"

	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// tableResult is what the import of a working list did.
type tableResult struct {
	Added, Updated, Unchanged int
	// Conflicts are the items someone changed while the list was being
	// imported, left as they were saved; StatusKept the items whose status
	// in the list differs from the portal's, which the review keeps.
	Conflicts, StatusKept int
}

// exportWorkbook serves the workspace as the working list regions keep in
// Excel.
func (s *Server) exportWorkbook(c *call) {
	s.exportTable(c, "workspace.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (*workspace.Workspace).WriteWorkbook)
}

// exportCSV serves the workspace's items as the working list in CSV.
func (s *Server) exportCSV(c *call) {
	s.exportTable(c, "workspace.csv", "text/csv; charset=utf-8", (*workspace.Workspace).WriteCSV)
}

func (s *Server) exportTable(c *call, name, media string, write func(*workspace.Workspace, io.Writer) error) {
	ws, _, err := s.st.Workspace(c.r.Context())
	if err != nil {
		st, key := httpStatus(err)
		s.fail(c, st, key, err)
		return
	}
	var buf bytes.Buffer
	if err := write(ws, &buf); err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	h := c.w.Header()
	h.Set("Content-Type", media)
	h.Set("Content-Disposition", `attachment; filename="`+name+`"`)
	_, _ = buf.WriteTo(c.w)
}

// importTable imports a working list, a workbook or CSV, into the
// workspace without losing what the portal knows that a list does not
// keep: an item the portal has keeps its status, document and history
// (statuses change through the review, with who and when), and takes the
// list's title, output, person responsible, unit, due date, number and
// kind; an item the portal lacks is added with the list's status, its
// history saying it was imported. The list's claims and outside values
// (its sheets Klaim and Nilai Luar) replace those of the same indicators.
// The whole result is validated before anything is written; new items,
// claims and outside values are written in one transaction, and each
// changed item at the version it was read at, so that an edit saved
// meanwhile is kept and counted as a conflict.
func (s *Server) importTable(c *call, data []byte) {
	ctx := c.r.Context()
	opt := workspace.ReadOptions{Limit: s.maxUpload}
	m, merr := s.st.Meta(ctx)
	if merr == nil {
		if fw, err := frameworkOf(m.Framework, m.Year); err == nil {
			opt.Framework = fw
		}
		opt.Instansi, opt.Year = m.Instansi, m.Year
	} else if !errors.Is(merr, store.ErrNotFound) {
		s.fail(c, http.StatusInternalServerError, "err_internal", merr)
		return
	}
	list, err := workspace.ReadTable(bytes.NewReader(data), opt)
	if err != nil {
		s.fail(c, http.StatusUnprocessableEntity, "err_refused", err)
		return
	}
	cur, versions, err := s.st.Workspace(ctx)
	if err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	if merr == nil {
		list.Instansi, list.Year, list.Framework, list.Target, list.Illustrative = m.Instansi, m.Year, m.Framework, m.Target, m.Illustrative
	}
	at := map[string]int{}
	for k, it := range cur.Items {
		at[it.ID] = k
	}
	var (
		res     tableResult
		adds    []workspace.Item
		updates []workspace.Item
	)
	merged := *cur
	merged.Items = slices.Clone(cur.Items)
	for _, it := range list.Items {
		k, ok := at[it.ID]
		if !ok {
			if st := statusOrBelum(it.Status); st != workspace.Belum {
				it.History = []workspace.Change{{At: s.now().UTC(), By: c.user.Login, From: workspace.Belum, To: st, Reason: "impor daftar kerja"}}
			}
			adds = append(adds, it)
			merged.Items = append(merged.Items, it)
			continue
		}
		old := cur.Items[k]
		upd := old
		listFields(&upd, &it)
		if statusOrBelum(it.Status) != statusOrBelum(old.Status) {
			res.StatusKept++
		}
		if sameFields(&upd, &old) {
			res.Unchanged++
			continue
		}
		updates = append(updates, upd)
		merged.Items[k] = upd
	}
	merged.Instansi, merged.Year, merged.Framework, merged.Target, merged.Illustrative = list.Instansi, list.Year, list.Framework, list.Target, list.Illustrative
	merged.Claims = byIndicator(cur.Claims, list.Claims, func(c workspace.Claim) int { return c.Indicator })
	merged.Outside = byIndicator(cur.Outside, list.Outside, func(o workspace.Outside) int { return o.Indicator })
	if err := merged.Validate(nil).Err(); err != nil {
		s.fail(c, http.StatusUnprocessableEntity, "err_refused", err)
		return
	}
	if len(adds) > 0 || len(list.Claims) > 0 || len(list.Outside) > 0 || merr != nil {
		w := &workspace.Workspace{Instansi: list.Instansi, Year: list.Year, Framework: list.Framework, Target: list.Target,
			Illustrative: list.Illustrative, Claims: list.Claims, Outside: list.Outside, Items: adds}
		if _, err := s.st.Import(ctx, c.user, w); err != nil {
			st, key := httpStatus(err)
			s.fail(c, st, key, err)
			return
		}
		res.Added = len(adds)
	}
	for _, upd := range updates {
		_, err := s.st.UpdateItem(ctx, c.user, upd.ID, versions[upd.ID], "import", func(it *workspace.Item) error {
			listFields(it, &upd)
			return nil
		})
		switch {
		case errors.Is(err, store.ErrConflict):
			res.Conflicts++
		case err != nil:
			st, key := httpStatus(err)
			s.fail(c, st, key, err)
			return
		default:
			res.Updated++
		}
	}
	s.render(c, http.StatusOK, "transfer", "transfer_title", transferView{CanImport: true, Table: &res})
}

// listFields copies onto it the fields a working list keeps, leaving its
// status, document and history.
func listFields(it, from *workspace.Item) {
	it.Indicator, it.Level, it.No = from.Indicator, from.Level, from.No
	it.Title, it.Output, it.Responsible, it.Unit = from.Title, from.Output, from.Responsible, from.Unit
	it.Due, it.Main = from.Due, from.Main
}

// sameFields reports whether a and b agree on the fields a list keeps.
func sameFields(a, b *workspace.Item) bool {
	return a.Indicator == b.Indicator && a.Level == b.Level && a.No == b.No && a.Title == b.Title &&
		a.Output == b.Output && a.Responsible == b.Responsible && a.Unit == b.Unit && a.Due == b.Due && a.Main == b.Main
}

// byIndicator returns the claims or outside values of cur with those of
// list in place of the same indicators', as the store's Import sets them.
func byIndicator[T any](cur, list []T, indicator func(T) int) []T {
	out := slices.Clone(cur)
	for _, c := range list {
		k := slices.IndexFunc(out, func(o T) bool { return indicator(o) == indicator(c) })
		if k >= 0 {
			out[k] = c
		} else {
			out = append(out, c)
		}
	}
	return out
}
