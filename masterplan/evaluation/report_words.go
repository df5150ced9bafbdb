package evaluation

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// reportWord names a piece of report text; reportWords holds it in
// Indonesian and English.
type reportWord uint8

const (
	rwTitle reportWord = iota
	rwProvince
	rwIndex
	rwExactly
	rwPrevious
	rwImprovement
	rwIllustrative
	rwDimensions
	rwDimension
	rwWeight
	rwScore
	rwContribution
	rwPillars
	rwPillarsNote
	rwPillar
	rwNotes
	numReportWords
)

// reportWords are the report's words, {Indonesian, English}.
var reportWords = [numReportWords][2]string{
	rwTitle:        {"Evaluasi Implementasi Smart City: %s %d, %s", "Smart-city implementation evaluation: %s %d, %s"},
	rwProvince:     {"Provinsi", "Province"},
	rwIndex:        {"Indeks Pencapaian", "Achievement index"},
	rwExactly:      {"tepatnya", "exactly"},
	rwPrevious:     {"Indeks tahun sebelumnya", "Last year's index"},
	rwImprovement:  {"kenaikan", "improvement"},
	rwIllustrative: {"Evaluasi ilustratif, bukan hasil yang dipublikasikan.", "An illustrative evaluation, not a published result."},
	rwDimensions:   {"Dimensi penilaian", "Dimensions"},
	rwDimension:    {"Dimensi", "Dimension"},
	rwWeight:       {"Bobot", "Weight"},
	rwScore:        {"Skor", "Score"},
	rwContribution: {"Sumbangan ke indeks", "Contribution to the index"},
	rwPillars:      {"Skor per pilar", "Scores by pillar"},
	rwPillarsNote:  {"Skor per pilar tidak masuk ke dalam indeks.", "The pillar scores are not part of the index."},
	rwPillar:       {"Pilar", "Pillar"},
	rwNotes:        {"Catatan pada dokumen", "Notes in the document"},
}

// in returns w in lang; the zero Lang is Indonesian.
func (w reportWord) in(lang smartcity.Lang) string {
	if i18n.English(lang) {
		return reportWords[w][1]
	}
	return reportWords[w][0]
}
