package masterplan

import (
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
	"github.com/kotacerdas/smartcity/internal/workbook"
	"github.com/kotacerdas/smartcity/pillar"
)

// planLabels are the labelled values of the sheet Rencana.
var planLabels = []labelled[Plan]{
	{path: "region.name", id: "Nama daerah", en: "Region name",
		read:  func(p *Plan, x *sheetRow, _ string) { p.Region.Name = x.text("value") },
		write: func(p *Plan, _ smartcity.Lang) []any { return texts(p.Region.Name) }},
	{path: "region.kind", id: "Jenis daerah", en: "Region kind", options: choices(regionKinds, true),
		read: func(p *Plan, x *sheetRow, path string) { p.Region.Kind = enumCell[RegionKind](x, "value", path) },
		write: func(p *Plan, lang smartcity.Lang) []any {
			return texts(spelled(regionKinds, p.Region.Kind, true, lang))
		}},
	{path: "region.kemendagri_code", id: "Kode Kemendagri", en: "Kemendagri code",
		read:  func(p *Plan, x *sheetRow, _ string) { p.Region.KemendagriCode = x.text("value") },
		write: func(p *Plan, _ smartcity.Lang) []any { return texts(p.Region.KemendagriCode) }},
	{path: "region.province", id: "Provinsi", en: "Province",
		read:  func(p *Plan, x *sheetRow, _ string) { p.Region.Province = x.text("value") },
		write: func(p *Plan, _ smartcity.Lang) []any { return texts(p.Region.Province) }},
	{path: "period.start_year", id: "Tahun awal", en: "First year",
		read:  func(p *Plan, x *sheetRow, path string) { p.Period.StartYear = x.integer("value", path) },
		write: func(p *Plan, _ smartcity.Lang) []any { return ints(p.Period.StartYear) }},
	{path: "period.end_year", id: "Tahun akhir", en: "Last year",
		read:  func(p *Plan, x *sheetRow, path string) { p.Period.EndYear = x.integer("value", path) },
		write: func(p *Plan, _ smartcity.Lang) []any { return ints(p.Period.EndYear) }},
	{path: "vision", id: "Visi", en: "Vision",
		read:  func(p *Plan, x *sheetRow, _ string) { p.Vision = x.text("value") },
		write: func(p *Plan, _ smartcity.Lang) []any { return texts(p.Vision) }},
	{path: "missions", id: "Misi", en: "Mission", list: true,
		read: func(p *Plan, x *sheetRow, path string) {
			if x.capped("missions", len(p.Missions), 100) {
				p.Missions = append(p.Missions, x.text("value"))
			}
		},
		write: func(p *Plan, _ smartcity.Lang) []any { return texts(p.Missions...) }},
	{path: "rpjmd.start_year", id: "RPJMD tahun awal", en: "RPJMD first year",
		read:  func(p *Plan, x *sheetRow, path string) { p.RPJMD.StartYear = x.integer("value", path) },
		write: func(p *Plan, _ smartcity.Lang) []any { return ints(p.RPJMD.StartYear) }},
	{path: "rpjmd.end_year", id: "RPJMD tahun akhir", en: "RPJMD last year",
		read:  func(p *Plan, x *sheetRow, path string) { p.RPJMD.EndYear = x.integer("value", path) },
		write: func(p *Plan, _ smartcity.Lang) []any { return ints(p.RPJMD.EndYear) }},
	{path: "rpjmd.strategic_issues", id: "Isu strategis", en: "Strategic issue", list: true,
		read: func(p *Plan, x *sheetRow, path string) {
			if x.capped("rpjmd.strategic_issues", len(p.RPJMD.StrategicIssues), 100) {
				p.RPJMD.StrategicIssues = append(p.RPJMD.StrategicIssues, x.text("value"))
			}
		},
		write: func(p *Plan, _ smartcity.Lang) []any { return texts(p.RPJMD.StrategicIssues...) }},
	{path: "legal_basis.kind", id: "Jenis peraturan", en: "Regulation type", options: choices(legalKinds, false),
		read: func(p *Plan, x *sheetRow, path string) { legal(p, x).Kind = enumCell[LegalKind](x, "value", path) },
		write: func(p *Plan, lang smartcity.Lang) []any {
			return ifLegal(p, func(l *LegalBasis) []any { return texts(l.Kind.String()) })
		}},
	{path: "legal_basis.number", id: "Nomor peraturan", en: "Regulation number",
		read: func(p *Plan, x *sheetRow, _ string) { legal(p, x).Number = x.text("value") },
		write: func(p *Plan, _ smartcity.Lang) []any {
			return ifLegal(p, func(l *LegalBasis) []any { return texts(l.Number) })
		}},
	{path: "legal_basis.year", id: "Tahun peraturan", en: "Regulation year",
		read: func(p *Plan, x *sheetRow, path string) { legal(p, x).Year = x.integer("value", path) },
		write: func(p *Plan, _ smartcity.Lang) []any {
			return ifLegal(p, func(l *LegalBasis) []any { return ints(l.Year) })
		}},
	{path: "legal_basis.title", id: "Judul peraturan", en: "Regulation title",
		read: func(p *Plan, x *sheetRow, _ string) { legal(p, x).Title = x.text("value") },
		write: func(p *Plan, _ smartcity.Lang) []any {
			return ifLegal(p, func(l *LegalBasis) []any { return texts(l.Title) })
		}},
	{path: "legal_basis.illustrative", id: "Peraturan ilustratif", en: "Regulation illustrative", options: yesNo,
		read: func(p *Plan, x *sheetRow, path string) { legal(p, x).Illustrative = x.flag("value", path) },
		write: func(p *Plan, lang smartcity.Lang) []any {
			return ifLegal(p, func(l *LegalBasis) []any { return texts(yes(l.Illustrative, lang)) })
		}},
	{path: "institutions.council.name", id: "Dewan Smart City", en: "Council",
		read:  func(p *Plan, x *sheetRow, _ string) { p.Institutions.Council.Name = x.text("value") },
		write: func(p *Plan, _ smartcity.Lang) []any { return texts(p.Institutions.Council.Name) }},
	{path: "institutions.council.decree", id: "SK Dewan Smart City", en: "Council decree",
		read:  func(p *Plan, x *sheetRow, _ string) { p.Institutions.Council.Decree = x.text("value") },
		write: func(p *Plan, _ smartcity.Lang) []any { return texts(p.Institutions.Council.Decree) }},
	{path: "institutions.team.name", id: "Tim Pelaksana", en: "Implementation team",
		read:  func(p *Plan, x *sheetRow, _ string) { p.Institutions.Team.Name = x.text("value") },
		write: func(p *Plan, _ smartcity.Lang) []any { return texts(p.Institutions.Team.Name) }},
	{path: "institutions.team.decree", id: "SK Tim Pelaksana", en: "Team decree",
		read:  func(p *Plan, x *sheetRow, _ string) { p.Institutions.Team.Decree = x.text("value") },
		write: func(p *Plan, _ smartcity.Lang) []any { return texts(p.Institutions.Team.Decree) }},
	{path: "institutions.leader.name", id: "Pemimpin", en: "Leader",
		read:  func(p *Plan, x *sheetRow, _ string) { p.Institutions.Leader.Name = x.text("value") },
		write: func(p *Plan, _ smartcity.Lang) []any { return texts(p.Institutions.Leader.Name) }},
	{path: "institutions.leader.role", id: "Jabatan pemimpin", en: "Leader's role",
		read:  func(p *Plan, x *sheetRow, _ string) { p.Institutions.Leader.Role = x.text("value") },
		write: func(p *Plan, _ smartcity.Lang) []any { return texts(p.Institutions.Leader.Role) }},
	{path: "readiness.spbe.year", id: "Tahun indeks SPBE", en: "SPBE year",
		read: func(p *Plan, x *sheetRow, path string) { spbeOf(p, x).Year = x.integer("value", path) },
		write: func(p *Plan, _ smartcity.Lang) []any {
			return ifSPBE(p, func(s *SPBEResult) []any { return ints(s.Year) })
		}},
	{path: "readiness.spbe.index", id: "Indeks SPBE", en: "SPBE index",
		read: func(p *Plan, x *sheetRow, _ string) { spbeOf(p, x).Index = x.text("value") },
		write: func(p *Plan, _ smartcity.Lang) []any {
			return ifSPBE(p, func(s *SPBEResult) []any { return texts(s.Index) })
		}},
	{path: "readiness.spbe.predikat", id: "Predikat SPBE", en: "SPBE predikat",
		read: func(p *Plan, x *sheetRow, _ string) { spbeOf(p, x).Predikat = x.text("value") },
		write: func(p *Plan, _ smartcity.Lang) []any {
			return ifSPBE(p, func(s *SPBEResult) []any { return texts(s.Predikat) })
		}},
	{path: "notes", id: "Catatan", en: "Note", list: true,
		read: func(p *Plan, x *sheetRow, path string) {
			if x.capped("notes", len(p.Notes), 1000) {
				p.Notes = append(p.Notes, x.text("value"))
			}
		},
		write: func(p *Plan, _ smartcity.Lang) []any { return texts(p.Notes...) }},
}

