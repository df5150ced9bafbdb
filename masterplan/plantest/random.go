package plantest

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"time"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/pillar"
	"github.com/kotacerdas/smartcity/spbe"
)

// Made-up names for random documents.
var (
	regionNames   = [...]string{"Contoh", "Sukamaju", "Mekarsari", "Tanjung Harapan", "Sumber Rejeki", "Wanasari", "Karang Tengah", "Pasir Putih"}
	provinceNames = [...]string{"Jawa Tengah", "Jawa Barat", "Jawa Timur", "Sumatera Utara", "Sulawesi Selatan", "Kalimantan Timur", "Nusa Tenggara Barat", "Papua"}
	offices       = [...]string{"Dinas Komunikasi dan Informatika", "Bappeda", "Dinas Kesehatan", "Dinas Pendidikan", "Dinas Perhubungan", "Dinas Lingkungan Hidup", "Dinas Pariwisata", "Dinas Koperasi dan UMKM"}
	sources       = [...]masterplan.Source{masterplan.APBD, masterplan.APBN, masterplan.DAK, masterplan.DanaDesa, masterplan.CSR, masterplan.KPBU, masterplan.BLUD, masterplan.OtherSource}
	statuses      = [...]masterplan.Status{masterplan.Planned, masterplan.Ongoing, masterplan.Completed, masterplan.Postponed, masterplan.Cancelled}
	stages        = [...]masterplan.Stage{masterplan.Application, masterplan.MoU, masterplan.Decrees, masterplan.BimtekI, masterplan.BimtekII, masterplan.BimtekIII, masterplan.BimtekIV, masterplan.Completion, masterplan.Legalisation, masterplan.Implementation, masterplan.YearlyReview}
)

// Random returns a valid plan with n programmes (at least 1), drawn from
// rng: a kabupaten, kota or provinsi with a Kemendagri code of the right
// form, a period of 5 to 10 years between 2020 and 2039, readiness scores
// that do not fall, a published SPBE result in some plans, programmes
// under random elements with budgets from random sources, KPIs whose
// targets move in their direction (some with decimals), action plans and
// statuses, and a lifecycle that moves forward.
//
// Plan.Validate finds no error in it. With n ≥ 6 the first six programmes
// are quick wins, one per pillar in random order, and Validate finds no
// warning either, even with RequireQuickWinPerPillar; with fewer
// programmes the pillars left out are warnings.
//
// The same seed gives the same plan. A nil rng is a generator seeded with
// zeros.
func Random(rng *rand.Rand, n int) *masterplan.Plan {
	if rng == nil {
		rng = rand.New(rand.NewPCG(0, 0))
	}
	n = max(n, 1)
	r := randomRegion(rng)
	start := 2020 + rng.IntN(11)
	end := start + masterplan.MinPlanYears - 1 + rng.IntN(masterplan.MaxPlanYears-masterplan.MinPlanYears+1)
	p := defaultPlan(r, start, end)
	p.Notes = []string{"Rencana induk acak untuk pengujian."}
	p.RPJMD.StartYear = start - rng.IntN(2)
	p.RPJMD.EndYear = p.RPJMD.StartYear + 5
	if rng.IntN(3) == 0 {
		p.LegalBasis = nil
	} else if rng.IntN(4) == 0 {
		p.LegalBasis.Kind = masterplan.Perda
	}
	for i := range p.Readiness.Items {
		it := &p.Readiness.Items[i]
		it.Current = 1 + rng.IntN(5)
		it.Target = it.Current + rng.IntN(6-it.Current)
		if rng.IntN(2) == 0 {
			it.SWOT.Strengths = []string{"kekuatan " + it.SubItem.String()}
			it.SWOT.Threats = []string{"ancaman " + it.SubItem.String()}
			it.Evidence = []string{"data " + it.SubItem.String()}
		}
	}
	if rng.IntN(2) == 0 {
		h := rng.IntN(501)
		p.Readiness.SPBE = &masterplan.SPBEResult{
			Year:     start - 1,
			Index:    fmt.Sprintf("%d.%02d", h/100, h%100),
			Predikat: spbePredikat(start-1, h),
		}
	}
	for i := range p.Strategies {
		if rng.IntN(2) == 0 {
			els := slices.Collect(p.Strategies[i].Pillar.Elements())
			p.Strategies[i].Element = els[rng.IntN(len(els))]
		}
	}
	p.Programs = randomPrograms(rng, n, start, end)
	p.Lifecycle.Stages = randomLifecycle(rng, start)
	return p
}

// randomRegion returns a region of a random kind with a Kemendagri code
// that fits it.
func randomRegion(rng *rand.Rand) masterplan.Region {
	r := masterplan.Region{
		Name:     regionNames[rng.IntN(len(regionNames))],
		Kind:     masterplan.RegionKind(1 + rng.IntN(3)),
		Province: provinceNames[rng.IntN(len(provinceNames))],
	}
	prov := 11 + rng.IntN(89)
	switch r.Kind {
	case masterplan.Provinsi:
		r.KemendagriCode = strconv.Itoa(prov)
		r.Province = r.Name
	case masterplan.Kota:
		r.KemendagriCode = fmt.Sprintf("%d.%02d", prov, 71+rng.IntN(29))
	default:
		r.KemendagriCode = fmt.Sprintf("%d.%02d", prov, 1+rng.IntN(70))
	}
	return r
}

