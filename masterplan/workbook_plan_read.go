package masterplan

import (
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/workbook"
	"github.com/kotacerdas/smartcity/pillar"
)

// ReadWorkbook reads the plan in the Excel workbook data (the layout is
// the package's: see WriteWorkbook) and reports every problem of it in one
// pass, as Validate does for a JSON document: first those of reading —
// a sheet's unknown, repeated or missing column, a cell that holds no
// number, no date or no code of its column, a row of a programme the
// sheet Program does not have — then those Plan.Validate finds in what
// could be read. Every problem names its sheet and cell ("lembar
// Anggaran, sel C7"); those of reading also have the cell's row as their
// Line, as the problems of decoding JSON have theirs. The plan is nil
// only when data is no workbook the package reads, or one with none of
// the layout's sheets.
//
// Validate, ValidateProgress, Decode and Load read a workbook as they
// read JSON, told apart by content (workbook.Is).
func ReadWorkbook(data []byte, opts ValidateOptions) (*Plan, smartcity.Problems, error) {
	p, r, ok := readPlanBook(data, opts)
	if !ok {
		return nil, r.problems, nil
	}
	return p, r.place(p.Validate(opts)), nil
}

// readPlanBook reads the plan in the workbook data, without checking it;
// ok is false when there is none.
func readPlanBook(data []byte, opts ValidateOptions) (*Plan, *bookReader, bool) {
	b, err := workbook.Open(data, workbook.Options{Limit: opts.Limit})
	r := newBookReader(b, opts.MaxProblems)
	if err != nil {
		r.fromCSV(err)
		return nil, r, false
	}
	defer b.Close()
	p := new(Plan)
	readLabels(r, planSheet, planLabels, p)
	programs := readPrograms(r, p)
	readProgramParts(r, p, programs)
	readPlanLists(r, p)
	readBooks(r, p)
	if r.found == 0 {
		r.problems = r.problems.Add(r.max, smartcity.Problem{Rule: ruleNoSheet, Severity: smartcity.Error,
			Err: i18n.Errorf(sheetWords, "no sheet of a masterplan: want the sheets %s", "Rencana, Program, Anggaran, KPI, Target KPI, Rencana Aksi, Strategi, Kesiapan, SWOT, Anggota, Buku, Tahapan")})
		return nil, r, false
	}
	return p, r, true
}

// readPrograms reads the sheet Program and returns the index of each
// programme's code.
func readPrograms(r *bookReader, p *Plan) map[string]int {
	ids := map[string]int{}
	r.readTable(programSheet, "programs", func(x *sheetRow) {
		i := len(p.Programs)
		if !x.capped("programs", i, 2000) {
			return
		}
		path := index("programs", i)
		x.item(path)
		pr := Program{
			ID:              x.text("id"),
			Name:            x.text("name"),
			Description:     x.text("description"),
			Element:         enumCell[pillar.Element](x, "element", path+".element"),
			ResponsibleOPD:  x.text("responsible_opd"),
			SupportingOPDs:  splitList(x.text("supporting_opds")),
			Horizon:         enumCell[Horizon](x, "horizon", path+".horizon"),
			StartYear:       x.integer("start_year", path+".start_year"),
			EndYear:         x.integer("end_year", path+".end_year"),
			QuickWin:        x.flag("quick_win", path+".quick_win"),
			TechnologyBased: x.flag("technology_based", path+".technology_based"),
			Status:          enumCell[Status](x, "status", path+".status"),
			Illustrative:    x.flag("illustrative", path+".illustrative"),
		}
		if len(pr.SupportingOPDs) > 100 {
			x.fail("supporting_opds", path+".supporting_opds", ruleMaxItems, i18n.Errorf(sheetWords, "more than %d items in %s", 100, path+".supporting_opds"))
			pr.SupportingOPDs = nil
		}
		if v := x.text("pillar"); v != "" {
			pl, err := pillar.Parse(v)
			switch {
			case err != nil:
				x.fail("pillar", "", "enum", err)
			case pr.Element.IsValid() && pr.Element.Pillar() != pl:
				x.fail("pillar", "", "pillar_element", i18n.Errorf(sheetWords, "the element %s is of the pillar %s, not %s", pr.Element, pr.Element.Pillar(), pl))
			}
		}
		if _, dup := ids[pr.ID]; !dup && pr.ID != "" {
			ids[pr.ID] = i
		}
		p.Programs = append(p.Programs, pr)
	})
	return ids
}