// legal returns the plan's legal basis, made when a row of it has a
// value.
func legal(p *Plan, x *sheetRow) *LegalBasis {
	if p.LegalBasis == nil {
		if x.text("value") == "" {
			return &LegalBasis{}
		}
		p.LegalBasis = &LegalBasis{}
	}
	return p.LegalBasis
}

// spbeOf returns the plan's SPBE result, made when a row of it has a
// value.
func spbeOf(p *Plan, x *sheetRow) *SPBEResult {
	if p.Readiness.SPBE == nil {
		if x.text("value") == "" {
			return &SPBEResult{}
		}
		p.Readiness.SPBE = &SPBEResult{}
	}
	return p.Readiness.SPBE
}

func ifLegal(p *Plan, f func(*LegalBasis) []any) []any {
	if p.LegalBasis == nil {
		return nil
	}
	return f(p.LegalBasis)
}

func ifSPBE(p *Plan, f func(*SPBEResult) []any) []any {
	if p.Readiness.SPBE == nil {
		return nil
	}
	return f(p.Readiness.SPBE)
}

// texts are the cells of texts, an empty one as an empty cell.
func texts(ss ...string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		if s != "" {
			out[i] = s
		}
	}
	return out
}

// ints are the cells of whole numbers, 0 as an empty cell.
func ints(ns ...int) []any {
	out := make([]any, len(ns))
	for i, n := range ns {
		if n != 0 {
			out[i] = n
		}
	}
	return out
}

