package spbe

import (
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity/internal/enum"
)

// role is what a column of a CSV file (or of a sheet read as one) holds,
// told by its header (columnOf). Every reader of the package looks its
// columns up in the one table, columnNames, and accepts the roles of its
// form.
type role uint8

const (
	roleUnknown     role = iota
	roleInstansi         // the assessed instansi (wide form, header block)
	roleYear             // the evaluation year
	roleIndicator        // the indicator number of a row (long form, costs)
	roleLevel            // the level of a row (long form, costs)
	roleStage            // the stage of an answer (long form)
	roleExplanation      // the explanation of an answer (long form)
	roleEvidence         // the evidence of an answer (long form)
	roleCost             // the price of a raise (costs)
	roleRowNumber        // a leading column of row numbers, ignored
	roleIndex            // the index a sheet computes (wide form)
	rolePredicate        // the predikat a sheet computes (wide form)
	roleLevelOf          // the level of indicator n (wide form)
	roleDomain           // the index of domain n a sheet computes (wide form)
	roleAspect           // the index of aspect n a sheet computes (wide form)

	// Notes beside the answers of the long form, which the readers pass
	// over: what a fill-in template and a report's indicator sheet show
	// next to each indicator.
	roleAspectNote      // the indicator's aspect
	roleIndicatorName   // the indicator's name
	roleWeightNote      // the indicator's weight
	roleLevelNameNote   // the name of the level given
	roleResponsibleNote // the person responsible
	roleUnitNote        // the unit (OPD) responsible
)

// columnNames are the headers of the columns of one meaning, folded
// (enum.Fold: case, surrounding space, runs of space and "_" do not
// count). The first of each role is its name in the library's own files;
// the others are what spreadsheets regions keep write: the Indonesian of
// the evaluation forms ("Nama Instansi", "Tingkat Kematangan", "Bukti
// Dukung") and English.
var columnNames = map[string]role{
	"instansi": roleInstansi, "nama instansi": roleInstansi, "agency": roleInstansi, "institution": roleInstansi,
	"pemerintah daerah": roleInstansi, "nama pemerintah daerah": roleInstansi, "pemda": roleInstansi, "nama pemda": roleInstansi,

	"tahun": roleYear, "year": roleYear, "tahun evaluasi": roleYear, "evaluation year": roleYear,

	"indikator": roleIndicator, "indicator": roleIndicator, "no. indikator": roleIndicator, "no indikator": roleIndicator,
	"nomor indikator": roleIndicator, "indicator no.": roleIndicator, "indicator number": roleIndicator,

	"level": roleLevel, "tingkat": roleLevel, "level kematangan": roleLevel, "tingkat kematangan": roleLevel, "maturity level": roleLevel,

	"tahap": roleStage, "stage": roleStage,
	"penjelasan": roleExplanation, "explanation": roleExplanation,
	"bukti": roleEvidence, "evidence": roleEvidence, "bukti dukung": roleEvidence,
	"cost": roleCost, "biaya": roleCost,

	"no": roleRowNumber, "no.": roleRowNumber, "nomor": roleRowNumber,

	"indeks": roleIndex, "index": roleIndex, "indeks spbe": roleIndex, "spbe index": roleIndex,
	"indeks pemerintah digital": roleIndex, "digital government index": roleIndex,
	"predikat": rolePredicate, "predicate": rolePredicate,

	"aspek": roleAspectNote, "aspect": roleAspectNote,
	"nama indikator": roleIndicatorName, "indicator name": roleIndicatorName, "uraian indikator": roleIndicatorName,
	"bobot": roleWeightNote, "weight": roleWeightNote,
	"nama tingkat": roleLevelNameNote, "nama level": roleLevelNameNote, "level name": roleLevelNameNote,
	"penanggung jawab": roleResponsibleNote, "person responsible": roleResponsibleNote, "pic": roleResponsibleNote,
	"unit kerja": roleUnitNote, "unit": roleUnitNote, "opd": roleUnitNote, "perangkat daerah": roleUnitNote,
}

// numberedColumns are the words before a number in the header of a column
// of one of many indicators, domains or aspects: "Indikator 1", "I1",
// "Domain 2", "D2", "Aspek 3", "A3". A header of a number alone is an
// indicator's.
var numberedColumns = [...]struct {
	word string
	role role
}{
	{"indikator", roleLevelOf}, {"indicator", roleLevelOf}, {"i", roleLevelOf},
	{"domain", roleDomain}, {"d", roleDomain},
	{"aspek", roleAspect}, {"aspect", roleAspect}, {"a", roleAspect},
}

// column is a header read: its role and, for a numbered column, its
// number.
type column struct {
	role role
	n    int
}

// columnOf reads a header: its role, and for the column of one of many
// indicators, domains or aspects its number ("Indikator 1", "indikator_1",
// "I1", "1"; "Domain 2", "D2"; "Aspek 3", "A3"). A header it does not know
// is roleUnknown.
func columnOf(header string) column {
	h := enum.Fold(header)
	if r, ok := columnNames[h]; ok {
		return column{role: r}
	}
	if n, ok := columnNumber(h); ok {
		return column{role: roleLevelOf, n: n}
	}
	for _, nc := range numberedColumns {
		rest, ok := strings.CutPrefix(h, nc.word)
		if !ok {
			continue
		}
		rest = strings.TrimPrefix(rest, " ")
		// "Domain D2" and "Aspek A3" name the code after the word.
		if nc.role != roleLevelOf && len(nc.word) > 1 {
			rest = strings.TrimPrefix(rest, nc.word[:1])
		}
		if n, ok := columnNumber(rest); ok {
			return column{role: nc.role, n: n}
		}
	}
	return column{}
}

// columnNumber reads the number of a numbered column: digits, a positive
// number of at most four.
func columnNumber(s string) (int, bool) {
	if s == "" || len(s) > 4 {
		return 0, false
	}
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, _ := strconv.Atoi(s)
	return n, n > 0
}

// columnName is a role's name in the library's own files, the name the
// messages give a column.
func columnName(r role) string {
	switch r {
	case roleInstansi:
		return "instansi"
	case roleYear:
		return "tahun"
	case roleIndicator:
		return "indikator"
	case roleLevel:
		return "level"
	case roleStage:
		return "tahap"
	case roleExplanation:
		return "penjelasan"
	case roleEvidence:
		return "bukti"
	case roleCost:
		return "cost"
	case roleRowNumber:
		return "no"
	case roleIndex:
		return "indeks"
	case rolePredicate:
		return "predikat"
	}
	return ""
}

// isLong reports whether a CSV header is the long form's: one of its
// columns is the indicator number of a row ("indikator", "No.
// Indikator").
func isLong(headers []string) bool {
	for _, h := range headers {
		if columnOf(h).role == roleIndicator {
			return true
		}
	}
	return false
}