// programOf returns the programme a row of a part of programmes names,
// and its path; a code the sheet Program does not have is a problem.
func programOf(x *sheetRow, p *Plan, programs map[string]int) (*Program, string, bool) {
	id := x.text("program")
	i, ok := programs[id]
	if !ok {
		if id == "" {
			x.fail("program", "", "required", i18n.Errorf(sheetWords, "the programme's code is required"))
		} else {
			x.fail("program", "", ruleReference, i18n.Errorf(sheetWords, "no programme %s on the sheet Program", strconv.Quote(id)))
		}
		return nil, "", false
	}
	return &p.Programs[i], index("programs", i), true
}

// readProgramParts reads the sheets of the programmes' budget lines,
// KPIs, KPI targets and action plans.
func readProgramParts(r *bookReader, p *Plan, programs map[string]int) {
	r.readTable(budgetSheet, "programs", func(x *sheetRow) {
		pr, base, ok := programOf(x, p, programs)
		if !ok || !x.capped(base+".budget", len(pr.Budget), 200) {
			return
		}
		path := index(base+".budget", len(pr.Budget))
		x.item(path)
		pr.Budget = append(pr.Budget, BudgetLine{
			Year:   x.integer("year", path+".year"),
			Source: enumCell[Source](x, "source", path+".source"),
			Amount: x.amount("amount", path+".amount"),
		})
	})
	type kpiKey struct {
		program *Program
		name    string
	}
	kpis := map[kpiKey]int{}
	r.readTable(kpiSheet, "programs", func(x *sheetRow) {
		pr, base, ok := programOf(x, p, programs)
		if !ok || !x.capped(base+".kpis", len(pr.KPIs), 100) {
			return
		}
		path := index(base+".kpis", len(pr.KPIs))
		x.item(path)
		k := KPI{
			Name:      x.text("name"),
			Unit:      x.text("unit"),
			Baseline:  x.decimal("baseline", path+".baseline"),
			Direction: enumCell[Direction](x, "direction", path+".direction"),
		}
		if _, dup := kpis[kpiKey{pr, k.Name}]; !dup {
			kpis[kpiKey{pr, k.Name}] = len(pr.KPIs)
		}
		pr.KPIs = append(pr.KPIs, k)
	})
	r.readTable(targetSheet, "programs", func(x *sheetRow) {
		pr, base, ok := programOf(x, p, programs)
		if !ok {
			return
		}
		name := x.text("kpi")
		j, ok := kpis[kpiKey{pr, name}]
		if !ok {
			x.fail("kpi", "", "kpi_unknown", i18n.Errorf(sheetWords, "programme %s has no KPI %s on the sheet KPI", strconv.Quote(pr.ID), strconv.Quote(name)))
			return
		}
		k := &pr.KPIs[j]
		kbase := index(base+".kpis", j)
		if !x.capped(kbase+".targets", len(k.Targets), 100) {
			return
		}
		path := index(kbase+".targets", len(k.Targets))
		x.item(path)
		k.Targets = append(k.Targets, KPITarget{Year: x.integer("year", path+".year"), Value: x.decimal("value", path+".value")})
	})
	r.readTable(actionSheet, "programs", func(x *sheetRow) {
		pr, base, ok := programOf(x, p, programs)
		if !ok || !x.capped(base+".action_plan", len(pr.ActionPlan), 200) {
			return
		}
		path := index(base+".action_plan", len(pr.ActionPlan))
		x.item(path)
		pr.ActionPlan = append(pr.ActionPlan, ActionStep{Description: x.text("description"), Year: x.integer("year", path+".year"), Output: x.text("output")})
	})
}

