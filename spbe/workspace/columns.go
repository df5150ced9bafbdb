package workspace

import (
	"strings"
)

// column is a column of the working list, by what it holds.
type column int

// The columns of the working list, in the order WriteTable writes them.
const (
	colIndicator column = iota
	colLevel
	colNo
	colTitle
	colOutput
	colResponsible
	colUnit
	colStatus
	colMain
	colDue
	colReason
	colDocument
	colSHA256
	colID
	numColumns
)

// Headers are the headers of the working list as WriteTable writes them:
// the columns regions already keep (Level Kematangan, No. Level, Item
// Bukti Dukung, Bentuk Output Nyata, Penanggung Jawab, Unit Kerja) with the
// indicator before them and the review after. They are a contract: other
// tools read them.
func Headers() []string {
	return []string{"Indikator", "Level Kematangan", "No. Level", "Item Bukti Dukung", "Bentuk Output Nyata",
		"Penanggung Jawab", "Unit Kerja", "Status", "Butir Utama", "Batas Waktu", "Alasan", "Dokumen", "SHA-256", "ID"}
}

// columnOf returns the column a header names, in either language and the
// spellings working lists use, or -1.
func columnOf(header string) column {
	switch foldHeader(header) {
	case "indikator", "no indikator", "nomor indikator", "indicator":
		return colIndicator
	case "level kematangan", "level", "tingkat kematangan", "tingkat", "maturity level":
		return colLevel
	case "no level", "no", "nomor", "no urut", "number":
		return colNo
	case "item bukti dukung", "bukti dukung", "item", "data dukung", "evidence item", "evidence":
		return colTitle
	case "bentuk output nyata", "output nyata", "output", "expected output":
		return colOutput
	case "penanggung jawab", "pj", "responsible", "person responsible":
		return colResponsible
	case "unit kerja", "unit", "opd", "perangkat daerah", "unit pengampu":
		return colUnit
	case "status":
		return colStatus
	case "butir utama", "utama", "main", "main item", "jenis butir":
		return colMain
	case "batas waktu", "tenggat", "tenggat waktu", "due", "due date", "deadline":
		return colDue
	case "alasan", "alasan revisi", "catatan revisi", "reason":
		return colReason
	case "dokumen", "berkas", "tautan", "document", "file", "link":
		return colDocument
	case "sha-256", "sha256", "sha 256":
		return colSHA256
	case "id":
		return colID
	}
	return -1
}

// foldHeader folds a header for columnOf: lower case, "." and ":" dropped,
// runs of white space one space.
func foldHeader(h string) string {
	h = strings.NewReplacer(".", " ", ":", " ", "_", " ").Replace(strings.ToLower(h))
	return strings.Join(strings.Fields(h), " ")
}

// blockKey is a key of the lines above the table: what the workspace says
// of itself.
type blockKey int

// The keys of the lines above the table.
const (
	keyNone blockKey = iota
	keyInstansi
	keyYear
	keyFramework
	keyTarget
	keyIllustrative
)

// blockKeyOf returns the key a line's first cell names, or keyNone.
func blockKeyOf(cell string) blockKey {
	switch foldHeader(cell) {
	case "instansi", "nama instansi", "pemerintah daerah", "government body":
		return keyInstansi
	case "tahun", "tahun evaluasi", "year", "evaluation year":
		return keyYear
	case "kerangka", "kerangka evaluasi", "framework":
		return keyFramework
	case "target", "target indeks", "target index":
		return keyTarget
	case "ilustrasi", "ilustratif", "illustrative":
		return keyIllustrative
	}
	return keyNone
}
