package masterplan

import (
	"strings"

	"github.com/kotacerdas/smartcity/internal/i18n"
)

// errorWords say the package's errors in Indonesian, keyed by their English
// text or format, as every package of the library keeps them
// (internal/i18n): the sentinels and the kinds of value its enums name.
var errorWords = i18n.Table{
	// Sentinels.
	"total overflows int64":        "jumlah melampaui batas int64",
	"lifecycle moves forward only": "tahapan hanya bergerak maju",

	// The totals an overflowError names.
	"budget of pillar %s in %d from %s":        "anggaran pilar %s tahun %d dari %s",
	"budget of pillar %s in %d":                "anggaran pilar %s tahun %d",
	"budget of pillar %s":                      "anggaran pilar %s",
	"budget of pillar %s in the year":          "anggaran pilar %s pada tahun itu",
	"budget of the six pillars":                "anggaran keenam pilar",
	"budget of the year":                       "anggaran tahun itu",
	"budget of %d":                             "anggaran tahun %d",
	"budget from %s":                           "anggaran dari %s",
	"total budget":                             "jumlah anggaran",
	"budget of programme %s":                   "anggaran program %s",
	"budget of programme %s in %d":             "anggaran program %s tahun %d",
	"money spent on programme %s":              "realisasi anggaran program %s",
	"money spent from %s":                      "realisasi anggaran dari %s",
	"progress of KPI %s of programme %s in %d": "capaian KPI %s program %s tahun %d",

	// What a ParseError names (its Kind).
	"book":               "buku",
	"funding source":     "sumber dana",
	"horizon":            "jangka waktu",
	"KPI direction":      "arah KPI",
	"regulation type":    "jenis peraturan",
	"stage":              "tahap",
	"KPI state":          "status KPI",
	"readiness pillar":   "pilar kesiapan",
	"readiness sub-item": "sub-item kesiapan",
	"region kind":        "jenis daerah",
	"status":             "status",
}

// message is one translatable text: a key for the universal translator and
// the text in Indonesian and English, with {0}, {1}… for parameters.
type message struct {
	key, id, en string
}

// fieldMessages replace the validator's default texts for the tags the
// Plan's fields use, so that messages name fields by their labels
// ("tahun anggaran wajib diisi") rather than by JSON names.
var fieldMessages = [...]message{
	{"min.number", "{0} paling sedikit {1}", "{0} must be at least {1}"},
	{"min.items.1", "{0} tidak boleh kosong", "{0} must not be empty"},
	{"min.items", "{0} harus berisi paling sedikit {1} entri", "{0} must have at least {1} entries"},
	{"min.string", "{0} paling sedikit {1} karakter", "{0} must be at least {1} characters long"},
	{"max.number", "{0} paling banyak {1}", "{0} must be at most {1}"},
	{"max.items", "{0} paling banyak berisi {1} entri", "{0} must have at most {1} entries"},
	{"max.string", "{0} paling banyak {1} karakter", "{0} must be at most {1} characters long"},
	{"gt.number", "{0} harus lebih dari {1}", "{0} must be greater than {1}"},
	{"gt.items", "{0} harus berisi lebih dari {1} entri", "{0} must have more than {1} entries"},
	{"gt.string", "{0} harus lebih dari {1} karakter", "{0} must be longer than {1} characters"},
}

