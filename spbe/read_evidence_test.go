package spbe

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLongCSVEvidenceSyntax: a bukti cell is read as "Title <reference>"
// and bare references separated by "|" or line breaks, and an item that
// is neither — such as two items separated by a comma, which used to be
// split into one title "A <a.pdf>, B" and the reference b.pdf — is
// refused at its cell, naming the item, and never split another way.
func TestLongCSVEvidenceSyntax(t *testing.T) {
	for cell, want := range map[string][]Evidence{
		"a.pdf":          {{Title: "a.pdf", File: "a.pdf"}},
		"Perbup <a.pdf>": {{Title: "Perbup", File: "a.pdf"}},
		"< a.pdf >":      {{Title: "a.pdf", File: "a.pdf"}},
		"A <a.pdf> | B <https://b.go.id/b.pdf>\n c.pdf": {
			{Title: "A", File: "a.pdf"}, {Title: "B", URL: "https://b.go.id/b.pdf"}, {Title: "c.pdf", File: "c.pdf"}},
	} {
		var ps problems
		got := parseEvidence(&ps, loc{path: "bukti", line: 2, column: 3}, cell)
		assert.Empty(t, ps, "%q", cell)
		assert.Equal(t, want, got, "%q", cell)
	}
	for cell, item := range map[string]int{
		"A <a.pdf>, B <b.pdf>":      0,
		"A <a.pdf":                  0,
		"A a.pdf>":                  0,
		"A <>":                      0,
		"A <a.pdf> tail":            0,
		"A <b <c>>":                 0,
		"x.pdf | A <a.pdf> <b.pdf>": 1,
		"x.pdf | | >":               1,
	} {
		var ps problems
		parseEvidence(&ps, loc{path: "bukti", line: 2, column: 3}, cell)
		require.Len(t, ps, 1, "%q", cell)
		assert.Equal(t, "evidence_syntax", ps[0].Rule, "%q", cell)
		assert.Equal(t, "bukti["+string(rune('0'+item))+"]", ps[0].Path, "%q", cell)
		assert.Equal(t, 2, ps[0].Line)
		assert.Equal(t, 3, ps[0].Column)
	}

	_, err := DecodeLongCSV(strings.NewReader("indikator,level,bukti\n1,3,\"A <a.pdf>, B <b.pdf>\"\n"), ReadOptions{})
	en, id, rules := problemsOf(t, err)
	assert.Equal(t, []string{`line 2, column 3 (bukti[0]): unreadable evidence: "A <a.pdf>, B <b.pdf>" is not "Title <reference>" nor a bare reference (separate the items with "|")`}, en)
	assert.Equal(t, []string{`baris 2, kolom 3 (bukti[0]): bukti tidak terbaca: "A <a.pdf>, B <b.pdf>" bukan "Judul <rujukan>" maupun rujukan saja (pisahkan butir dengan "|")`}, id)
	assert.Equal(t, []string{"evidence_syntax"}, rules)
}

// FuzzParseEvidence: the bukti parser reads every item of any cell or
// refuses it: what it returns holds no separator of the form, each item
// is either read or refused, and what it read, written back as the long
// CSV writes it, reads back the same.
func FuzzParseEvidence(f *testing.F) {
	for _, s := range []string{"a.pdf", "A <a.pdf>, B <b.pdf>", "A <a.pdf> | B <https://b.go.id/b>", "<>", "| |\n", "A <b <c>>", "x <y> z", "\r\n<a>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, cell string) {
		var ps problems
		got := parseEvidence(&ps, loc{path: "bukti", line: 2, column: 3}, cell)
		items := 0
		for _, item := range strings.FieldsFunc(cell, func(r rune) bool { return r == '|' || r == '\n' || r == '\r' }) {
			if strings.TrimSpace(item) != "" {
				items++
			}
		}
		refused := 0
		for _, p := range ps {
			if p.Rule == "evidence_syntax" {
				refused++
			}
		}
		require.Equal(t, items, len(got)+refused, "%q: every item is read or refused", cell)
		parts := make([]string, len(got))
		for i, ev := range got {
			require.False(t, strings.ContainsAny(ev.Title+ev.ref(), "|<>\r\n"), "%q read as %+v", cell, ev)
			parts[i] = ev.Title + " <" + ev.ref() + ">"
		}
		var again problems
		back := parseEvidence(&again, loc{path: "bukti"}, strings.Join(parts, " | "))
		for _, p := range again {
			require.NotEqual(t, "evidence_syntax", p.Rule, "%q: what was read, written back, reads", cell)
		}
		require.Equal(t, got, back, "%q", cell)
	})
}
