package markdown

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Pemerintah Kab. Rembang", "Pemerintah Kab. Rembang"},
		{"a | b", `a \| b`},
		{"# judul", `\# judul`},
		{"`kode`", "\\`kode\\`"},
		{"<script>x</script>", `\<script\>x\</script\>`},
		{"- butir", `\- butir`},
		{"+ butir", `\+ butir`},
		{"2024. tahun", `2024\. tahun`},
		{"1) satu", `1\) satu`},
		{"3.99", "3.99"},
		{"baris\nkedua\r\nketiga", "baris kedua  ketiga"},
		{"  spasi  ", "spasi"},
		{"a & b", `a \& b`},
		{"*tebal* _miring_ [tautan](x) ~coret~ $x$ !", `\*tebal\* \_miring\_ \[tautan\](x) \~coret\~ \$x\$ \!`},
		{`C:\data`, `C:\\data`},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, Text(tt.in), "Text(%q)", tt.in)
	}
}

// FuzzText checks that any text stays on one line, with
// every pipe and angle bracket escaped, and that removing the escapes
// gives the text back.
func FuzzText(f *testing.F) {
	for _, s := range []string{"Kab. Rembang", "a|b", "# x", "- x", "12. x", "\\|", "<a>&amp;", "x\ny", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := Text(s)
		if strings.ContainsAny(got, "\r\n") {
			t.Fatalf("Text(%q) = %q holds a line break", s, got)
		}
		var plain strings.Builder
		for i := 0; i < len(got); i++ {
			c := got[i]
			if c == '\\' && i+1 < len(got) {
				plain.WriteByte(got[i+1])
				i++
				continue
			}
			if strings.IndexByte("|<>`*_[]#&\\", c) >= 0 {
				t.Fatalf("Text(%q) = %q leaves %q unescaped", s, got, c)
			}
			plain.WriteByte(c)
		}
		want := strings.TrimSpace(s)
		want = strings.Map(func(r rune) rune {
			switch r {
			case '\r', '\n', '\t', '\v', '\f', '\u0085', '\u2028', '\u2029':
				return ' '
			case 0:
				return '\uFFFD'
			}
			return r
		}, want)
		if plain.String() != want {
			t.Fatalf("Text(%q) = %q unescapes to %q, want %q", s, got, plain.String(), want)
		}
	})
}