// The masterplan's own rules, by rule code. Keys are the rule codes, with a
// suffix where a rule has more than one text.
var ruleMessages = [...]message{
	{"nil_plan", "rencana induk kosong", "the masterplan is empty"},
	{"kemendagri_code", "kode Kemendagri {0} tidak sesuai format {1}", "Kemendagri code {0} does not have the form {1}"},
	{"kemendagri_kind", "kode {0} adalah kode {1}, bukan {2}", "code {0} is a code of a {1}, not of a {2}"},
	{"period", "periode rencana induk {0}–{1} berlangsung {2} tahun; seharusnya 5–10 tahun",
		"the plan period {0}–{1} spans {2} years; it must span 5 to 10 years"},
	{"year_order", "tahun awal {0} lebih besar dari tahun akhir {1}", "the first year {0} is after the last year {1}"},
	{"rpjmd_overlap", "periode RPJMD {0}–{1} tidak beririsan dengan periode rencana induk {2}–{3}",
		"the RPJMD period {0}–{1} does not overlap the plan period {2}–{3}"},
	{"legal_kind", "{0} tidak diterbitkan oleh {1}; gunakan {2}", "a {0} is not issued by a {1}; use {2}"},
	{"unique", "id program {0} sudah dipakai oleh {1}", "programme id {0} is already used by {1}"},
	{"in_period", "tahun {0} berada di luar periode rencana induk {1}–{2}", "year {0} lies outside the plan period {1}–{2}"},
	{"horizon", "{0} tidak sesuai dengan lama program {1} tahun ({2}–{3}); seharusnya {4}",
		"the {0} horizon does not match the programme's {1} years ({2}–{3}); it should be {4}"},
	{"budget_total", "jumlah anggaran rencana induk sampai baris ini melampaui {0}, batas yang dapat dihitung tepat",
		"the plan's budget up to this line totals more than {0}, the most that can be totalled exactly"},
	{"budget_year", "tahun anggaran {0} berada di luar periode program {1}–{2}", "budget year {0} lies outside the programme's years {1}–{2}"},
	{"kpi_year", "tahun target {0} berada di luar periode program {1}–{2}", "target year {0} lies outside the programme's years {1}–{2}"},
	{"kpi_year_unique", "target tahun {0} sudah ditetapkan di {1}", "a target for {0} is already set at {1}"},
	{"number_exact", "{0} {1} memiliki terlalu banyak angka untuk dihitung tepat: paling banyak 18 angka bermakna, 18 sebelum koma dan 18 sesudahnya",
		"{0} {1} has too many digits to compute exactly: at most 18 significant digits, 18 before the point and 18 after"},
	{"kpi_direction.up", "target {0} ({1}) lebih rendah dari {2} ({3}), padahal KPI ini seharusnya naik",
		"the {0} target ({1}) is below {2} ({3}) although this KPI should go up"},
	{"kpi_direction.down", "target {0} ({1}) lebih tinggi dari {2} ({3}), padahal KPI ini seharusnya turun",
		"the {0} target ({1}) is above {2} ({3}) although this KPI should go down"},
	{"kpi_direction.baseline", "nilai dasar", "the baseline"},
	{"kpi_direction.target", "target {0}", "the {0} target"},
	{"action_year", "tahun langkah {0} berada di luar periode program {1}–{2}", "step year {0} lies outside the programme's years {1}–{2}"},
	{"quick_win", "pilar {0} belum memiliki quick win", "pillar {0} has no quick win"},
	{"pillar_coverage", "pilar {0} belum memiliki program", "pillar {0} has no programme"},
	{"stage_unique", "tahap {0} tercatat lebih dari sekali (juga di {1})", "stage {0} is recorded more than once (also at {1})"},
	{"stage_order", "tahap {0} dicatat setelah tahap {1}; tahapan hanya bergerak maju",
		"stage {0} is recorded after stage {1}; the lifecycle moves forward only"},
	{"stage_date", "tanggal {0} tahap {1} lebih awal dari tanggal {2} tahap {3}", "stage {1} is dated {0}, before stage {3} on {2}"},
	{"date", "tanggal {0} tidak sah", "the date {0} is not valid"},
	{"date.required", "tanggal wajib diisi (format YYYY-MM-DD)", "a date is required (YYYY-MM-DD)"},
	{"date_range", "tanggal selesai {0} lebih awal dari tanggal mulai {1}", "the end date {0} is before the start date {1}"},
	{"readiness_unique", "sub-item {0} sudah dinilai di {1}", "sub-item {0} is already assessed at {1}"},
	{"readiness_missing", "sub-item kesiapan {0} pada pilar {1} belum dinilai", "readiness sub-item {0} of the {1} pillar is not assessed"},
	{"readiness_target", "skor target {0} lebih rendah dari skor saat ini {1}", "the target score {0} is below the current score {1}"},
	{"spbe_index", "indeks SPBE {0} harus berupa angka 0–5 dengan paling banyak dua desimal",
		"SPBE index {0} must be a number from 0 to 5 with at most two decimals"},
	{"spbe_year", "tidak ada aturan evaluasi SPBE untuk tahun {0}; predikat tidak diperiksa",
		"no SPBE evaluation rule covers the year {0}; the rating is not checked"},
	{"spbe_predikat", "predikat {0} tidak sesuai dengan indeks {1} pada evaluasi tahun {3}; seharusnya {2}",
		"the rating {0} does not match index {1} in the {3} evaluation; expected {2}"},
	{"book_unique", "{0} sudah ada di {1}", "{0} already appears at {1}"},
	{"book_missing", "{0} belum dicantumkan", "{0} is not included"},
	{"element_pillar", "elemen {0} bukan bagian dari pilar {1}", "element {0} does not belong to pillar {1}"},
	{"or", "atau", "or"},
}

