package masterplan

import "github.com/kotacerdas/smartcity"

// reportWord names a piece of report text; reportWords holds it in
// Indonesian and English.
type reportWord uint8

const (
	rwTitle reportWord = iota
	rwRegion
	rwKemendagri
	rwPeriod
	rwYears
	rwRPJMD
	rwLegalBasis
	rwLegalNone
	rwPrograms
	rwProgramCount
	rwBudget
	rwSPBE
	rwIllustrative
	rwVision
	rwMissions
	rwCoverage
	rwCoverageIntro
	rwPillar
	rwElement
	rwTotal
	rwBudgetByPillarYear
	rwBudgetBySource
	rwSource
	rwAmount
	rwShare
	rwRoadmap
	rwYear
	rwRunning
	rwStarting
	rwEnding
	rwQuickWins
	rwQuickWinsNone
	rwID
	rwProgram
	rwOPD
	rwHorizon
	rwQuickWin
	rwYes
	rwNotes
	rwNoPillar
	rwRoadmapTitle
	rwLegendProgram
	rwSharesTitle
	rwSharesPrograms
	rwSharesBudget
	rwSharesAxis
	numReportWords
)

// reportWords are the report's words, {Indonesian, English}.
var reportWords = [numReportWords][2]string{
	rwTitle:              {"Rencana Induk Smart City %s %d–%d", "Smart-city masterplan of %s %d–%d"},
	rwRegion:             {"Daerah", "Region"},
	rwKemendagri:         {"kode Kemendagri", "Kemendagri code"},
	rwPeriod:             {"Periode", "Period"},
	rwYears:              {"%d tahun", "%d years"},
	rwRPJMD:              {"RPJMD", "RPJMD"},
	rwLegalBasis:         {"Dasar hukum", "Legal basis"},
	rwLegalNone:          {"belum ditetapkan", "not yet adopted"},
	rwPrograms:           {"Program", "Programmes"},
	rwProgramCount:       {"%d, di antaranya %d quick win", "%d, of which %d quick wins"},
	rwBudget:             {"Anggaran", "Budget"},
	rwSPBE:               {"Indeks SPBE terakhir", "Latest SPBE index"},
	rwIllustrative:       {"ilustratif", "illustrative"},
	rwVision:             {"Visi", "Vision"},
	rwMissions:           {"Misi", "Missions"},
	rwCoverage:           {"Cakupan pilar dan elemen", "Coverage of pillars and elements"},
	rwCoverageIntro:      {"Jumlah program / quick win per elemen.", "Programmes / quick wins per element."},
	rwPillar:             {"Pilar", "Pillar"},
	rwElement:            {"Elemen", "Element"},
	rwTotal:              {"Jumlah", "Total"},
	rwBudgetByPillarYear: {"Anggaran menurut pilar dan tahun", "Budget by pillar and year"},
	rwBudgetBySource:     {"Anggaran menurut sumber dana", "Budget by funding source"},
	rwSource:             {"Sumber dana", "Funding source"},
	rwAmount:             {"Anggaran", "Budget"},
	rwShare:              {"Bagian", "Share"},
	rwRoadmap:            {"Peta jalan", "Roadmap"},
	rwYear:               {"Tahun", "Year"},
	rwRunning:            {"Program berjalan", "Programmes running"},
	rwStarting:           {"Mulai", "Starting"},
	rwEnding:             {"Selesai", "Ending"},
	rwQuickWins:          {"Quick win", "Quick wins"},
	rwQuickWinsNone:      {"Rencana ini belum memiliki quick win.", "The plan has no quick wins yet."},
	rwID:                 {"ID", "ID"},
	rwProgram:            {"Program", "Programme"},
	rwOPD:                {"OPD penanggung jawab", "Responsible OPD"},
	rwHorizon:            {"Jangka", "Term"},
	rwQuickWin:           {"Quick win", "Quick win"},
	rwYes:                {"ya", "yes"},
	rwNotes:              {"Catatan pada dokumen", "Notes in the document"},
	rwNoPillar:           {"tanpa pilar", "no pillar"},
	rwRoadmapTitle:       {"Peta jalan smart city %s %d–%d", "Smart-city roadmap of %s %d–%d"},
	rwLegendProgram:      {"Program", "Programme"},
	rwSharesTitle:        {"Program dan anggaran per pilar: %s", "Programmes and budget by pillar: %s"},
	rwSharesPrograms:     {"Program (%d)", "Programmes (%d)"},
	rwSharesBudget:       {"Anggaran (%s)", "Budget (%s)"},
	rwSharesAxis:         {"Bagian dari jumlah (%)", "Share of the total (%)"},
}

// in returns w in lang; the zero Lang is Indonesian.
func (w reportWord) in(lang smartcity.Lang) string { return reportWords[w][langIndex(lang)] }
