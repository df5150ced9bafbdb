package masterplan

import (
	"errors"
	"math"
	"testing"

	"github.com/go-playground/validator/v10"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/pillar"
)

// found is a Problem with its messages in both languages, for comparison.
type found struct {
	Path, Rule string
	Severity   smartcity.Severity
	ID, EN     string
}

// validateBoth validates p and says each problem in Indonesian and English.
func validateBoth(t *testing.T, p *Plan, opts ValidateOptions) []found {
	t.Helper()
	return foundOf(p.Validate(opts))
}

// foundOf says each problem in Indonesian and English, without its place.
func foundOf(ps smartcity.Problems) []found {
	var out []found
	for _, p := range ps {
		out = append(out, found{p.Path, p.Rule, p.Severity,
			smartcity.ErrorMessage(p.Err, smartcity.Indonesian), smartcity.ErrorMessage(p.Err, smartcity.English)})
	}
	return out
}

func TestValidateRembang(t *testing.T) {
	p := loadRembang(t)
	for _, opts := range []ValidateOptions{{}, {RequireQuickWinPerPillar: true}} {
		ps := p.Validate(opts)
		assert.Empty(t, ps)
		assert.NoError(t, ps.Err())
	}
}

func TestValidateRules(t *testing.T) {
	strict := ValidateOptions{RequireQuickWinPerPillar: true}
	tests := []struct {
		name   string
		opts   ValidateOptions
		mutate func(p *Plan)
		want   []found
	}{
		{"budget year outside the programme", strict, func(p *Plan) { p.Programs[2].Budget[3].Year = 2035 }, []found{{
			"programs[2].budget[3].year", "budget_year", smartcity.Error,
			"tahun anggaran 2035 berada di luar periode program 2023–2026",
			"budget year 2035 lies outside the programme's years 2023–2026",
		}}},
		{"no quick win in a pillar, required", strict, func(p *Plan) { p.Programs[4].QuickWin = false }, []found{{
			"programs", "quick_win", smartcity.Error,
			"pilar Smart Branding belum memiliki quick win", "pillar Smart Branding has no quick win",
		}}},
		{"no quick win in a pillar, by default", ValidateOptions{}, func(p *Plan) { p.Programs[4].QuickWin = false }, []found{{
			"programs", "quick_win", smartcity.Warning,
			"pilar Smart Branding belum memiliki quick win", "pillar Smart Branding has no quick win",
		}}},
		{"a pillar without programmes", strict, func(p *Plan) { p.Programs = p.Programs[:16] }, []found{
			{"programs", "pillar_coverage", smartcity.Warning, "pilar Smart Environment belum memiliki program", "pillar Smart Environment has no programme"},
			{"programs", "quick_win", smartcity.Error, "pilar Smart Environment belum memiliki quick win", "pillar Smart Environment has no quick win"},
		}},
		{"duplicate id", strict, func(p *Plan) { p.Programs[5].ID = "GOV-02" }, []found{{
			"programs[5].id", "unique", smartcity.Error,
			`id program "GOV-02" sudah dipakai oleh programs[1]`, `programme id "GOV-02" is already used by programs[1]`,
		}}},
		{"horizon against duration", strict, func(p *Plan) { p.Programs[1].EndYear = 2024 }, []found{{
			"programs[1].horizon", "horizon", smartcity.Error,
			"jangka pendek tidak sesuai dengan lama program 2 tahun (2023–2024); seharusnya jangka menengah",
			"the short term horizon does not match the programme's 2 years (2023–2024); it should be medium term",
		}}},
		{"long horizon of five years", strict, func(p *Plan) { p.Programs[6].EndYear = 2028 }, []found{{
			"programs[6].horizon", "horizon", smartcity.Error,
			"jangka panjang tidak sesuai dengan lama program 5 tahun (2024–2028); seharusnya jangka menengah",
			"the long term horizon does not match the programme's 5 years (2024–2028); it should be medium term",
		}, {
			"programs[6].budget[3].year", "budget_year", smartcity.Error,
			"tahun anggaran 2030 berada di luar periode program 2024–2028", "budget year 2030 lies outside the programme's years 2024–2028",
		}, {
			"programs[6].kpis[0].targets[2].year", "kpi_year", smartcity.Error,
			"tahun target 2030 berada di luar periode program 2024–2028", "target year 2030 lies outside the programme's years 2024–2028",
		}}},
		{"programme outside the plan period", strict, func(p *Plan) {
			p.Programs[12].EndYear = 2032
			p.Programs[12].StartYear = 2021
		}, []found{
			{"programs[12].start_year", "in_period", smartcity.Error, "tahun 2021 berada di luar periode rencana induk 2022–2031", "year 2021 lies outside the plan period 2022–2031"},
			{"programs[12].end_year", "in_period", smartcity.Error, "tahun 2032 berada di luar periode rencana induk 2022–2031", "year 2032 lies outside the plan period 2022–2031"},
		}},
		{"start after end", strict, func(p *Plan) { p.Programs[0].StartYear = 2025 }, []found{{
			"programs[0].start_year", "year_order", smartcity.Error, "tahun awal 2025 lebih besar dari tahun akhir 2024", "the first year 2025 is after the last year 2024",
		}}},
		{"KPI target year", strict, func(p *Plan) { p.Programs[0].KPIs[1].Targets[2].Year = 2021 }, []found{
			{"programs[0].kpis[1].targets[2].year", "kpi_year", smartcity.Error,
				"tahun target 2021 berada di luar periode program 2022–2024", "target year 2021 lies outside the programme's years 2022–2024"},
			// Taken in year order, 2021's 50000 comes first, so 2022's
			// 10000 goes down.
			{"programs[0].kpis[1].targets[0].value", "kpi_direction", smartcity.Warning,
				"target 2022 (10000) lebih rendah dari target 2021 (50000), padahal KPI ini seharusnya naik",
				"the 2022 target (10000) is below the 2021 target (50000) although this KPI should go up"},
		}},
		{"KPI target set twice", strict, func(p *Plan) { p.Programs[0].KPIs[0].Targets[1].Year = 2022 }, []found{{
			"programs[0].kpis[0].targets[1].year", "kpi_year_unique", smartcity.Error,
			"target tahun 2022 sudah ditetapkan di programs[0].kpis[0].targets[0]", "a target for 2022 is already set at programs[0].kpis[0].targets[0]",
		}}},
		{"KPI going the wrong way", strict, func(p *Plan) { p.Programs[10].KPIs[0].Targets[1].Value = "45" }, []found{{
			"programs[10].kpis[0].targets[1].value", "kpi_direction", smartcity.Warning,
			"target 2023 (45) lebih tinggi dari target 2022 (40), padahal KPI ini seharusnya turun",
			"the 2023 target (45) is above the 2022 target (40) although this KPI should go down",
		}}},
		{"KPI below the baseline", strict, func(p *Plan) { p.Programs[1].KPIs[0].Targets[0].Value = "39.5" }, []found{{
			"programs[1].kpis[0].targets[0].value", "kpi_direction", smartcity.Warning,
			"target 2023 (39.5) lebih rendah dari nilai dasar (40), padahal KPI ini seharusnya naik",
			"the 2023 target (39.5) is below the baseline (40) although this KPI should go up",
		}}},
		{"KPI value not a number", strict, func(p *Plan) { p.Programs[1].KPIs[0].Baseline = "40%" }, []found{{
			"programs[1].kpis[0].baseline", "number", smartcity.Error,
			`nilai dasar KPI "40%" bukan bilangan desimal yang sah`, `KPI baseline "40%" is not a valid decimal number`,
		}}},
		{"KPI value past exact arithmetic", strict, func(p *Plan) { p.Programs[1].KPIs[0].Targets[0].Value = "41.0000000000000000001" }, []found{{
			"programs[1].kpis[0].targets[0].value", "number_exact", smartcity.Error,
			"nilai target 41.0000000000000000001 memiliki terlalu banyak angka untuk dihitung tepat: paling banyak 18 angka bermakna, 18 sebelum koma dan 18 sesudahnya",
			"target value 41.0000000000000000001 has too many digits to compute exactly: at most 18 significant digits, 18 before the point and 18 after",
		}}},
		{"action step year", strict, func(p *Plan) { p.Programs[0].ActionPlan[2].Year = 2026 }, []found{{
			"programs[0].action_plan[2].year", "action_year", smartcity.Error,
			"tahun langkah 2026 berada di luar periode program 2022–2024", "step year 2026 lies outside the programme's years 2022–2024",
		}}},
		{"required fields of a programme and its items", strict, func(p *Plan) {
			pr := &p.Programs[3]
			pr.Name, pr.ResponsibleOPD = "", ""
			pr.SupportingOPDs = []string{""}
			pr.Budget[0].Amount = 0
			pr.Budget[1].Source = 0
			pr.KPIs[0].Unit = ""
			pr.KPIs[0].Targets[0].Value = ""
			pr.ActionPlan[0].Description = ""
		}, []found{
			{"programs[3].name", "required", smartcity.Error, "nama program wajib diisi", "programme name is required"},
			{"programs[3].responsible_opd", "required", smartcity.Error, "OPD penanggung jawab wajib diisi", "responsible OPD is required"},
			{"programs[3].supporting_opds[0]", "required", smartcity.Error, "OPD pendukung wajib diisi", "supporting OPD is required"},
			{"programs[3].budget[0].amount", "gt", smartcity.Error, "jumlah anggaran harus lebih dari 0", "budget amount must be greater than 0"},
			{"programs[3].budget[1].source", "required", smartcity.Error, "sumber dana wajib diisi", "funding source is required"},
			{"programs[3].kpis[0].unit", "required", smartcity.Error, "satuan KPI wajib diisi", "KPI unit is required"},
			{"programs[3].kpis[0].targets[0].value", "required", smartcity.Error, "nilai target wajib diisi", "target value is required"},
			{"programs[3].action_plan[0].description", "required", smartcity.Error, "uraian langkah wajib diisi", "step description is required"},
		}},
		{"budget whose total leaves int64", strict, func(p *Plan) {
			// Each amount fits; the plan's total does not, from the
			// second programme's line on, and is reported once there.
			p.Programs[1].Budget[0].Amount = math.MaxInt64 / 2
			p.Programs[2].Budget[0].Amount = math.MaxInt64 / 2
			p.Programs[3].Budget[0].Amount = math.MaxInt64 / 2
		}, []found{{
			"programs[2].budget[0].amount", "budget_total", smartcity.Error,
			"jumlah anggaran rencana induk sampai baris ini melampaui Rp9.223.372.036.854.775.807, batas yang dapat dihitung tepat",
			"the plan's budget up to this line totals more than IDR 9,223,372,036,854,775,807, the most that can be totalled exactly",
		}}},
		{"KPI without targets", strict, func(p *Plan) { p.Programs[3].KPIs[0].Targets = nil }, []found{{
			"programs[3].kpis[0].targets", "min", smartcity.Error, "target KPI tidak boleh kosong", "KPI targets must not be empty",
		}}},
		{"years that are not four-digit years", strict, func(p *Plan) {
			p.Period.EndYear = 20310
			p.RPJMD.StartYear = -2021
		}, []found{
			{"period.end_year", "year", smartcity.Error, "tahun 20310 tidak sah; tulis tahun dengan empat angka", "year 20310 is not valid; write a four-digit year"},
			{"rpjmd.start_year", "year", smartcity.Error, "tahun -2021 tidak sah; tulis tahun dengan empat angka", "year -2021 is not valid; write a four-digit year"},
		}},
		{"plan period too long", strict, func(p *Plan) { p.Period.EndYear = 2033 }, []found{{
			"period", "period", smartcity.Error,
			"periode rencana induk 2022–2033 berlangsung 12 tahun; seharusnya 5–10 tahun",
			"the plan period 2022–2033 spans 12 years; it must span 5 to 10 years",
		}}},
		{"field tags", strict, func(p *Plan) {
			p.Region.Province = ""
			p.Vision = ""
			p.Missions = nil
			p.Readiness.Items[4].Target = 6
			p.Institutions.Leader.Role = ""
		}, []found{
			{"region.province", "required", smartcity.Error, "provinsi wajib diisi", "province is required"},
			{"vision", "required", smartcity.Error, "visi wajib diisi", "vision is required"},
			{"missions", "min", smartcity.Error, "misi tidak boleh kosong", "missions must not be empty"},
			{"institutions.leader.role", "required", smartcity.Error, "jabatan pemimpin wajib diisi", "leader role is required"},
			{"readiness.items[4].target", "max", smartcity.Error, "skor target paling banyak 5", "target score must be at most 5"},
		}},
		{"field tags deeper down", strict, func(p *Plan) {
			p.Readiness.Items[2].SWOT.Strengths = append(p.Readiness.Items[2].SWOT.Strengths, "")
			p.Lifecycle.Stages[0].Stage = 0
			p.Books[1].Sections[0].Title = ""
			p.Missions[1] = ""
		}, []found{
			{"missions[1]", "required", smartcity.Error, "misi wajib diisi", "mission is required"},
			{"books[1].sections[0].title", "required", smartcity.Error, "judul bagian wajib diisi", "section title is required"},
			{"readiness.items[2].swot.strengths[1]", "required", smartcity.Error, "kekuatan wajib diisi", "strength is required"},
			{"lifecycle.stages[0].stage", "required", smartcity.Error, "tahap wajib diisi", "stage is required"},
		}},
		{"Kemendagri code form", strict, func(p *Plan) { p.Region.KemendagriCode = "3317" }, []found{{
			"region.kemendagri_code", "kemendagri_code", smartcity.Error,
			`kode Kemendagri "3317" tidak sesuai format NN.NN`, `Kemendagri code "3317" does not have the form NN.NN`,
		}}},
		{"Kemendagri code of a kota", strict, func(p *Plan) { p.Region.KemendagriCode = "33.74" }, []found{{
			"region.kemendagri_code", "kemendagri_kind", smartcity.Warning,
			"kode 33.74 adalah kode kota, bukan kabupaten", "code 33.74 is a code of a city, not of a regency",
		}}},
		{"province code for a kabupaten", strict, func(p *Plan) { p.Region.KemendagriCode = "33" }, []found{{
			"region.kemendagri_code", "kemendagri_code", smartcity.Error,
			`kode Kemendagri "33" tidak sesuai format NN.NN`, `Kemendagri code "33" does not have the form NN.NN`,
		}}},
		{"Perwal for a kabupaten", strict, func(p *Plan) { p.LegalBasis.Kind = Perwal }, []found{{
			"legal_basis.kind", "legal_kind", smartcity.Warning,
			"Perwal tidak diterbitkan oleh kabupaten; gunakan Perbup atau Perda", "a Perwal is not issued by a regency; use Perbup or Perda",
		}}},
		{"RPJMD apart from the plan", strict, func(p *Plan) { p.RPJMD.StartYear, p.RPJMD.EndYear = 2011, 2016 }, []found{{
			"rpjmd", "rpjmd_overlap", smartcity.Warning,
			"periode RPJMD 2011–2016 tidak beririsan dengan periode rencana induk 2022–2031",
			"the RPJMD period 2011–2016 does not overlap the plan period 2022–2031",
		}}},
		{"lifecycle out of order", strict, func(p *Plan) {
			s := p.Lifecycle.Stages
			s[1], s[2] = s[2], s[1]
		}, []found{
			{"lifecycle.stages[2].stage", "stage_order", smartcity.Error,
				"tahap Bimtek I dicatat setelah tahap Bimtek II; tahapan hanya bergerak maju",
				"stage Bimtek I is recorded after stage Bimtek II; the lifecycle moves forward only"},
		}},
		{"lifecycle dates backwards", strict, func(p *Plan) { p.Lifecycle.Stages[2].Date = smartcity.MustParseDate("2022-06-01") }, []found{{
			"lifecycle.stages[2].date", "stage_date", smartcity.Error,
			"tanggal 2022-06-01 tahap Bimtek II lebih awal dari tanggal 2022-06-23 tahap Bimtek I",
			"stage Bimtek II is dated 2022-06-01, before stage Bimtek I on 2022-06-23",
		}}},
		{"lifecycle stage twice, end before start, no date", strict, func(p *Plan) {
			s := p.Lifecycle.Stages
			s[2].Stage = BimtekI
			s[1].EndDate = smartcity.MustParseDate("2022-06-22")
			s[4].Date = Date{}
		}, []found{
			{"lifecycle.stages[1].end_date", "date_range", smartcity.Error,
				"tanggal selesai 2022-06-22 lebih awal dari tanggal mulai 2022-06-23", "the end date 2022-06-22 is before the start date 2022-06-23"},
			{"lifecycle.stages[2].stage", "stage_unique", smartcity.Error,
				"tahap Bimtek I tercatat lebih dari sekali (juga di lifecycle.stages[1])", "stage Bimtek I is recorded more than once (also at lifecycle.stages[1])"},
			{"lifecycle.stages[4].date", "required", smartcity.Error, "tanggal wajib diisi (format YYYY-MM-DD)", "a date is required (YYYY-MM-DD)"},
		}},
		{"readiness", strict, func(p *Plan) {
			p.Readiness.Items[8].SubItem = StructurePeople
			p.Readiness.Items[3].Target = 1
		}, []found{
			{"readiness.items[3].target", "readiness_target", smartcity.Warning,
				"skor target 1 lebih rendah dari skor saat ini 2", "the target score 1 is below the current score 2"},
			{"readiness.items[8].sub_item", "readiness_unique", smartcity.Error,
				"sub-item structure.people sudah dinilai di readiness.items[0]", "sub-item structure.people is already assessed at readiness.items[0]"},
			{"readiness.items", "readiness_missing", smartcity.Error,
				"sub-item kesiapan tata laksana pada pilar Suprastruktur belum dinilai",
				"readiness sub-item implementation of the Superstructure pillar is not assessed"},
		}},
		{"SPBE index", strict, func(p *Plan) { p.Readiness.SPBE.Index = "2,76" }, []found{{
			"readiness.spbe.index", "spbe_index", smartcity.Error,
			`indeks SPBE "2,76" harus berupa angka 0–5 dengan paling banyak dua desimal`,
			`SPBE index "2,76" must be a number from 0 to 5 with at most two decimals`,
		}}},
		{"SPBE rating", strict, func(p *Plan) { p.Readiness.SPBE.Predikat = "Sangat Baik" }, []found{{
			"readiness.spbe.predikat", "spbe_predikat", smartcity.Warning,
			"predikat Sangat Baik tidak sesuai dengan indeks 2.76 pada evaluasi tahun 2021; seharusnya Baik",
			"the rating Sangat Baik does not match index 2.76 in the 2021 evaluation; expected Baik",
		}}},
		{"SPBE rating at a band's edge", strict, func(p *Plan) {
			// Kabupaten Pacitan 2024: shown 3.50, exact 3.4985, rated Baik.
			p.Readiness.SPBE = &SPBEResult{Year: 2024, Index: "3.50", Predikat: "Baik"}
		}, nil},
		{"books", strict, func(p *Plan) { p.Books[2].Volume = BookAnalysis }, []found{
			{"books[2].volume", "book_unique", smartcity.Error,
				"Buku I Analisis Strategis sudah ada di books[0]", "Book I Strategic Analysis already appears at books[0]"},
			{"books", "book_missing", smartcity.Warning,
				"Buku III Ringkasan Eksekutif dan Quick Win belum dicantumkan", "Book III Executive Summary and Quick Wins is not included"},
		}},
		{"strategy element of another pillar", strict, func(p *Plan) { p.Strategies[1].Element = pillar.Health }, []found{{
			"strategies[1].element", "element_pillar", smartcity.Error,
			"elemen LIV.HEA bukan bagian dari pilar Smart Branding", "element LIV.HEA does not belong to pillar Smart Branding",
		}}},
		{"undeclared values set in code", strict, func(p *Plan) {
			p.Region.Kind = 9
			p.Programs[0].Horizon = 7
			p.Programs[0].Budget[0].Source = 42
			p.Lifecycle.Stages[0].Stage = 99
		}, []found{
			{"region.kind", "enum", smartcity.Error, "jenis daerah bernilai RegionKind(9) yang tidak dikenal", "region kind has the unknown value RegionKind(9)"},
			{"programs[0].horizon", "enum", smartcity.Error, "jangka waktu bernilai Horizon(7) yang tidak dikenal", "horizon has the unknown value Horizon(7)"},
			{"programs[0].budget[0].source", "enum", smartcity.Error, "sumber dana bernilai Source(42) yang tidak dikenal", "funding source has the unknown value Source(42)"},
			{"lifecycle.stages[0].stage", "enum", smartcity.Error, "tahap bernilai Stage(99) yang tidak dikenal", "stage has the unknown value Stage(99)"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := loadRembang(t)
			tt.mutate(p)
			assert.Equal(t, tt.want, validateBoth(t, p, tt.opts))
		})
	}
}

// Every problem is reported at once, not just the first.
func TestValidateEverythingAtOnce(t *testing.T) {
	p := loadRembang(t)
	p.Region.Name = ""
	p.Programs[0].Budget[0].Year = 2035
	p.Programs[7].ID = "GOV-01"
	p.Programs[17].Budget[2].Amount = -5
	p.Lifecycle.Stages[3].Date = smartcity.MustParseDate("2022-01-01")
	ps := p.Validate(ValidateOptions{})
	var paths []string
	for _, pr := range ps {
		paths = append(paths, pr.Path)
	}
	assert.Equal(t, []string{
		"region.name", "programs[0].budget[0].year", "programs[7].id", "programs[17].budget[2].amount", "lifecycle.stages[3].date",
	}, paths)
	assert.Len(t, ps.Errors(), 5)
	assert.Empty(t, ps.Warnings())
}

func TestProblemsAsError(t *testing.T) {
	p := loadRembang(t)
	p.Region.Name = ""
	p.Programs[2].Budget[3].Year = 2035
	p.Readiness.Items[3].Target = 1
	ps := p.Validate(ValidateOptions{})
	err := ps.Err()
	require.Error(t, err)
	var fe validator.FieldError
	require.ErrorAs(t, err, &fe, "field-tag problems keep the validator's findings")
	assert.Equal(t, "Plan.region.name", fe.Namespace())
	assert.Equal(t, "required", fe.Tag())
	var problems smartcity.Problems
	require.ErrorAs(t, err, &problems)
	assert.Len(t, problems, 3)
	assert.EqualError(t, err, "region.name: region name is required; "+
		"programs[2].budget[3].year: budget year 2035 lies outside the programme's years 2023–2026")
	assert.Equal(t, "region.name: nama daerah wajib diisi; "+
		"programs[2].budget[3].year: tahun anggaran 2035 berada di luar periode program 2023–2026", smartcity.ErrorMessage(err, smartcity.Indonesian))

	// Warnings alone leave the plan valid.
	p = loadRembang(t)
	p.Readiness.Items[3].Target = 1
	ps = p.Validate(ValidateOptions{})
	assert.Len(t, ps, 1)
	assert.False(t, ps.HasErrors())
	assert.NoError(t, ps.Err())

	// Domain problems alone do not claim a validator cause.
	p = loadRembang(t)
	p.Programs[2].Budget[3].Year = 2035
	assert.False(t, errors.As(p.Validate(ValidateOptions{}).Err(), &fe))
}

func TestValidateNilAndEmpty(t *testing.T) {
	var p *Plan
	ps := p.Validate(ValidateOptions{})
	require.Len(t, ps, 1)
	assert.Equal(t, "nil_plan", ps[0].Rule)
	assert.Equal(t, smartcity.Error, ps[0].Severity)
	assert.Equal(t, "the masterplan is empty", ps[0].Error())
	assert.Equal(t, "rencana induk kosong", ps[0].Message(smartcity.Indonesian))

	// An empty plan gets a problem for each thing it lacks, never a panic.
	ps = new(Plan).Validate(ValidateOptions{})
	assert.True(t, ps.HasErrors())
	rules := map[string]int{}
	for _, pr := range ps {
		rules[pr.Rule]++
	}
	assert.Equal(t, 9, rules["readiness_missing"])
	assert.Equal(t, 6, rules["quick_win"])
	assert.Equal(t, 6, rules["pillar_coverage"])
	assert.Equal(t, 3, rules["book_missing"])
	assert.Contains(t, foundOf(ps), found{"programs", "min", smartcity.Error, "program tidak boleh kosong", "programmes must not be empty"})
}

// The validator is private: a validator of the importer's own, with none
// of the package's registrations, walks the exported types without
// panicking, because their tags are all built in.
func TestForeignValidator(t *testing.T) {
	v := validator.New()
	assert.NoError(t, v.Struct(loadRembang(t)))
	assert.NoError(t, v.Struct(generatedPlan(20)))
	bad := loadRembang(t)
	bad.Vision = ""
	assert.Error(t, v.Struct(bad))
}

// Messages are said per call: saying them in two languages at once does
// not interfere.
func TestValidateConcurrent(t *testing.T) {
	p := loadRembang(t)
	p.Programs[2].Budget[3].Year = 2035
	done := make(chan string, 20)
	for i := range 20 {
		go func() {
			lang := smartcity.Indonesian
			if i%2 == 1 {
				lang = smartcity.English
			}
			done <- lang.String() + ":" + smartcity.ErrorMessage(p.Validate(ValidateOptions{})[0].Err, lang)
		}()
	}
	for range 20 {
		switch m := <-done; m[:3] {
		case "id:":
			assert.Equal(t, "id:tahun anggaran 2035 berada di luar periode program 2023–2026", m)
		default:
			assert.Equal(t, "en:budget year 2035 lies outside the programme's years 2023–2026", m)
		}
	}
}