// fieldLabels name the Plan's fields in messages. A key is "parent.field"
// in JSON names without indexes (the parent being the enclosing field), the
// field alone, or "field[]" for an entry of a list; the most specific key
// wins.
var fieldLabels = [...]message{
	{"region.name", "nama daerah", "region name"},
	{"region.kind", "jenis daerah", "region kind"},
	{"region.kemendagri_code", "kode Kemendagri", "Kemendagri code"},
	{"region.province", "provinsi", "province"},
	{"period.start_year", "tahun awal periode", "first year of the period"},
	{"period.end_year", "tahun akhir periode", "last year of the period"},
	{"vision", "visi", "vision"},
	{"missions", "misi", "missions"},
	{"missions[]", "misi", "mission"},
	{"rpjmd.start_year", "tahun awal RPJMD", "first year of the RPJMD"},
	{"rpjmd.end_year", "tahun akhir RPJMD", "last year of the RPJMD"},
	{"strategic_issues", "isu strategis", "strategic issues"},
	{"strategic_issues[]", "isu strategis", "strategic issue"},
	{"legal_basis.kind", "jenis peraturan", "regulation type"},
	{"legal_basis.number", "nomor peraturan", "regulation number"},
	{"legal_basis.year", "tahun peraturan", "regulation year"},
	{"council.name", "nama Dewan Smart City", "name of the Dewan Smart City"},
	{"team.name", "nama Tim Pelaksana", "name of the Tim Pelaksana"},
	{"members.name", "nama anggota", "member name"},
	{"members.role", "jabatan anggota", "member role"},
	{"leader.name", "nama pemimpin", "leader name"},
	{"leader.role", "jabatan pemimpin", "leader role"},
	{"books.volume", "buku", "book"},
	{"books.title", "judul buku", "book title"},
	{"sections.title", "judul bagian", "section title"},
	{"items.sub_item", "sub-item kesiapan", "readiness sub-item"},
	{"items.current", "skor saat ini", "current score"},
	{"items.target", "skor target", "target score"},
	{"evidence", "bukti", "evidence"},
	{"evidence[]", "bukti", "evidence entry"},
	{"strengths[]", "kekuatan", "strength"},
	{"weaknesses[]", "kelemahan", "weakness"},
	{"opportunities[]", "peluang", "opportunity"},
	{"threats[]", "ancaman", "threat"},
	{"spbe.year", "tahun SPBE", "SPBE year"},
	{"spbe.index", "indeks SPBE", "SPBE index"},
	{"spbe.predikat", "predikat SPBE", "SPBE rating"},
	{"strategies.pillar", "pilar", "pillar"},
	{"strategies.element", "elemen", "element"},
	{"strategies.statement", "strategi", "strategy"},
	{"programs", "program", "programmes"},
	{"programs.id", "id program", "programme id"},
	{"programs.name", "nama program", "programme name"},
	{"programs.element", "elemen", "element"},
	{"programs.responsible_opd", "OPD penanggung jawab", "responsible OPD"},
	{"supporting_opds", "OPD pendukung", "supporting OPD"},
	{"programs.horizon", "jangka waktu", "horizon"},
	{"programs.start_year", "tahun mulai", "first year"},
	{"programs.end_year", "tahun selesai", "last year"},
	{"programs.status", "status", "status"},
	{"budget.year", "tahun anggaran", "budget year"},
	{"budget.source", "sumber dana", "funding source"},
	{"budget.amount", "jumlah anggaran", "budget amount"},
	{"kpis.name", "nama KPI", "KPI name"},
	{"kpis.unit", "satuan KPI", "KPI unit"},
	{"kpis.baseline", "nilai dasar KPI", "KPI baseline"},
	{"kpis.direction", "arah KPI", "KPI direction"},
	{"kpis.targets", "target KPI", "KPI targets"},
	{"targets.year", "tahun target", "target year"},
	{"targets.value", "nilai target", "target value"},
	{"action_plan.description", "uraian langkah", "step description"},
	{"stages.stage", "tahap", "stage"},
	{"stages.date", "tanggal", "date"},
	{"notes[]", "catatan", "note"},
}

// label returns the label of the field at the end of a path such as
// "programs[3].budget[1].year" in the language of column (0 Indonesian,
// 1 English), or the JSON name when it has none.
func label(path string, column int) string {
	parent, field := lastTwo(path)
	entry := ""
	if strings.HasSuffix(path, "]") {
		entry = field + "[]"
	}
	for _, key := range [...]string{entry, parent + "." + field, field} {
		if key == "" {
			continue
		}
		for _, l := range fieldLabels {
			if l.key == key {
				if column == 1 {
					return l.en
				}
				return l.id
			}
		}
	}
	return field
}

// lastTwo returns the last two segments of a dotted path, without their
// indexes: "programs[3].budget[1].year" gives "budget" and "year".
func lastTwo(path string) (parent, field string) {
	segs := splitPath(path)
	field = stripIndex(segs[len(segs)-1])
	if len(segs) > 1 {
		parent = stripIndex(segs[len(segs)-2])
	}
	return parent, field
}

func splitPath(path string) []string {
	var segs []string
	start := 0
	for i := 0; i < len(path); i++ {
		if path[i] == '.' {
			segs = append(segs, path[start:i])
			start = i + 1
		}
	}
	return append(segs, path[start:])
}

func stripIndex(seg string) string {
	for i := 0; i < len(seg); i++ {
		if seg[i] == '[' {
			return seg[:i]
		}
	}
	return seg
}
