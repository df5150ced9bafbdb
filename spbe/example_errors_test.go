package spbe_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// Say why an uploaded spreadsheet was refused, in the language of the
// officer who uploaded it: every error of the package — a file that cannot
// be read as much as a level out of range — goes through one function,
// smartcity.ErrorMessage.
func ExampleReadAssessments_errorMessage() {
	for _, upload := range []string{
		"indikator;nilai\n1;3\n",         // a column the long form does not have, and so no level
		"indikator;level\n1;3\n2;\"4\n",  // a quote never closed
		"indikator;level\n1;3\n2;Unggul", // a level name of 8/2026, in a file read under 59/2020
	} {
		_, err := spbe.ReadAssessments(strings.NewReader(upload), spbe.ReadOptions{})
		fmt.Println(smartcity.ErrorMessage(err, smartcity.Indonesian))
		fmt.Println(smartcity.ErrorMessage(err, smartcity.English))
		fmt.Println(errors.Is(err, spbe.ErrMalformed))
	}
	// Output:
	// spbe: masukan rusak: baris 1, kolom 2 (nilai): kolom "nilai" tidak dikenal (seharusnya indikator, level, tahun, tahap, penjelasan, bukti); baris 1: baris judul harus memuat kolom "indikator" dan "level"
	// spbe: malformed input: line 1, column 2 (nilai): unknown column "nilai" (want indikator, level, tahun, tahap, penjelasan, bukti); line 1: the header needs the columns "indikator" and "level"
	// true
	// spbe: masukan rusak: baris 3, kolom 6: tanda " berlebih atau kurang di dalam nilai yang diapit tanda kutip
	// spbe: malformed input: line 3, column 6: extraneous or missing " in quoted-field
	// true
	// spbe: penilaian tidak sah: baris 3, kolom 2 (level): level "Unggul" tidak dikenal (seharusnya bilangan bulat dari 0 sampai 9)
	// spbe: invalid assessment: line 3, column 2 (level): unknown level "Unggul" (want a whole number from 0 to 9)
	// false
}
