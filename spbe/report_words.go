package spbe

import "github.com/kotacerdas/smartcity"

// reportWord names a piece of report text; reportWords holds it in
// Indonesian and English.
type reportWord uint8

const (
	wTitle reportWord = iota
	wFramework
	wIndexShort
	wExactly
	wBasisUnrounded
	wBasisRounded
	wUnanswered
	wNote
	wDomains
	wAspects
	wIndicators
	wCode
	wDomain
	wAspect
	wIndicator
	wNumber
	wWeight
	wLevel
	wLevelName
	wDifference
	wGap
	wGapTarget
	wGapReached
	wGapPoints
	wGapHeadroom
	wGapDomainBelow
	wGapDomainMet
	wDistance
	wHeadroom
	wPlan
	wPlanIntro
	wPlanReached
	wPlanShort
	wPlanNone
	wPlanMinimums
	wPlanBounds
	wYear
	wRaise
	wIndexAfter
	wRequired
	wCompareWith
	wRadarTitle
	wRadarAnd
	wRadarSeries
	wLimitFrozen
	wLimitRaiseCap
	wLimitUnpriced
	wLimitMaxLevel
	wProfile
	wCost
	wTotalCost
	wShortfalls
	wShortfallIndicator
	wMethod
	wExternalPending
	wExternalLegend
	wTitleDigital
	wGapHeadroomAspect
	wRadarTitleAspects
	wBarsAxis
	wBarsTarget
	wRankingTitle
	wFrom
	wTo
	wIndicatorName
	numReportWords
)

