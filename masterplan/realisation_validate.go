package masterplan

import (
	"math"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/check"
	"github.com/kotacerdas/smartcity/internal/enum"
	"github.com/kotacerdas/smartcity/internal/ref"
)

// Validate checks the realisation against plan p and returns every problem
// found, each with its path in the document ("years[1].programs[0].kpis[2]
// .name"), a rule code and a message in opts.Lang.
//
// Errors: the region missing or not the plan's; a plan named outside the
// document's folder (rule "reference": an absolute path, a ".." segment,
// a drive, a network share, an address); no year reported; a year
// missing, not four digits, outside the plan's period or reported twice;
// a programme id missing, not in the plan or reported twice in a year; a
// status missing; a funding source missing; a negative amount; money
// of a year that totals more than an int64 holds; a KPI that
// is not the programme's, reported twice, or without a valid value.
//
// Warnings: a programme reported for a year outside its own years; a
// programme reported again after it was cancelled; and a programme planned
// for a reported year but missing from it — it counts as planned and not
// realised — unless it was completed or cancelled in an earlier year.
//
// The realisation can be reported on when the result has no error:
// Problems.Err() is nil. Validate does not validate the plan itself; see
// Plan.Validate.
func (pr *Progress) Validate(p *Plan, opts ValidateOptions) smartcity.Problems {
	c := newChecker(opts)
	switch {
	case pr == nil:
		c.add("", "nil_progress", smartcity.Error)
		return c.problems
	case p == nil:
		c.add("", "nil_plan", smartcity.Error)
		return c.problems
	}
	c.plan = p
	c.progressRegion(pr)
	if pr.Plan != "" {
		if err := ref.Name(pr.Plan); err != nil {
			c.fail("plan", ref.Rule, err)
		}
	}
	if len(pr.Years) == 0 {
		c.addKey("years", "min", "min.items.1", smartcity.Error, monitorLabelArg("years"), "1")
	}
	idx := pr.index()
	programs := make(map[string]*Program, len(p.Programs))
	for i := range p.Programs {
		if _, dup := programs[p.Programs[i].ID]; !dup {
			programs[p.Programs[i].ID] = &p.Programs[i]
		}
	}
	seenYear := make(map[int]int, len(pr.Years))
	for i := range pr.Years {
		ry := &pr.Years[i]
		base := index("years", i)
		usable := c.realisationYear(base, ry.Year)
		if first, dup := seenYear[ry.Year]; dup && ry.Year != 0 {
			c.add(base+".year", "year_unique", smartcity.Error, itoa(ry.Year), index("years", first))
			usable = false
		} else {
			seenYear[ry.Year] = i
		}
		c.realisations(base, ry, idx, programs, usable)
		if usable {
			c.unreported(base, ry, idx)
		}
	}
	for i, n := range pr.Notes {
		if strings.TrimSpace(n) == "" {
			c.need(index("notes", i))
		}
	}
	return c.problems
}

// progressRegion checks that the realisation is the plan's region's.
func (c *checker) progressRegion(pr *Progress) {
	if strings.TrimSpace(pr.Region) == "" {
		c.need("region")
		return
	}
	r := c.plan.Region
	key := enum.Fold(pr.Region)
	for _, name := range [...]string{r.Name, r.FullName(smartcity.Indonesian), r.FullName(smartcity.English), r.KemendagriCode} {
		if name != "" && enum.Fold(name) == key {
			return
		}
	}
	c.add("region", "progress_region", smartcity.Error, strconv.Quote(pr.Region), arg(func(col int) string { return r.FullName(langOf(col)) }))
}

// realisationYear checks a reported year and tells whether it can be
// compared with the programmes' years.
func (c *checker) realisationYear(base string, year int) bool {
	path := base + ".year"
	switch {
	case year == 0:
		c.need(path)
		return false
	case !check.ValidYear(year):
		c.fail(path, "year", check.Year(year))
		return false
	}
	if pp, ok := c.planPeriod(); ok && !pp.contains(year) {
		c.add(path, "in_period", smartcity.Error, itoa(year), itoa(pp.StartYear), itoa(pp.EndYear))
		return false
	}
	return true
}

// realisations checks the programmes reported for one year; programs
// finds the plan's programmes by id.
func (c *checker) realisations(base string, ry *RealisationYear, idx realisationIndex, programs map[string]*Program, usable bool) {
	seen := make(map[string]int, len(ry.Programs))
	var spent int64 // the year's money so far; -1 once it left int64
	for j := range ry.Programs {
		r := &ry.Programs[j]
		path := index(base+".programs", j)
		switch {
		case r.Status == 0:
			c.need(path + ".status")
		case !r.Status.isValid():
			c.undeclaredEnum(path+".status", r.Status)
		}
		var prog *Program
		if c.uniqueName(seen, r.ID, base+".programs", j, "id", "program_unique") {
			var ok bool
			if prog, ok = programs[r.ID]; !ok {
				c.add(path+".id", "program_unknown", smartcity.Error, strconv.Quote(r.ID))
			}
		}
		if prog != nil && usable {
			c.realisationSchedule(path, ry.Year, r, prog, idx)
		}
		spent = c.realisedAmounts(path, r, spent)
		c.kpiActuals(path, r, prog)
	}
}