// readPlanLists reads the sheets of the strategies, the readiness, the
// members of the council and the team, and the lifecycle.
func readPlanLists(r *bookReader, p *Plan) {
	r.readTable(strategySheet, "strategies", func(x *sheetRow) {
		if !x.capped("strategies", len(p.Strategies), 1000) {
			return
		}
		path := index("strategies", len(p.Strategies))
		x.item(path)
		p.Strategies = append(p.Strategies, Strategy{
			Pillar:    enumCell[pillar.Pillar](x, "pillar", path+".pillar"),
			Element:   enumCell[pillar.Element](x, "element", path+".element"),
			Statement: x.text("statement"),
		})
	})
	r.readTable(readinessSheet, "readiness", func(x *sheetRow) {
		if !x.capped("readiness.items", len(p.Readiness.Items), 100) {
			return
		}
		path := index("readiness.items", len(p.Readiness.Items))
		x.item(path)
		p.Readiness.Items = append(p.Readiness.Items, ReadinessItem{
			SubItem: enumCell[ReadinessSubItem](x, "sub_item", path+".sub_item"),
			Current: x.integer("current", path+".current"),
			Target:  x.integer("target", path+".target"),
		})
	})
	r.readTable(swotSheet, "readiness", func(x *sheetRow) {
		if x.text("sub_item") == "" {
			x.fail("sub_item", "", "required", i18n.Errorf(sheetWords, "the item is required"))
			return
		}
		sub := enumCell[ReadinessSubItem](x, "sub_item", "")
		if sub == 0 {
			return
		}
		i := -1
		for j := range p.Readiness.Items {
			if p.Readiness.Items[j].SubItem == sub {
				i = j
				break
			}
		}
		if i < 0 {
			x.fail("sub_item", "", "item_unknown", i18n.Errorf(sheetWords, "no row of the item %s on the sheet Kesiapan", sub))
			return
		}
		k := optionIndex(swotKinds, x.text("kind"))
		if k < 0 {
			x.fail("kind", "", "enum", i18n.Errorf(sheetWords, "%q is none of %s", x.text("kind"), strings.Join(swotKinds(smartcity.Indonesian), ", ")))
			return
		}
		list, field := swotList(&p.Readiness.Items[i], k)
		base := index("readiness.items", i) + "." + field
		if !x.capped(base, len(*list), 100) {
			return
		}
		x.item(index(base, len(*list)))
		*list = append(*list, x.text("text"))
	})
	r.readTable(memberSheet, "institutions", func(x *sheetRow) {
		k := optionIndex(bodies, x.text("body"))
		if k < 0 {
			x.fail("body", "", "enum", i18n.Errorf(sheetWords, "%q is none of %s", x.text("body"), strings.Join(bodies(smartcity.Indonesian), ", ")))
			return
		}
		body, base := &p.Institutions.Council, "institutions.council.members"
		if k == 1 {
			body, base = &p.Institutions.Team, "institutions.team.members"
		}
		if !x.capped(base, len(body.Members), 1000) {
			return
		}
		x.item(index(base, len(body.Members)))
		body.Members = append(body.Members, Official{Name: x.text("name"), Role: x.text("role")})
	})
	r.readTable(stageSheet, "lifecycle", func(x *sheetRow) {
		if !x.capped("lifecycle.stages", len(p.Lifecycle.Stages), 100) {
			return
		}
		path := index("lifecycle.stages", len(p.Lifecycle.Stages))
		x.item(path)
		p.Lifecycle.Stages = append(p.Lifecycle.Stages, Milestone{
			Stage:   enumCell[Stage](x, "stage", path+".stage"),
			Date:    x.date("date", path+".date"),
			EndDate: x.date("end_date", path+".end_date"),
			Note:    x.text("note"),
		})
	})
}

// readBooks reads the sheet Buku: a row without a section is a book and
// its title; a row of section "2.1" is the first sub-section of the
// second section of the book above it, in order.
func readBooks(r *bookReader, p *Plan) {
	r.readTable(bookSheet, "books", func(x *sheetRow) {
		section := x.text("section")
		if section == "" {
			if !x.capped("books", len(p.Books), 10) {
				return
			}
			path := index("books", len(p.Books))
			x.item(path)
			p.Books = append(p.Books, Book{Volume: enumCell[BookVolume](x, "volume", path+".volume"), Title: x.text("title")})
			return
		}
		if len(p.Books) == 0 {
			x.fail("section", "", "section", i18n.Errorf(sheetWords, "a section before the row of its book (a row without a section)"))
			return
		}
		list, path := &p.Books[len(p.Books)-1].Sections, index("books", len(p.Books)-1)
		parts := strings.Split(section, ".")
		for d, part := range parts {
			n, err := strconv.Atoi(part)
			last := d == len(parts)-1
			want := len(*list) + 1
			if !last {
				want = len(*list)
			}
			if err != nil || n != want || want == 0 || d >= 8 {
				x.fail("section", "", "section", sectionError(section, parts[:d], want))
				return
			}
			path = index(path+".sections", n-1)
			if last {
				if !x.capped(path[:strings.LastIndexByte(path, '[')], len(*list), 1000) {
					return
				}
				x.item(path)
				*list = append(*list, Section{Title: x.text("title"), Body: x.text("body")})
				return
			}
			list = &(*list)[n-1].Sections
		}
	})
}

// sectionError is the error of a section numbered out of order: the
// number wanted, or that its parent section is missing.
func sectionError(section string, parent []string, want int) error {
	if want == 0 {
		return i18n.Errorf(sheetWords, "section %q has no section above it to belong to", section)
	}
	return i18n.Errorf(sheetWords, "section %q out of order: want %s", section, strings.Join(append(append([]string(nil), parent...), strconv.Itoa(want)), "."))
}