// randomPrograms returns n programmes inside start–end; the first six are
// quick wins, one per pillar.
func randomPrograms(rng *rand.Rand, n, start, end int) []masterplan.Program {
	pillars := slices.Collect(pillar.All())
	rng.Shuffle(len(pillars), func(i, j int) { pillars[i], pillars[j] = pillars[j], pillars[i] })
	elements := slices.Collect(pillar.AllElements())
	count := map[pillar.Pillar]int{}
	ps := make([]masterplan.Program, 0, n)
	for i := range n {
		var el pillar.Element
		if i < len(pillars) {
			els := slices.Collect(pillars[i].Elements())
			el = els[rng.IntN(len(els))]
		} else {
			el = elements[rng.IntN(len(elements))]
		}
		count[el.Pillar()]++
		id := fmt.Sprintf("%s-%02d", el.Pillar(), count[el.Pillar()])
		first := start + rng.IntN(end-start+1)
		last := first + rng.IntN(end-first+1)
		p := randomProgram(rng, id, el, first, last)
		p.QuickWin = i < len(pillars) || rng.IntN(4) == 0
		ps = append(ps, p)
	}
	return ps
}

// randomProgram returns a valid programme under el from first to last.
func randomProgram(rng *rand.Rand, id string, el pillar.Element, first, last int) masterplan.Program {
	p := masterplan.Program{
		ID:              id,
		Name:            "Program " + id + " " + el.Name(smartcity.Indonesian),
		Element:         el,
		ResponsibleOPD:  offices[rng.IntN(len(offices))],
		Horizon:         masterplan.HorizonFor(last - first + 1),
		StartYear:       first,
		EndYear:         last,
		TechnologyBased: rng.IntN(3) > 0,
		Status:          statuses[rng.IntN(len(statuses))],
		Illustrative:    rng.IntN(2) == 0,
	}
	if rng.IntN(2) == 0 {
		p.Description = "Program acak di elemen " + el.String() + "."
	}
	for range rng.IntN(3) {
		if o := offices[rng.IntN(len(offices))]; o != p.ResponsibleOPD && !slices.Contains(p.SupportingOPDs, o) {
			p.SupportingOPDs = append(p.SupportingOPDs, o)
		}
	}
	for y := first; y <= last; y++ {
		k := 1 + rng.IntN(2)
		for _, s := range rng.Perm(len(sources))[:k] {
			p.Budget = append(p.Budget, masterplan.BudgetLine{Year: y, Source: sources[s], Amount: int64(1+rng.IntN(2000)) * 1_000_000})
		}
	}
	for k := range rng.IntN(3) {
		p.KPIs = append(p.KPIs, randomKPI(rng, fmt.Sprintf("indikator %d %s", k+1, id), first, last))
	}
	for range rng.IntN(3) {
		step := masterplan.ActionStep{Description: "Langkah " + strconv.Itoa(len(p.ActionPlan)+1) + " " + id}
		if rng.IntN(3) > 0 {
			step.Year = first + rng.IntN(last-first+1)
			step.Output = "keluaran " + strconv.Itoa(step.Year)
		}
		p.ActionPlan = append(p.ActionPlan, step)
	}
	return p
}

// randomKPI returns a KPI with a target in each year from first to last
// that moves from the baseline in the KPI's direction.
func randomKPI(rng *rand.Rand, name string, first, last int) masterplan.KPI {
	k := masterplan.KPI{Name: name, Unit: "%", Direction: masterplan.Up}
	decimals := rng.IntN(2) == 0
	// Values are tenths when decimals, so that targets such as 12.5 occur.
	value := int64(rng.IntN(500))
	step := func() int64 { return int64(rng.IntN(50)) }
	if rng.IntN(3) == 0 {
		k.Direction = masterplan.Down
		value = 5000 + int64(rng.IntN(5000))
		step = func() int64 { return -int64(rng.IntN(50)) }
	}
	format := func(v int64) json.Number {
		if decimals && v%10 != 0 {
			return json.Number(strconv.FormatInt(v/10, 10) + "." + strconv.FormatInt(v%10, 10))
		}
		if decimals {
			return json.Number(strconv.FormatInt(v/10, 10))
		}
		return json.Number(strconv.FormatInt(v, 10))
	}
	k.Baseline = format(value)
	for y := first; y <= last; y++ {
		value += step()
		k.Targets = append(k.Targets, masterplan.KPITarget{Year: y, Value: format(value)})
	}
	return k
}

// randomLifecycle returns stages in order, each dated no earlier than the
// one before, from the year before start.
func randomLifecycle(rng *rand.Rand, start int) []masterplan.Milestone {
	var ms []masterplan.Milestone
	day := time.Date(start-1, time.January, 1, 0, 0, 0, 0, time.UTC)
	for _, st := range stages {
		if rng.IntN(3) == 0 {
			continue
		}
		day = day.AddDate(0, 0, rng.IntN(60))
		m := masterplan.Milestone{Stage: st, Date: smartcity.DateOf(day)}
		if rng.IntN(4) == 0 {
			day = day.AddDate(0, 0, 1+rng.IntN(3))
			m.EndDate = smartcity.DateOf(day)
		}
		ms = append(ms, m)
	}
	return ms
}

// spbePredikat returns the predikat of an index given in hundredths under
// the bands of the rule of year (spbe.ForYear): the SPBE bands up to 2025,
// the Indeks Pemdi bands from 2026.
func spbePredikat(year, hundredths int) string {
	fw, ok := spbe.ForYear(year)
	if !ok {
		panic("plantest: no SPBE rule covers " + strconv.Itoa(year))
	}
	return fw.PredicateOf(smartcity.NewNumber(int64(hundredths), 100), spbe.Unrounded).String()
}
