package workspace_test

import (
	"fmt"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// A workspace read from JSON is checked against its framework: every
// problem at once, at its JSON path, with a rule code and in Indonesian.
func ExampleDecode() {
	doc := `{
  "instansi": "Pemerintah Kabupaten Rembang",
  "tahun": 2026,
  "items": [
    {"id": "1.1.1", "indicator": 1, "level": 1, "title": "SK Tim Koordinasi SPBE",
     "unit": "Diskominfo", "main": true, "status": "diterima"},
    {"id": "1.1.1", "indicator": 1, "level": 7, "title": "Notulen rapat", "unit": "",
     "status": "revisi"}
  ]
}`
	w, err := workspace.Decode(strings.NewReader(doc), 0)
	if err != nil {
		fmt.Println(smartcity.ErrorMessage(err, smartcity.Indonesian))
		return
	}
	for _, p := range w.Validate(nil) {
		fmt.Printf("%s [%s]\n", p.Message(smartcity.Indonesian), p.Rule)
	}
	// Output:
	// items[0].document: belum ada dokumen: butir berstatus diterima memerlukan dokumennya [document]
	// items[1].id: id "1.1.1" juga dipakai items[0] [duplicate]
	// items[1].level: level di luar rentang: level 7 tidak di antara 1 dan 5 [level_range]
	// items[1].unit: unit kerja wajib diisi [required]
	// items[1].reason: revisi memerlukan alasan [reason]
}