// spelled is v as a cell: its name in lang when names parse, its code
// otherwise.
func spelled[E ~uint8](t *enum.Table[E], v E, names bool, lang smartcity.Lang) string {
	if names && t.IsValid(v) {
		return t.Name(v, lang)
	}
	return t.String(v)
}

// choices are the options of a drop-down list of t's values, spelled as
// spelled spells them.
func choices[E ~uint8](t *enum.Table[E], names bool) func(smartcity.Lang) []string {
	return func(lang smartcity.Lang) []string {
		var out []string
		for v := range t.All() {
			out = append(out, spelled(t, v, names, lang))
		}
		return out
	}
}

// yesNo are the options of a yes-or-no column.
func yesNo(lang smartcity.Lang) []string {
	if langIndex(lang) == 1 {
		return []string{"Yes", "No"}
	}
	return []string{"Ya", "Tidak"}
}

// yes is b as a cell of a yes-or-no column.
func yes(b bool, lang smartcity.Lang) string {
	if b {
		return yesNo(lang)[0]
	}
	return yesNo(lang)[1]
}

// elementCodes and pillarCodes are the options of the columns of pillars
// and elements.
func elementCodes(smartcity.Lang) []string {
	var out []string
	for e := range pillar.AllElements() {
		out = append(out, e.String())
	}
	return out
}

