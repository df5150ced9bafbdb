package smartcity_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/masterplan"
	"github.com/kotacerdas/smartcity/spbe"
)

// Show an officer why a file was refused, in Indonesian or in English:
// an assessment cut off in the middle, a spreadsheet saved in another code
// page, a masterplan with an unknown code. The file name a portal adds
// stays; errors.Is still finds the sentinels.
func ExampleErrorMessage() {
	_, err := spbe.ReadAssessments(strings.NewReader(`{"instansi": "Pemerintah Kab. Rembang", "tahun": 2024, "indicators": [`), spbe.ReadOptions{})
	err = fmt.Errorf("%s: %w", "rembang-2024.json", err)
	fmt.Println(smartcity.ErrorMessage(err, smartcity.Indonesian))
	fmt.Println(smartcity.ErrorMessage(err, smartcity.English))
	fmt.Println(errors.Is(err, spbe.ErrMalformed))

	_, err = spbe.ReadAssessments(strings.NewReader("indikator;level;penjelasan\n1;3;SK Bupati\n2;4;Perbup tentang SPBE, \xe9disi 2\n"), spbe.ReadOptions{})
	fmt.Println(smartcity.ErrorMessage(err, smartcity.Indonesian))
	fmt.Println(smartcity.ErrorMessage(err, smartcity.English))

	_, err = masterplan.Decode(strings.NewReader(`{"programs": [{"id": "GOV-01", "horizon": "abadi"}]}`), masterplan.DecodeOptions{})
	fmt.Println(smartcity.ErrorMessage(err, smartcity.Indonesian))
	fmt.Println(smartcity.ErrorMessage(err, smartcity.English))
	// Output:
	// rembang-2024.json: spbe: masukan rusak: baris 1, kolom 70: dokumen berakhir sebelum waktunya
	// rembang-2024.json: spbe: malformed input: line 1, column 70: unexpected end of the document
	// true
	// spbe: masukan rusak: baris 3, kolom 3 (penjelasan): nilai bukan teks UTF-8 (simpan berkas sebagai CSV UTF-8)
	// spbe: malformed input: line 3, column 3 (penjelasan): not UTF-8 text (save the file as CSV UTF-8)
	// masterplan: baris 1, kolom 43 (programs[0].horizon): jangka waktu "abadi" tidak dikenal (seharusnya short, medium atau long)
	// masterplan: line 1, column 43 (programs[0].horizon): unknown horizon "abadi" (want short, medium or long)
}
