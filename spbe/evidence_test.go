package spbe

import (
	"bytes"
	"encoding/json"
	"path"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

// hostileEvidence are bukti dukung whose file name or address would make a
// report, a portal or a tool reach outside the submission, each with the
// field refused and the start of its message in English.
var hostileEvidence = []struct {
	ev    Evidence
	field string
	en    string
}{
	{Evidence{Title: "a", File: "../../etc/passwd"}, ".file", `"../../etc/passwd" leaves its folder with ".."`},
	{Evidence{Title: "a", File: `bukti\..\..\win.ini`}, ".file", `leaves its folder with ".."`},
	{Evidence{Title: "a", File: "/etc/passwd"}, ".file", `"/etc/passwd" is an absolute path`},
	{Evidence{Title: "a", File: `C:\Windows\win.ini`}, ".file", `names a drive`},
	{Evidence{Title: "a", File: `\\server\share\sk.pdf`}, ".file", `names a network share`},
	{Evidence{Title: "a", File: "file:///etc/passwd"}, ".file", `is an address, not a file name`},
	{Evidence{Title: "a", File: "sk\n.pdf"}, ".file", `"sk\n.pdf" holds a control character`},
	{Evidence{Title: "a", File: "..%2F..%2Fetc%2Fpasswd"}, ".file", `holds an encoded dot, slash, backslash or percent sign`},
	{Evidence{Title: "a", URL: "javascript:alert(1)"}, ".url", `"javascript:alert(1)" is not an http or https address`},
	{Evidence{Title: "a", URL: "data:text/html,<script>alert(1)</script>"}, ".url", `is not an http or https address`},
	{Evidence{Title: "a", URL: "file:///etc/passwd"}, ".url", `is not an http or https address`},
	{Evidence{Title: "a", URL: `\\server\share`}, ".url", `is not an http or https address`},
	{Evidence{Title: "a", URL: "https://"}, ".url", `is not an http or https address`},
	{Evidence{Title: "a", URL: "https://admin:rahasia@jdih.contoh.go.id/a.pdf"}, ".url", `holds a user name or password`},
	{Evidence{Title: "a", URL: `https://contoh.go.id/a.pdf"><script>alert(1)</script>`}, ".url", `which an address writes percent-encoded`},
	{Evidence{Title: "a", URL: "https://jdih.contoh.go.id/a.pdf", File: "../a.pdf"}, ".file", `leaves its folder`},
}

// Every hostile file name and address is refused at its path, rule
// "reference", in English and Indonesian; relative names and http(s)
// addresses pass.
func TestAssessmentValidateEvidenceReferences(t *testing.T) {
	for _, c := range hostileEvidence {
		a := full(3)
		a.Indicators[7].Evidence = []Evidence{c.ev}
		ps := a.Validate(Default())
		if !assert.Len(t, ps, 1, "%+v", c.ev) {
			continue
		}
		assert.Equal(t, "indicators[7].bukti[0]"+c.field, ps[0].Path)
		assert.Equal(t, "reference", ps[0].Rule)
		assert.Equal(t, smartcity.Error, ps[0].Severity)
		assert.Contains(t, ps[0].Message(smartcity.English), c.en)
		assert.NotContains(t, ps[0].Message(smartcity.English), "\n", "a control character is escaped")
	}
	a := full(3)
	a.Indicators[7].Evidence = []Evidence{{Title: "a", File: "../a.pdf"}}
	assert.Equal(t, `indicators[7].bukti[0].file: "../a.pdf" keluar dari foldernya dengan ".."; tulis nama di dalam folder itu`,
		a.Validate(Default())[0].Message(smartcity.Indonesian))
	a.Indicators[7].Evidence = []Evidence{{Title: "a", URL: "javascript:alert(1)"}}
	assert.Equal(t, `indicators[7].bukti[0].url: "javascript:alert(1)" bukan alamat http atau https`,
		a.Validate(Default())[0].Message(smartcity.Indonesian))

	a.Indicators[7].Evidence = []Evidence{
		{Title: "Perbup", File: "perbup-12-2023.pdf"},
		{Title: "SK", File: "bukti/SK Tim SPBE 2024.pdf"},
		{Title: "Portal", URL: "https://jdih.rembangkab.go.id/perbup.pdf", File: "perbup.pdf"},
		{Title: "Situs", URL: "http://rembangkab.go.id"},
	}
	assert.Empty(t, a.Validate(Default()))
}

// The same through the JSON reader: the refusal names the path.
func TestDecodeAssessmentEvidenceReferences(t *testing.T) {
	for _, c := range hostileEvidence {
		a := full(3)
		a.Indicators[0].Evidence = []Evidence{c.ev}
		doc, err := json.Marshal(a)
		require.NoError(t, err)
		back, err := DecodeAssessment(bytes.NewReader(doc), 0)
		require.NoError(t, err)
		_, err = Default().ScoreAssessment(back, Options{})
		var ps smartcity.Problems
		require.ErrorAs(t, err, &ps, "%+v", c.ev)
		assert.Equal(t, "indicators[0].bukti[0]"+c.field, ps[0].Path)
		assert.Equal(t, "reference", ps[0].Rule)
	}
}

// The long CSV's bukti cell: a reference with "://" is an address, any
// other a file name, each refused at its row and column.
func TestDecodeLongCSVEvidenceReferences(t *testing.T) {
	in := "indikator,level,bukti\n" +
		"1,3,Perbup <../../etc/passwd>\n" +
		"2,3,Tautan <javascript:alert(1)>\n" +
		"3,3,/etc/shadow\n" +
		`4,3,"Berkas <\\server\share\a.pdf>"` + "\n" +
		"5,3,Situs <file:///etc/passwd>\n" +
		"6,3,SK <bukti/sk-tim.pdf> | Portal <https://rembangkab.go.id>\n"
	_, err := DecodeLongCSV(strings.NewReader(in), ReadOptions{})
	var ps smartcity.Problems
	require.ErrorAs(t, err, &ps)
	var got []string
	for _, p := range ps {
		assert.Equal(t, "reference", p.Rule)
		got = append(got, p.Error())
	}
	assert.Equal(t, []string{
		`line 2, column 3 (bukti[0].file): "../../etc/passwd" leaves its folder with ".."; write a name inside it`,
		`line 3, column 3 (bukti[0].file): "javascript:alert(1)" is an address, not a file name`,
		`line 4, column 3 (bukti[0].file): "/etc/shadow" is an absolute path; write a name relative to the document`,
		`line 5, column 3 (bukti[0].file): "\\\\server\\share\\a.pdf" names a network share; write a name relative to the document`,
		`line 6, column 3 (bukti[0].url): "file:///etc/passwd" is not an http or https address`,
	}, got)
}

// FuzzEvidence holds the check of a bukti dukung to its promise: a file
// name it accepts stays inside the document's folder, an address it
// accepts is http(s) with a host, and a refusal is rule "reference" at the
// field.
func FuzzEvidence(f *testing.F) {
	for _, c := range hostileEvidence {
		f.Add(c.ev.URL, c.ev.File)
	}
	f.Add("https://jdih.contoh.go.id/a.pdf", "bukti/a.pdf")
	fw := Default()
	f.Fuzz(func(t *testing.T, url, file string) {
		if url == "" && file == "" {
			return
		}
		a := full(3)
		a.Indicators[0].Evidence = []Evidence{{Title: "a", URL: url, File: file}}
		for _, p := range a.Validate(fw) {
			switch p.Path {
			case "indicators[0].bukti[0].url", "indicators[0].bukti[0].file":
				if p.Rule != "reference" {
					t.Fatalf("%s: rule %q", p.Path, p.Rule)
				}
			default:
				t.Fatalf("unexpected problem %v", p)
			}
			if strings.ContainsAny(p.Message(smartcity.English), "\n\r\x00") {
				t.Fatalf("raw control character in %q", p.Message(smartcity.English))
			}
		}
		if a.Validate(fw).Err() != nil {
			return
		}
		if url != "" && !strings.HasPrefix(strings.ToLower(strings.TrimSpace(url)), "http") {
			t.Fatalf("address %q accepted", url)
		}
		slashed := strings.ReplaceAll(file, `\`, "/")
		if j := path.Join("base", slashed); file != "" && j != "base" && !strings.HasPrefix(j, "base/") {
			t.Fatalf("file %q accepted, leaving its folder", file)
		}
		if trimmed := strings.TrimSpace(slashed); strings.HasPrefix(trimmed, "/") || len(trimmed) > 1 && trimmed[1] == ':' && strings.ContainsRune("abcdefghijklmnopqrstuvwxyz", rune(trimmed[0]|0x20)) {
			t.Fatalf("file %q accepted, absolute", file)
		}
	})
}

// No report prints bukti dukung but the long CSV export; an accepted
// reference there is still written as text a spreadsheet does not run.
func TestWriteLongCSVEvidenceStaysText(t *testing.T) {
	a := full(3)
	a.Indicators[0].Evidence = []Evidence{{Title: `=HYPERLINK("https://contoh.go.id";"klik")`, File: "=1+1.pdf"}}
	a.Indicators[1].Evidence = []Evidence{{Title: "@SUM(A1)", URL: "https://contoh.go.id/?q=%3Cscript%3E"}}
	var b bytes.Buffer
	require.NoError(t, WriteLongCSV(&b, Default(), a, CSVOptions{}))
	lines := strings.Split(b.String(), "\n")
	assert.Equal(t, `1,3,,,"'=HYPERLINK(""https://contoh.go.id"";""klik"") <=1+1.pdf>",2024`, lines[1])
	assert.Equal(t, `2,3,,,'@SUM(A1) <https://contoh.go.id/?q=%3Cscript%3E>,2024`, lines[2])
}
