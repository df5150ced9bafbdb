package masterplan

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kotacerdas/smartcity"
)

// The evidence of a readiness item may be a description, a file name
// inside the plan's folder or an http(s) address; a path that leaves the
// folder and an address of another scheme are errors at their path, rule
// "reference".
func TestValidateReadinessEvidence(t *testing.T) {
	p := loadRembang(t)
	p.Readiness.Items[0].Evidence = []string{
		"data kepegawaian (ilustratif)", "indeks SPBE 2021: 2,76", "bukti/sk-tim.pdf", "https://jdih.rembangkab.go.id/perbup.pdf",
		"Catatan: lihat lampiran SK tim", "Data: BPS 2023",
	}
	assert.Empty(t, p.Validate(ValidateOptions{}))

	hostile := []struct{ evidence, en, id string }{
		{"../../etc/passwd", `"../../etc/passwd" leaves its folder with ".."; write a name inside it`,
			`"../../etc/passwd" keluar dari foldernya dengan ".."; tulis nama di dalam folder itu`},
		{"/etc/passwd", `"/etc/passwd" is an absolute path; write a name relative to the document`,
			`"/etc/passwd" adalah path absolut; tulis nama relatif terhadap dokumen`},
		{`C:\data\pegawai.xlsx`, `"C:\\data\\pegawai.xlsx" names a drive; write a name relative to the document`,
			`"C:\\data\\pegawai.xlsx" menyebut drive; tulis nama relatif terhadap dokumen`},
		{`\\fileserver\bkpsdm\pegawai.xlsx`, `"\\\\fileserver\\bkpsdm\\pegawai.xlsx" names a network share; write a name relative to the document`,
			`"\\\\fileserver\\bkpsdm\\pegawai.xlsx" menyebut folder bersama di jaringan; tulis nama relatif terhadap dokumen`},
		{"javascript:alert(document.cookie)", `"javascript:alert(document.cookie)" is not an http or https address`,
			`"javascript:alert(document.cookie)" bukan alamat http atau https`},
		{"file:///etc/passwd", `"file:///etc/passwd" is not an http or https address`, `"file:///etc/passwd" bukan alamat http atau https`},
		{"data:text/html,<b>x</b>", `"data:text/html,<b>x</b>" is not an http or https address`, `"data:text/html,<b>x</b>" bukan alamat http atau https`},
		{"Catatan: ../../etc/passwd", `"../../etc/passwd" leaves its folder with ".."; write a name inside it`,
			`"../../etc/passwd" keluar dari foldernya dengan ".."; tulis nama di dalam folder itu`},
		{"data\x1b[2Jpegawai", `"data\x1b[2Jpegawai" holds a control character`, `"data\x1b[2Jpegawai" memuat karakter kendali`},
	}
	for _, h := range hostile {
		p.Readiness.Items[2].Evidence = []string{"SK tim", h.evidence}
		ps := p.Validate(ValidateOptions{})
		if assert.Len(t, ps, 1, h.evidence) {
			assert.Equal(t, "readiness.items[2].evidence[1]", ps[0].Path)
			assert.Equal(t, "reference", ps[0].Rule)
			assert.Equal(t, smartcity.Error, ps[0].Severity)
			assert.Equal(t, "readiness.items[2].evidence[1]: "+h.en, ps[0].Message(smartcity.English))
			assert.Equal(t, "readiness.items[2].evidence[1]: "+h.id, ps[0].Message(smartcity.Indonesian))
		}
	}
	// An empty entry is the field rule's alone.
	p.Readiness.Items[2].Evidence = []string{""}
	ps := p.Validate(ValidateOptions{})
	for _, pr := range ps {
		assert.NotEqual(t, "reference", pr.Rule, pr.Error())
	}
}

// FuzzReadinessEvidence: whatever evidence a readiness item holds, Validate
// does not panic, a refusal is rule "reference" at the entry, and what it
// accepts holds no control character and no ".." segment.
func FuzzReadinessEvidence(f *testing.F) {
	for _, s := range []string{"data kepegawaian", "../a", "/a", `\\s\x`, "C:a", "javascript:x", "https://a.go.id/x", "a\x00"} {
		f.Add(s)
	}
	p := loadRembang(f)
	f.Fuzz(func(t *testing.T, evidence string) {
		if evidence == "" {
			return
		}
		q := *p
		q.Readiness.Items = append([]ReadinessItem(nil), p.Readiness.Items...)
		q.Readiness.Items[0].Evidence = []string{evidence}
		ps := q.Validate(ValidateOptions{})
		for _, pr := range ps {
			if pr.Path != "readiness.items[0].evidence[0]" || pr.Rule != "reference" {
				t.Fatalf("unexpected problem %v", pr)
			}
		}
		if len(ps) > 0 {
			return
		}
		for seg := range strings.FieldsFuncSeq(evidence, func(r rune) bool { return r == '/' || r == '\\' }) {
			if strings.TrimSpace(seg) == ".." {
				t.Fatalf("%q accepted", evidence)
			}
		}
		if strings.ContainsAny(evidence, "\x00\n\r\x1b") {
			t.Fatalf("%q accepted", evidence)
		}
	})
}