// reportWords are the report's words, {Indonesian, English}. Format verbs
// are filled in by the writer.
var reportWords = [numReportWords][2]string{
	wTitle:              {"Hasil Evaluasi SPBE: %s", "SPBE evaluation result: %s"},
	wFramework:          {"Kerangka evaluasi", "Framework"},
	wIndexShort:         {"Indeks", "Index"},
	wExactly:            {"tepatnya", "exactly"},
	wBasisUnrounded:     {"predikat dari indeks tanpa pembulatan", "predikat from the unrounded index"},
	wBasisRounded:       {"predikat dari indeks yang dibulatkan ke dua desimal", "predikat from the index rounded to two decimals"},
	wUnanswered:         {"%d indikator tanpa jawaban dinilai 0.", "%d unanswered indicators are scored 0."},
	wNote:               {"Catatan", "Note"},
	wDomains:            {"Domain", "Domains"},
	wAspects:            {"Aspek", "Aspects"},
	wIndicators:         {"Indikator", "Indicators"},
	wCode:               {"Kode", "Code"},
	wDomain:             {"Domain", "Domain"},
	wAspect:             {"Aspek", "Aspect"},
	wIndicator:          {"Indikator", "Indicator"},
	wNumber:             {"No.", "No."},
	wWeight:             {"Bobot", "Weight"},
	wLevel:              {"Tingkat", "Level"},
	wLevelName:          {"Nama tingkat", "Level name"},
	wDifference:         {"Selisih", "Difference"},
	wGap:                {"Jarak ke target", "Gap to the target"},
	wGapTarget:          {"Target: %s, yaitu indeks paling sedikit %s: Σ tingkat × bobot paling sedikit %s poin basis.", "Target: %s, that is an index of at least %s: Σ level × weight of at least %s basis points."},
	wGapReached:         {"Indeks %s sudah mencapai target.", "The index %s already meets the target."},
	wGapPoints:          {"Indeks kini %s (%s poin basis): kurang %s poin indeks, yaitu %s poin basis.", "The index is now %s (%s basis points): %s index points short, that is %s basis points."},
	wGapHeadroom:        {"Ruang naik per domain adalah tambahan indeks SPBE bila semua indikatornya mencapai tingkat %s.", "A domain's headroom is what the SPBE index would gain if all its indicators reached level %s."},
	wGapDomainBelow:     {"%s di bawah target", "%s below the target"},
	wGapDomainMet:       {"sudah mencapai", "met"},
	wDistance:           {"Jarak ke %s", "Distance to %s"},
	wHeadroom:           {"Ruang naik", "Headroom"},
	wPlan:               {"Rencana kenaikan", "Improvement plan"},
	wPlanIntro:          {"Kenaikan satu tingkat yang paling sedikit untuk mencapai target: indikator dengan bobot terbesar lebih dulu.", "The fewest one-level raises that meet the target: the heaviest indicators first."},
	wPlanReached:        {"%d kenaikan; indeks menjadi %s, %s.", "%d raises; the index becomes %s, %s."},
	wPlanShort:          {"Target tidak dapat dicapai: dengan %d kenaikan indeks paling tinggi %s, %s.", "The target cannot be met: with %d raises the index reaches at most %s, %s."},
	wPlanNone:           {"Tidak perlu kenaikan: indeks %s, %s, sudah memenuhi target.", "No raise is needed: the index %s, %s, meets the target."},
	wPlanMinimums:       {"Dengan %d kenaikan indeks mencapai target (%s, %s), tetapi tidak semua minimum terpenuhi.", "With %d raises the index meets the target (%s, %s), but not every minimum is met."},
	wPlanBounds:         {"Yang menahan: %s.", "Held back by: %s."},
	wYear:               {"Tahun", "Year"},
	wRaise:              {"Kenaikan", "Raise"},
	wIndexAfter:         {"Indeks sesudahnya", "Index after"},
	wRequired:           {"wajib", "required"},
	wCompareWith:        {"Pembanding: %s.", "Compared with: %s."},
	wRadarTitle:         {"Indeks domain SPBE: %s", "SPBE domain indices: %s"},
	wRadarAnd:           {" dan ", " and "},
	wRadarSeries:        {"%s (indeks %s)", "%s (index %s)"},
	wLimitFrozen:        {"dibekukan", "frozen"},
	wLimitRaiseCap:      {"batas kenaikan per tahun", "yearly raise cap"},
	wLimitUnpriced:      {"tanpa harga", "unpriced"},
	wLimitMaxLevel:      {"sudah di tingkat tertinggi", "at the highest level"},
	wProfile:            {"profil tingkat", "level profile"},
	wCost:               {"Biaya", "Cost"},
	wTotalCost:          {"Jumlah biaya: %s.", "Total cost: %s."},
	wShortfalls:         {"Minimum yang tidak terpenuhi: %s.", "Minimums not met: %s."},
	wShortfallIndicator: {"indikator %d", "indicator %d"},
	wMethod:             {"Metode %d: %s.", "Method in %d: %s."},
	wExternalPending:    {"menunggu nilai %s", "awaiting %s score"},
	wExternalLegend:     {"Tingkat yang dikonversi dari nilai evaluasi lain: %s.", "Levels converted from outside scores: %s."},
	wTitleDigital:       {"Hasil Evaluasi Pemerintah Digital: %s", "Digital government evaluation result: %s"},
	wGapHeadroomAspect:  {"Ruang naik per aspek adalah tambahan Indeks Pemerintah Digital bila semua indikatornya mencapai tingkat %s.", "An aspect's headroom is what the Digital Government Index would gain if all its indicators reached level %s."},
	wRadarTitleAspects:  {"Indeks aspek Pemdi: %s", "Pemdi aspect indices: %s"},
	wBarsAxis:           {"%s (0–%d)", "%s (0–%d)"},
	wBarsTarget:         {"Target", "Target"},
	wRankingTitle:       {"Peringkat %s (%d instansi)", "Ranking by %s (%d instansi)"},
	wFrom:               {"Dari", "From"},
	wTo:                 {"Ke", "To"},
	wIndicatorName:      {"Nama indikator", "Indicator name"},
}

// framed returns w as fw names its index and the parts right under it. A
// framework with domains is an SPBE framework, and w is said as written;
// one without is the Indeks Pemerintah Digital, whose aspects sit directly
// under the index, and the words that name the SPBE index or its domains
// give way to the Pemerintah Digital's: a domain, the part right under
// the index, is then an aspect.
func (w reportWord) framed(fw *Framework) reportWord {
	if fw.HasDomains() {
		return w
	}
	switch w {
	case wTitle:
		return wTitleDigital
	case wGapHeadroom:
		return wGapHeadroomAspect
	case wRadarTitle:
		return wRadarTitleAspects
	case wDomain:
		return wAspect
	}
	return w
}

// word returns w in lang; the zero Lang is Indonesian.
func (w reportWord) in(lang smartcity.Lang) string {
	if lang == smartcity.English {
		return reportWords[w][1]
	}
	return reportWords[w][0]
}
