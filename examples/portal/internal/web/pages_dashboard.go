package web

import (
	"bytes"
	"errors"
	"html/template"
	"net/http"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// dashboardView is what the dashboard shows.
type dashboardView struct {
	Framework string
	Standing  *workspace.Standing
	// Evidenced and Claimed are the two results' predikat, in words.
	Evidenced, Claimed string
	Chart              template.HTML
	// Target is the workspace's target as written, TargetError why it
	// cannot be read; Way the way to it.
	Target      string
	TargetError string
	Way         *workspace.Way
	Units       []unitWay
	Aspects     []aspectRow
	Overdue     []workspace.Outstanding
	OverdueMore int
	Indicators  []indicatorRow
}

// unitWay is one unit's outstanding items on the way, the first few.
type unitWay struct {
	workspace.Group
	More int
}

// aspectRow is one aspect's progress with its name and index.
type aspectRow struct {
	workspace.Progress
	Name      string
	Evidenced smartcity.Number
	Claimed   smartcity.Number
}

// indicatorRow is one indicator's line of the dashboard.
type indicatorRow struct {
	workspace.IndicatorStanding
	Name string
}

// Most items the dashboard lists in one group; the unit's page lists all.
const dashboardList = 8

// dashboard shows where the workspace stands and the way to its target.
func (s *Server) dashboard(c *call) {
	e, err := s.evaluate(c.r.Context())
	if errors.Is(err, errNoWorkspace) {
		s.render(c, http.StatusOK, "empty", "dashboard_title", nil)
		return
	}
	if err != nil {
		st, key := httpStatus(err)
		s.fail(c, st, key, err)
		return
	}
	v, err := s.dashboardOf(e, c.lang)
	if err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	s.render(c, http.StatusOK, "dashboard", "dashboard_title", v)
}

// dashboardOf builds the dashboard of an evaluation.
func (s *Server) dashboardOf(e *evaluation, lang smartcity.Lang) (*dashboardView, error) {
	st, fw := e.st, e.fw
	v := &dashboardView{
		Framework: fw.Name().In(lang),
		Standing:  st,
		Evidenced: fw.PredicateName(st.Evidenced.Predicate, lang),
		Target:    e.ws.Target,
	}
	if st.Claimed != nil {
		v.Claimed = fw.PredicateName(st.Claimed.Predicate, lang)
	}
	opt := spbe.ReportOptions{Lang: lang}
	if e.ws.Target != "" {
		target, err := spbe.ParseTarget(e.ws.Target)
		if err != nil {
			v.TargetError = smartcity.ErrorMessage(err, lang)
		} else {
			opt.Target = target
			way, err := st.Way(target, workspace.WayOptions{})
			if err != nil {
				v.TargetError = smartcity.ErrorMessage(err, lang)
			} else {
				v.Way = way
				for _, g := range way.Units {
					u := unitWay{Group: g}
					if len(g.Items) > dashboardList {
						u.More = len(g.Items) - dashboardList
						u.Items = g.Items[:dashboardList]
					}
					v.Units = append(v.Units, u)
				}
			}
		}
	}
	name := message(lang, "chart_evidenced")
	if st.Illustrative {
		name += " (" + message(lang, "illustrative_short") + ")"
	}
	scored := spbe.Scored{Instansi: name, Result: st.Evidenced}
	if st.Claimed != nil {
		opt.Compare = &spbe.Scored{Instansi: message(lang, "chart_claimed"), Result: st.Claimed}
	}
	svg, err := spbe.BarsSVG(scored, opt)
	if err != nil {
		return nil, err
	}
	if i := bytes.Index(svg, []byte("<svg")); i > 0 {
		svg = svg[i:]
	}
	v.Chart = template.HTML(svg) // the library's SVG, its labels escaped
	for k, p := range st.Aspects {
		row := aspectRow{Progress: p, Name: fw.AspectAt(k).Name.In(lang)}
		if k < len(st.Evidenced.Aspects) {
			row.Evidenced = st.Evidenced.Aspects[k]
		}
		if st.Claimed != nil && k < len(st.Claimed.Aspects) {
			row.Claimed = st.Claimed.Aspects[k]
		}
		v.Aspects = append(v.Aspects, row)
	}
	v.Overdue = st.Overdue
	if len(v.Overdue) > 2*dashboardList {
		v.OverdueMore = len(v.Overdue) - 2*dashboardList
		v.Overdue = v.Overdue[:2*dashboardList]
	}
	for _, is := range st.Indicators {
		ind, _ := fw.Indicator(is.Indicator)
		v.Indicators = append(v.Indicators, indicatorRow{IndicatorStanding: is, Name: ind.Name.In(lang)})
	}
	return v, nil
}