func pillarCodes(smartcity.Lang) []string {
	var out []string
	for p := range pillar.All() {
		out = append(out, p.String())
	}
	return out
}

// programColumn is the column of a programme's code on the sheets of its
// parts.
var programColumn = column{field: "program", id: "Kode program", en: "Programme code", need: true}

// The sheets of a plan.
var (
	planSheet    = labelSheet("Rencana", "Plan")
	programSheet = &sheetSpec{id: "Program", en: "Programmes", cols: []column{
		{field: "id", id: "Kode", en: "Code", need: true},
		{field: "name", id: "Nama program", en: "Name", need: true},
		{field: "description", id: "Uraian", en: "Description"},
		{field: "pillar", id: "Pilar", en: "Pillar", options: pillarCodes},
		{field: "element", id: "Elemen", en: "Element", need: true, options: elementCodes},
		{field: "responsible_opd", id: "OPD penanggung jawab", en: "Responsible OPD"},
		{field: "supporting_opds", id: "OPD pendukung", en: "Supporting OPDs"},
		{field: "horizon", id: "Jangka", en: "Horizon", options: choices(horizons, true)},
		{field: "start_year", id: "Tahun mulai", en: "Start year", kind: workbook.Integer},
		{field: "end_year", id: "Tahun selesai", en: "End year", kind: workbook.Integer},
		{field: "quick_win", id: "Quick win", en: "Quick win", options: yesNo},
		{field: "technology_based", id: "Berbasis TI", en: "Technology based", options: yesNo},
		{field: "status", id: "Status", en: "Status", options: choices(statuses, true)},
		{field: "illustrative", id: "Ilustratif", en: "Illustrative", options: yesNo},
	}}
	budgetSheet = &sheetSpec{id: "Anggaran", en: "Budget", cols: []column{
		programColumn,
		{field: "year", id: "Tahun", en: "Year", need: true, kind: workbook.Integer},
		{field: "source", id: "Sumber dana", en: "Source", need: true, options: choices(sources, false)},
		{field: "amount", id: "Jumlah", en: "Amount", need: true, kind: workbook.Rupiah},
	}}
	kpiSheet = &sheetSpec{id: "KPI", en: "KPIs", cols: []column{
		programColumn,
		{field: "name", id: "Nama KPI", en: "KPI", need: true},
		{field: "unit", id: "Satuan", en: "Unit"},
		{field: "baseline", id: "Nilai awal", en: "Baseline", kind: workbook.Decimal},
		{field: "direction", id: "Arah", en: "Direction", options: choices(directions, true)},
	}}
	targetSheet = &sheetSpec{id: "Target KPI", en: "KPI targets", cols: []column{
		programColumn,
		{field: "kpi", id: "Nama KPI", en: "KPI", need: true},
		{field: "year", id: "Tahun", en: "Year", need: true, kind: workbook.Integer},
		{field: "value", id: "Target", en: "Target", need: true, kind: workbook.Decimal},
	}}
	actionSheet = &sheetSpec{id: "Rencana Aksi", en: "Action plan", cols: []column{
		programColumn,
		{field: "description", id: "Langkah", en: "Step", need: true},
		{field: "year", id: "Tahun", en: "Year", kind: workbook.Integer},
		{field: "output", id: "Keluaran", en: "Output"},
	}}
	strategySheet = &sheetSpec{id: "Strategi", en: "Strategies", cols: []column{
		{field: "pillar", id: "Pilar", en: "Pillar", need: true, options: pillarCodes},
		{field: "element", id: "Elemen", en: "Element", options: elementCodes},
		{field: "statement", id: "Strategi", en: "Strategy", need: true},
	}}
	readinessSheet = &sheetSpec{id: "Kesiapan", en: "Readiness", cols: []column{
		{field: "sub_item", id: "Butir", en: "Item", need: true, options: choices(subItems, false)},
		{field: "current", id: "Nilai kini", en: "Current", need: true, kind: workbook.Integer},
		{field: "target", id: "Target", en: "Target", need: true, kind: workbook.Integer},
	}}
	swotSheet = &sheetSpec{id: "SWOT", en: "SWOT", cols: []column{
		{field: "sub_item", id: "Butir", en: "Item", need: true, options: choices(subItems, false)},
		{field: "kind", id: "Jenis", en: "Kind", need: true, options: swotKinds},
		{field: "text", id: "Isi", en: "Text", need: true},
	}}
	memberSheet = &sheetSpec{id: "Anggota", en: "Members", cols: []column{
		{field: "body", id: "Lembaga", en: "Body", need: true, options: bodies},
		{field: "name", id: "Nama", en: "Name", need: true},
		{field: "role", id: "Jabatan", en: "Role"},
	}}
	bookSheet = &sheetSpec{id: "Buku", en: "Books", cols: []column{
		{field: "volume", id: "Buku", en: "Book", need: true, options: choices(bookVolumes, false)},
		{field: "section", id: "Bagian", en: "Section"},
		{field: "title", id: "Judul", en: "Title", need: true},
		{field: "body", id: "Isi", en: "Body"},
	}}
	stageSheet = &sheetSpec{id: "Tahapan", en: "Lifecycle", cols: []column{
		{field: "stage", id: "Tahap", en: "Stage", need: true, options: choices(stages, false)},
		{field: "date", id: "Tanggal", en: "Date", kind: workbook.Date},
		{field: "end_date", id: "Tanggal selesai", en: "End date", kind: workbook.Date},
		{field: "note", id: "Catatan", en: "Note"},
	}}
)

