package masterplan

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/check"
	"github.com/kotacerdas/smartcity/internal/jsonnum"
	"github.com/kotacerdas/smartcity/internal/ref"
	"github.com/kotacerdas/smartcity/pillar"
	"github.com/kotacerdas/smartcity/spbe"
)

// run applies the masterplan's rules, section by section in document
// order. Each rule skips values a field check has already reported (a
// missing year is "required", not also "outside the period").
func (c *checker) run() {
	c.region()
	c.period()
	c.rpjmd()
	c.legalBasis()
	c.books()
	c.readiness()
	c.strategies()
	c.programs()
	c.pillars()
	c.lifecycle()
}

// enum reports v, a value of an enum set in code, unless ok: unless it is
// unset (its field rule reports that) or declared.
func (c *checker) enum(path string, v fmt.Stringer, ok bool) {
	if !ok {
		c.fail(path, "enum", check.Unknown(labelArg(path), v.String()))
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

func (c *checker) region() {
	r := &c.plan.Region
	c.enum("region.kind", r.Kind, r.Kind == 0 || r.Kind.isValid())
	if r.KemendagriCode == "" {
		return
	}
	codeKind, ok := kemendagriKind(r.KemendagriCode)
	switch {
	case !ok:
		c.add("region.kemendagri_code", "kemendagri_code", smartcity.Error, strconv.Quote(r.KemendagriCode), codeFormat(r.Kind))
	case !r.Kind.isValid():
	case (r.Kind == Provinsi) != (codeKind == Provinsi):
		c.add("region.kemendagri_code", "kemendagri_code", smartcity.Error, strconv.Quote(r.KemendagriCode), codeFormat(r.Kind))
	case codeKind != r.Kind:
		c.add("region.kemendagri_code", "kemendagri_kind", smartcity.Warning, r.KemendagriCode,
			lowerNameArg(codeKind), lowerNameArg(r.Kind))
	}
}

// codeFormat is the form of a Kemendagri code for a region of kind k.
func codeFormat(k RegionKind) string {
	switch k {
	case Provinsi:
		return "NN"
	case Kabupaten, Kota:
		return "NN.NN"
	}
	return "NN / NN.NN"
}

// kemendagriKind reads a Kemendagri code, "NN" for a province (11–99) or
// "NN.NN" for a kabupaten or kota in it, and returns the kind of region the
// numbering implies: kota are numbered from 71, kabupaten below.
func kemendagriKind(code string) (RegionKind, bool) {
	two := func(s string) (int, bool) {
		if len(s) != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
			return 0, false
		}
		return int(s[0]-'0')*10 + int(s[1]-'0'), true
	}
	provPart, regPart, hasDot := strings.Cut(code, ".")
	prov, ok := two(provPart)
	if !ok || prov < 11 {
		return 0, false
	}
	if !hasDot {
		return Provinsi, true
	}
	reg, ok := two(regPart)
	if !ok || reg < 1 {
		return 0, false
	}
	if reg >= 71 {
		return Kota, true
	}
	return Kabupaten, true
}

// planPeriod returns the plan's period and whether it is usable for
// containment checks.
func (c *checker) planPeriod() (Period, bool) {
	pp := c.plan.Period
	return pp, check.ValidYear(pp.StartYear) && check.ValidYear(pp.EndYear) && pp.StartYear <= pp.EndYear
}

// year reports y at path when it is set but not a four-digit year, and
// whether it is not.
func (c *checker) year(path string, y int) bool {
	if y != 0 && !check.ValidYear(y) {
		c.fail(path, "year", check.Year(y))
		return false
	}
	return true
}

// yearSpan checks the span of years at base, its start_year and end_year:
// each year that is set has four digits, and the first is not after the
// last (rule "year_order", at base). It reports whether the span is
// usable: both years set, valid and in order.
func (c *checker) yearSpan(base string, start, end int) bool {
	ok := c.year(base+".start_year", start)
	ok = c.year(base+".end_year", end) && ok
	switch {
	case !ok || start == 0 || end == 0:
		return false
	case start > end:
		c.add(base, "year_order", smartcity.Error, itoa(start), itoa(end))
		return false
	}
	return true
}

func (c *checker) period() {
	pp := c.plan.Period
	if !c.yearSpan("period", pp.StartYear, pp.EndYear) {
		return
	}
	if n := pp.years(); n < MinPlanYears || n > MaxPlanYears {
		c.add("period", "period", smartcity.Error, itoa(pp.StartYear), itoa(pp.EndYear), itoa(n))
	}
}

func (c *checker) rpjmd() {
	r := c.plan.RPJMD
	if !c.yearSpan("rpjmd", r.StartYear, r.EndYear) {
		return
	}
	if pp, ok := c.planPeriod(); ok && (r.EndYear < pp.StartYear || r.StartYear > pp.EndYear) {
		c.add("rpjmd", "rpjmd_overlap", smartcity.Warning, itoa(r.StartYear), itoa(r.EndYear), itoa(pp.StartYear), itoa(pp.EndYear))
	}
}

func (c *checker) legalBasis() {
	l := c.plan.LegalBasis
	if l == nil {
		return
	}
	c.enum("legal_basis.kind", l.Kind, l.Kind == 0 || l.Kind.isValid())
	rk := c.plan.Region.Kind
	if l.Kind.isValid() && rk.isValid() && !l.Kind.fitsRegion(rk) {
		own := map[RegionKind]LegalKind{Kabupaten: Perbup, Kota: Perwal, Provinsi: Pergub}[rk]
		use := orArg(own.String(), Perda.String())
		c.add("legal_basis.kind", "legal_kind", smartcity.Warning, l.Kind.String(), lowerNameArg(rk), use)
	}
}

func (c *checker) books() {
	var seen [BookSummary + 1]int
	for i, b := range c.plan.Books {
		path := index("books", i) + ".volume"
		c.enum(path, b.Volume, b.Volume == 0 || b.Volume.isValid())
		if !b.Volume.isValid() {
			continue
		}
		if first := seen[b.Volume]; first > 0 {
			c.add(path, "book_unique", smartcity.Error, nameArg(b.Volume), index("books", first-1))
			continue
		}
		seen[b.Volume] = i + 1
	}
	for v := BookAnalysis; v <= BookSummary; v++ {
		if seen[v] == 0 {
			c.add("books", "book_missing", smartcity.Warning, nameArg(v))
		}
	}
}

func (c *checker) readiness() {
	r := &c.plan.Readiness
	var seen [SuperstructureImplementation + 1]int
	for i, it := range r.Items {
		base := index("readiness.items", i)
		c.enum(base+".sub_item", it.SubItem, it.SubItem == 0 || it.SubItem.isValid())
		if it.SubItem.isValid() {
			if first := seen[it.SubItem]; first > 0 {
				c.add(base+".sub_item", "readiness_unique", smartcity.Error, it.SubItem.String(), index("readiness.items", first-1))
			} else {
				seen[it.SubItem] = i + 1
			}
		}
		if it.Current >= 1 && it.Current <= 5 && it.Target >= 1 && it.Target <= 5 && it.Target < it.Current {
			c.add(base+".target", "readiness_target", smartcity.Warning, itoa(it.Target), itoa(it.Current))
		}
		for j, ev := range it.Evidence {
			if err := ref.Check(ev); ev != "" && err != nil {
				c.fail(index(base+".evidence", j), ref.Rule, err)
			}
		}
	}
	for s := range ReadinessSubItems() {
		if seen[s] == 0 {
			c.add("readiness.items", "readiness_missing", smartcity.Error, nameArg(s), nameArg(s.readinessPillar()))
		}
	}
	if r.SPBE != nil {
		c.spbe(r.SPBE)
	}
}

// spbe checks the readiness section's SPBE snapshot. The year picks the
// rule it was evaluated under (spbe.ForYear): the SPBE bands of 5/2018 and
// 59/2020 up to 2025, those of the Indeks Pemerintah Digital (PermenPANRB
// 8/2026) from 2026. A year no rule covers is reported and its predikat
// left unchecked; the index's form is checked whatever the year.
func (c *checker) spbe(s *SPBEResult) {
	var fw *spbe.Framework
	if s.Year != 0 && c.year("readiness.spbe.year", s.Year) {
		var ok bool
		if fw, ok = spbe.ForYear(s.Year); !ok {
			c.add("readiness.spbe.year", "spbe_year", smartcity.Warning, itoa(s.Year))
		}
	}
	if s.Index == "" {
		return
	}
	x, err := spbe.ParsePublishedIndex(s.Index)
	if err != nil {
		c.add("readiness.spbe.index", "spbe_index", smartcity.Error, strconv.Quote(s.Index))
		return
	}
	if fw != nil && s.Predikat != "" {
		c.checkSPBEPredikat(fw, s, x)
	}
}

// checkSPBEPredikat warns when the predikat does not fit the published
// index x under fw's bands: spbe says which predikats an index published
// rounded to two decimals can carry, whether its year took the predikat
// from the rounded or the exact value.
func (c *checker) checkSPBEPredikat(fw *spbe.Framework, s *SPBEResult, x smartcity.Number) {
	lo, hi := fw.PublishedPredicates(x)
	if got, err := spbe.ParsePredicate(s.Predikat); err == nil && (got == lo || got == hi) {
		return
	}
	var want any = hi.String()
	if lo != hi {
		want = orArg(lo.String(), hi.String())
	}
	c.add("readiness.spbe.predikat", "spbe_predikat", smartcity.Warning, s.Predikat, s.Index, want, itoa(s.Year))
}

func (c *checker) strategies() {
	for i, s := range c.plan.Strategies {
		base := index("strategies", i)
		c.enum(base+".pillar", s.Pillar, s.Pillar == 0 || s.Pillar.IsValid())
		c.enum(base+".element", s.Element, s.Element == 0 || s.Element.IsValid())
		if s.Pillar.IsValid() && s.Element.IsValid() && s.Element.Pillar() != s.Pillar {
			c.add(base+".element", "element_pillar", smartcity.Error, s.Element.String(), s.Pillar.Name(smartcity.English))
		}
	}
}

func (c *checker) programs() {
	ids := make(map[string]int, len(c.plan.Programs))
	for i := range c.plan.Programs {
		pr := &c.plan.Programs[i]
		if pr.ID != "" {
			if first, dup := ids[pr.ID]; dup {
				c.add(programPath(i, "id"), "unique", smartcity.Error, strconv.Quote(pr.ID), index("programs", first))
			} else {
				ids[pr.ID] = i
			}
		}
		c.program(i, pr)
	}
	c.budgetTotal()
}

// budgetTotal reports the first budget line at which the plan's budget,
// totalled in document order, no longer fits in an int64. Every total a
// summary, a report or an export makes — by pillar, year, source or
// programme — adds up some of the positive amounts, so none of them
// overflows when this sum does not; amounts that are not positive are
// reported on their own and left out.
func (c *checker) budgetTotal() {
	var total int64
	for i := range c.plan.Programs {
		for j, b := range c.plan.Programs[i].Budget {
			if b.Amount <= 0 {
				continue
			}
			if b.Amount > math.MaxInt64-total {
				most := arg(func(col int) string { return langOf(col).Rupiah(math.MaxInt64) })
				c.add(programItemPath(i, "budget", j, "amount"), "budget_total", smartcity.Error, most)
				return
			}
			total += b.Amount
		}
	}
}

// programPath returns the path of field in programme i; paths are built
// only when a problem is found, to keep validation of large plans fast.
func programPath(i int, field string) string { return index("programs", i) + "." + field }

// programItemPath returns the path of field in item j of list in programme
// i, such as "programs[3].budget[1].year".
func programItemPath(i int, list string, j int, field string) string {
	return index(programPath(i, list), j) + "." + field
}

// required reports a required field left empty, in the validator's words.
func (c *checker) required(path string) {
	c.fail(path, "required", check.Required(labelArg(path)))
}

// programFields checks the fields a Program requires (see Program).
func (c *checker) programFields(i int, pr *Program) {
	for _, f := range [...]struct {
		name  string
		empty bool
	}{
		{"id", pr.ID == ""},
		{"name", pr.Name == ""},
		{"element", pr.Element == 0},
		{"responsible_opd", pr.ResponsibleOPD == ""},
		{"horizon", pr.Horizon == 0},
		{"start_year", pr.StartYear == 0},
		{"end_year", pr.EndYear == 0},
		{"status", pr.Status == 0},
	} {
		if f.empty {
			c.required(programPath(i, f.name))
		}
	}
	for j, o := range pr.SupportingOPDs {
		if o == "" {
			c.required(index(programPath(i, "supporting_opds"), j))
		}
	}
}

func (c *checker) program(i int, pr *Program) {
	c.programFields(i, pr)
	c.enum(programPath(i, "element"), pr.Element, pr.Element == 0 || pr.Element.IsValid())
	c.enum(programPath(i, "horizon"), pr.Horizon, pr.Horizon == 0 || pr.Horizon.isValid())
	c.enum(programPath(i, "status"), pr.Status, pr.Status == 0 || pr.Status.isValid())
	// Years of other than four digits are reported against the plan's period
	// below; they take no part in arithmetic.
	years := check.ValidYear(pr.StartYear) && check.ValidYear(pr.EndYear)
	if years && pr.StartYear > pr.EndYear {
		c.add(programPath(i, "start_year"), "year_order", smartcity.Error, itoa(pr.StartYear), itoa(pr.EndYear))
		years = false
	}
	if pp, ok := c.planPeriod(); ok {
		if pr.StartYear != 0 && !pp.contains(pr.StartYear) {
			c.add(programPath(i, "start_year"), "in_period", smartcity.Error, itoa(pr.StartYear), itoa(pp.StartYear), itoa(pp.EndYear))
		}
		if pr.EndYear != 0 && !pp.contains(pr.EndYear) {
			c.add(programPath(i, "end_year"), "in_period", smartcity.Error, itoa(pr.EndYear), itoa(pp.StartYear), itoa(pp.EndYear))
		}
	}
	if years && pr.Horizon.isValid() {
		if want := HorizonFor(pr.years()); want != pr.Horizon {
			c.add(programPath(i, "horizon"), "horizon", smartcity.Error, nameArg(pr.Horizon), itoa(pr.years()),
				itoa(pr.StartYear), itoa(pr.EndYear), nameArg(want))
		}
	}
	span := Period{StartYear: pr.StartYear, EndYear: pr.EndYear}
	for j, b := range pr.Budget {
		if b.Year == 0 {
			c.required(programItemPath(i, "budget", j, "year"))
		}
		if b.Source == 0 {
			c.required(programItemPath(i, "budget", j, "source"))
		}
		if b.Amount <= 0 {
			path := programItemPath(i, "budget", j, "amount")
			c.addKey(path, "gt", "gt.number", smartcity.Error, labelArg(path), "0")
		}
		c.enum(programItemPath(i, "budget", j, "source"), b.Source, b.Source == 0 || b.Source.isValid())
		if years && b.Year != 0 && !span.contains(b.Year) {
			c.add(programItemPath(i, "budget", j, "year"), "budget_year", smartcity.Error, itoa(b.Year), itoa(pr.StartYear), itoa(pr.EndYear))
		}
	}
	for j := range pr.KPIs {
		c.kpi(i, j, &pr.KPIs[j], span, years)
	}
	for j, s := range pr.ActionPlan {
		if s.Description == "" {
			c.required(programItemPath(i, "action_plan", j, "description"))
		}
		if years && s.Year != 0 && !span.contains(s.Year) {
			c.add(programItemPath(i, "action_plan", j, "year"), "action_year", smartcity.Error, itoa(s.Year), itoa(pr.StartYear), itoa(pr.EndYear))
		}
	}
}

// kpiPath returns the path of KPI j of programme i, with more appended.
func kpiPath(i, j int, more string) string { return programItemPath(i, "kpis", j, more) }

// targetPath returns the path of field in target t of KPI j of programme i.
func targetPath(i, j, t int, field string) string {
	return index(kpiPath(i, j, "targets"), t) + "." + field
}

func (c *checker) kpi(i, j int, k *KPI, span Period, years bool) {
	for _, f := range [...]struct {
		name  string
		empty bool
	}{
		{"name", k.Name == ""},
		{"unit", k.Unit == ""},
		{"baseline", k.Baseline == ""},
		{"direction", k.Direction == 0},
	} {
		if f.empty {
			c.required(kpiPath(i, j, f.name))
		}
	}
	if len(k.Targets) == 0 {
		path := kpiPath(i, j, "targets")
		c.addKey(path, "min", "min.items.1", smartcity.Error, labelArg(path), "1")
	}
	c.enum(kpiPath(i, j, "direction"), k.Direction, k.Direction == 0 || k.Direction.isValid())
	if k.Baseline != "" {
		path := kpiPath(i, j, "baseline")
		c.kpiValue(path, k.Baseline, labelArg(path))
	}
	sorted := true
	for t, tg := range k.Targets {
		if tg.Year == 0 {
			c.required(targetPath(i, j, t, "year"))
		}
		if tg.Value == "" {
			c.required(targetPath(i, j, t, "value"))
		} else {
			path := targetPath(i, j, t, "value")
			c.kpiValue(path, tg.Value, labelArg(path))
		}
		if tg.Year == 0 {
			continue
		}
		if years && !span.contains(tg.Year) {
			c.add(targetPath(i, j, t, "year"), "kpi_year", smartcity.Error, itoa(tg.Year), itoa(span.StartYear), itoa(span.EndYear))
		}
		if t > 0 && k.Targets[t-1].Year >= tg.Year {
			sorted = false
			for e := range t {
				if k.Targets[e].Year == tg.Year {
					c.add(targetPath(i, j, t, "year"), "kpi_year_unique", smartcity.Error, itoa(tg.Year), index(kpiPath(i, j, "targets"), e))
					break
				}
			}
		}
	}
	if k.Direction.isValid() {
		c.kpiDirection(i, j, k, sorted)
	}
}

// kpiValue checks a KPI's value, named name in messages: a JSON number
// that exact arithmetic takes (at most 18 significant digits, 18 before
// the point and 18 after), so that the KPI's progress can be computed.
func (c *checker) kpiValue(path string, v json.Number, name arg) {
	if !jsonnum.Valid(string(v)) {
		c.fail(path, "number", check.Number(name, strconv.Quote(string(v))))
	} else if _, ok := jsonnum.Number(string(v)); !ok {
		c.add(path, "number_exact", smartcity.Error, name, string(v))
	}
}

// kpiDirection warns when a target moves against the KPI's direction
// compared with the baseline or the previous year's target.
func (c *checker) kpiDirection(i, j int, k *KPI, sorted bool) {
	var order []int
	if !sorted {
		for t, tg := range k.Targets {
			if tg.Year != 0 {
				order = append(order, t)
			}
		}
		slices.SortStableFunc(order, func(a, b int) int { return k.Targets[a].Year - k.Targets[b].Year })
	}
	prev, prevYear := string(k.Baseline), 0 // prevYear 0: the baseline
	n := len(k.Targets)
	if !sorted {
		n = len(order)
	}
	for x := range n {
		t := x
		if !sorted {
			t = order[x]
		}
		tg := k.Targets[t]
		if tg.Year == 0 || !jsonnum.Valid(string(tg.Value)) {
			continue
		}
		if cmp, ok := jsonnum.Compare(string(tg.Value), prev); ok &&
			((k.Direction == Up && cmp < 0) || (k.Direction == Down && cmp > 0)) {
			prevName := msgArg("kpi_direction.baseline")
			if prevYear != 0 {
				prevName = msgArg("kpi_direction.target", itoa(prevYear))
			}
			c.addKey(targetPath(i, j, t, "value"), "kpi_direction", "kpi_direction."+k.Direction.String(), smartcity.Warning,
				itoa(tg.Year), string(tg.Value), prevName, prev)
		}
		prev, prevYear = string(tg.Value), tg.Year
	}
}

// pillars reports pillars without programmes and pillars without quick
// wins, naming them as the programme does ("Smart Branding").
func (c *checker) pillars() {
	var programs, quickWins [pillar.Environment + 1]int
	for i := range c.plan.Programs {
		pr := &c.plan.Programs[i]
		if pl := pr.Element.Pillar(); pl.IsValid() {
			programs[pl]++
			if pr.QuickWin {
				quickWins[pl]++
			}
		}
	}
	sev := smartcity.Warning
	if c.opts.RequireQuickWinPerPillar {
		sev = smartcity.Error
	}
	for pl := range pillar.All() {
		name := pl.Name(smartcity.English)
		if programs[pl] == 0 {
			c.add("programs", "pillar_coverage", smartcity.Warning, name)
		}
		if quickWins[pl] == 0 {
			c.add("programs", "quick_win", sev, name)
		}
	}
}

func (c *checker) lifecycle() {
	var seen [YearlyReview + 1]int
	var last, lastDated Stage
	var lastDate Date
	for i, m := range c.plan.Lifecycle.Stages {
		base := index("lifecycle.stages", i)
		c.enum(base+".stage", m.Stage, m.Stage == 0 || m.Stage.isValid())
		switch {
		case m.Date.IsZero():
			c.addKey(base+".date", "required", "date.required", smartcity.Error)
		case !m.Date.Valid():
			c.add(base+".date", "date", smartcity.Error, rawDate(m.Date))
		}
		switch {
		case m.EndDate.IsZero():
		case !m.EndDate.Valid():
			c.add(base+".end_date", "date", smartcity.Error, rawDate(m.EndDate))
		case m.Date.Valid() && m.EndDate.Before(m.Date):
			c.add(base+".end_date", "date_range", smartcity.Error, m.EndDate.String(), m.Date.String())
		}
		if !m.Stage.isValid() {
			continue
		}
		name := nameArg(m.Stage)
		if first := seen[m.Stage]; first > 0 {
			c.add(base+".stage", "stage_unique", smartcity.Error, name, index("lifecycle.stages", first-1))
			continue
		}
		seen[m.Stage] = i + 1
		if m.Stage < last {
			c.add(base+".stage", "stage_order", smartcity.Error, name, nameArg(last))
			continue
		}
		if m.Date.Valid() {
			if !lastDate.IsZero() && m.Date.Before(lastDate) {
				c.add(base+".date", "stage_date", smartcity.Error, m.Date.String(), name, lastDate.String(), nameArg(lastDated))
			}
			lastDate, lastDated = m.Date, m.Stage
		}
		last = m.Stage
	}
}

// rawDate writes a date's fields even when they do not make a real day.
func rawDate(d Date) string {
	return itoa(d.Year) + "-" + itoa(int(d.Month)) + "-" + itoa(d.Day)
}