// realisationSchedule warns about a programme reported off its schedule
// or after it was cancelled.
func (c *checker) realisationSchedule(path string, year int, r *Realisation, prog *Program, idx realisationIndex) {
	if check.ValidYear(prog.StartYear) && check.ValidYear(prog.EndYear) && (year < prog.StartYear || year > prog.EndYear) {
		c.add(path+".id", "program_year", smartcity.Warning, strconv.Quote(r.ID), itoa(prog.StartYear), itoa(prog.EndYear), itoa(year))
	}
	if r.Status == Cancelled || !r.Status.isValid() {
		return
	}
	var prev *reported
	for i, e := range idx[r.ID] {
		if e.year < year {
			prev = &idx[r.ID][i]
		}
	}
	if prev != nil && prev.r.Status == Cancelled {
		c.add(path+".status", "after_cancelled", smartcity.Warning, strconv.Quote(r.ID), itoa(prev.year), nameArg(r.Status), itoa(year))
	}
}

// realisedAmounts checks the money reported for one programme and adds
// it to spent, the money of the year so far, which it returns. The first
// amount at which the year's money no longer fits in an int64 is an error
// (money_total), as a report of the year would total it; spent is then -1
// and no more is added. Every total of a report of the year — by
// programme, source or pillar — adds up some of the year's amounts, so
// none overflows when this sum does not.
func (c *checker) realisedAmounts(path string, r *Realisation, spent int64) int64 {
	for k, a := range r.Budget {
		p := index(path+".budget", k)
		switch {
		case a.Source == 0:
			c.need(p + ".source")
		case !a.Source.isValid():
			c.undeclaredEnum(p+".source", a.Source)
		}
		switch {
		case a.Amount < 0:
			c.add(p+".amount", "amount_negative", smartcity.Error, monitorLabelArg(p+".amount"), strconv.FormatInt(a.Amount, 10))
		case spent < 0:
		case a.Amount > math.MaxInt64-spent:
			most := arg(func(col int) string { return langOf(col).Rupiah(math.MaxInt64) })
			c.add(p+".amount", "money_total", smartcity.Error, most)
			spent = -1
		default:
			spent += a.Amount
		}
	}
	return spent
}

// uniqueName checks the name of entry i of the list at list, kept in its
// field: an empty name is reported as required, one an earlier entry has
// as rule, naming that entry. seen maps the names met so far to their
// entries. uniqueName reports whether the name is set and new.
func (c *checker) uniqueName(seen map[string]int, name, list string, i int, field, rule string) bool {
	first, dup := seen[name]
	switch {
	case name == "":
		c.need(index(list, i) + "." + field)
	case dup:
		c.add(index(list, i)+"."+field, rule, smartcity.Error, strconv.Quote(name), index(list, first))
	default:
		seen[name] = i
		return true
	}
	return false
}

// kpiActuals checks the KPI values reported for one programme; prog is
// nil when the programme is not in the plan.
func (c *checker) kpiActuals(path string, r *Realisation, prog *Program) {
	seen := make(map[string]int, len(r.KPIs))
	for k, a := range r.KPIs {
		p := index(path+".kpis", k)
		if c.uniqueName(seen, a.Name, path+".kpis", k, "name", "kpi_unique") && prog != nil && !hasKPI(prog, a.Name) {
			c.add(p+".name", "kpi_unknown", smartcity.Error, strconv.Quote(a.Name), strconv.Quote(prog.ID))
		}
		switch {
		case a.Actual == "":
			c.need(p + ".actual")
		default:
			c.kpiValue(p+".actual", a.Actual, monitorLabelArg(p+".actual"))
		}
	}
}

func hasKPI(prog *Program, name string) bool {
	for i := range prog.KPIs {
		if prog.KPIs[i].Name == name {
			return true
		}
	}
	return false
}

// unreported warns about programmes planned for a reported year but
// missing from it.
func (c *checker) unreported(base string, ry *RealisationYear, idx realisationIndex) {
	for i := range c.plan.Programs {
		prog := &c.plan.Programs[i]
		if prog.ID == "" || ry.Year < prog.StartYear || ry.Year > prog.EndYear {
			continue
		}
		if st := idx.at(prog.ID, ry.Year); st.current == nil && st.status == 0 && !st.droppedBefore {
			c.add(base+".programs", "not_reported", smartcity.Warning, strconv.Quote(prog.ID), itoa(ry.Year))
		}
	}
}