// swotKinds are the kinds of a row of the sheet SWOT: the four lists of
// an item's SWOT and its evidence.
var swotKinds = func(lang smartcity.Lang) []string {
	if langIndex(lang) == 1 {
		return []string{"strength", "weakness", "opportunity", "threat", "evidence"}
	}
	return []string{"kekuatan", "kelemahan", "peluang", "ancaman", "bukti"}
}

// swotList returns the list of item it of the kind k (an index of
// swotKinds) and its field's name.
func swotList(it *ReadinessItem, k int) (*[]string, string) {
	switch k {
	case 0:
		return &it.SWOT.Strengths, "swot.strengths"
	case 1:
		return &it.SWOT.Weaknesses, "swot.weaknesses"
	case 2:
		return &it.SWOT.Opportunities, "swot.opportunities"
	case 3:
		return &it.SWOT.Threats, "swot.threats"
	}
	return &it.Evidence, "evidence"
}

// bodies are the options of the column Lembaga of the sheet Anggota.
func bodies(lang smartcity.Lang) []string {
	if langIndex(lang) == 1 {
		return []string{"council", "team"}
	}
	return []string{"dewan", "tim"}
}

// optionIndex returns the index of v among the options of both
// languages, folded, or -1.
func optionIndex(options func(smartcity.Lang) []string, v string) int {
	f := enum.Fold(v)
	for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
		for i, o := range options(lang) {
			if enum.Fold(o) == f {
				return i
			}
		}
	}
	return -1
}

// splitList splits a cell of a list, its items separated by ";" or line
// breaks.
func splitList(v string) []string {
	var out []string
	for _, s := range strings.FieldsFunc(v, func(r rune) bool { return r == ';' || r == '\n' }) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
