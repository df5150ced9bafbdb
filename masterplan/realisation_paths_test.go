package masterplan

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kotacerdas/smartcity"
)

// The plan a realisation names must stay inside the document's folder; a
// name that leaves it is an error at "plan", rule "reference", and a name
// inside it is fine. The package never opens either.
func TestProgressValidatePlanName(t *testing.T) {
	p, pr := loadMonitored(t)
	for _, name := range []string{"", "masterplan.json", "rencana/masterplan-2022.json", `rencana\masterplan.json`} {
		pr.Plan = name
		assert.NoError(t, pr.Validate(p, ValidateOptions{}).Err(), "%q", name)
	}
	for _, c := range []struct{ name, en, id string }{
		{"../../etc/passwd", `"../../etc/passwd" leaves its folder with ".."; write a name inside it`,
			`"../../etc/passwd" keluar dari foldernya dengan ".."; tulis nama di dalam folder itu`},
		{"/etc/passwd", `"/etc/passwd" is an absolute path; write a name relative to the document`,
			`"/etc/passwd" adalah path absolut; tulis nama relatif terhadap dokumen`},
		{"/dev/zero", `"/dev/zero" is an absolute path; write a name relative to the document`,
			`"/dev/zero" adalah path absolut; tulis nama relatif terhadap dokumen`},
		{`\\server\share\plan.json`, `"\\\\server\\share\\plan.json" names a network share; write a name relative to the document`,
			`"\\\\server\\share\\plan.json" menyebut folder bersama di jaringan; tulis nama relatif terhadap dokumen`},
		{`D:\plan.json`, `"D:\\plan.json" names a drive; write a name relative to the document`,
			`"D:\\plan.json" menyebut drive; tulis nama relatif terhadap dokumen`},
		{"https://contoh.go.id/plan.json", `"https://contoh.go.id/plan.json" is an address, not a file name`,
			`"https://contoh.go.id/plan.json" adalah alamat, bukan nama berkas`},
	} {
		pr.Plan = c.name
		ps := pr.Validate(p, ValidateOptions{}).Errors()
		if assert.Len(t, ps, 1, c.name) {
			assert.Equal(t, problemRow{"plan", "reference", "error", c.en}, problemRows(ps)[0])
			assert.Equal(t, "plan: "+c.id, ps[0].Message(smartcity.Indonesian))
		}
	}
}
