package workspace

import (
	"cmp"
	"slices"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// Progress counts a group of items — a unit's, an aspect's, an
// indicator's or all of them — by status.
type Progress struct {
	// Name is the group's name: the unit's name or the aspect's code;
	// empty for an indicator's items and the total.
	Name string `json:"name,omitempty"`
	// Items is the number of items; the others count them by status.
	Items    int `json:"items"`
	Belum    int `json:"belum"`
	Draf     int `json:"draf"`
	Proses   int `json:"proses"`
	Revisi   int `json:"revisi"`
	Diterima int `json:"diterima"`
	// Main is the number of main items and MainAccepted of those accepted.
	Main         int `json:"main"`
	MainAccepted int `json:"main_accepted"`
	// Overdue counts the items past their due date and not accepted.
	Overdue int `json:"overdue"`
}

// Done is the share of items accepted, exactly; 0 for no items.
func (p Progress) Done() smartcity.Number {
	if p.Items == 0 {
		return smartcity.Number{}
	}
	return smartcity.NewNumber(int64(p.Diterima), int64(p.Items))
}

// add counts one item, judged overdue on today.
func (p *Progress) add(it *Item, today smartcity.Date) {
	p.Items++
	switch it.Status {
	case Draf:
		p.Draf++
	case Proses:
		p.Proses++
	case Revisi:
		p.Revisi++
	case Diterima:
		p.Diterima++
	default:
		p.Belum++
	}
	if it.Main {
		p.Main++
		if it.Status == Diterima {
			p.MainAccepted++
		}
	}
	if it.overdue(today) {
		p.Overdue++
	}
}

// overdue reports whether the item is past its due date on today and not
// accepted; never on the zero today or without a due date.
func (it *Item) overdue(today smartcity.Date) bool {
	return !today.IsZero() && !it.Due.IsZero() && it.Due.Before(today) && it.Status != Diterima
}

// progress fills the totals, the units, the aspects and the overdue items.
func (s *Standing) progress(fw *spbe.Framework) {
	units := map[string]*Progress{}
	aspects := make([]Progress, fw.NumAspects())
	aspectOf := map[string]int{}
	for a, as := range fw.Aspects() {
		aspects[a].Name, aspectOf[as.Code] = as.Code, a
	}
	for k := range s.items {
		it := &s.items[k]
		s.Total.add(it, s.Today)
		u := units[it.Unit]
		if u == nil {
			u = &Progress{Name: it.Unit}
			units[it.Unit] = u
		}
		u.add(it, s.Today)
		if ind, ok := fw.Indicator(it.Indicator); ok {
			aspects[aspectOf[ind.Aspect]].add(it, s.Today)
		}
		if it.overdue(s.Today) {
			s.Overdue = append(s.Overdue, outstanding(it, s.Today))
		}
	}
	for _, u := range units {
		s.Units = append(s.Units, *u)
	}
	slices.SortFunc(s.Units, func(a, b Progress) int { return cmp.Compare(a.Name, b.Name) })
	s.Aspects = aspects
	slices.SortStableFunc(s.Overdue, byDue)
}
