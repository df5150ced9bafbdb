package web

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

func TestFileName(t *testing.T) {
	for _, ok := range []string{"sk.pdf", "SK Bupati No. 12 Tahun 2026.pdf", " laporan.xlsx ", "peta_ruang-2026.png", "dokumen (final).docx"} {
		got, err := fileName(ok)
		require.NoError(t, err, ok)
		require.Equal(t, strings.TrimSpace(ok), got)
	}
	for name, want := range map[string]error{
		"":                       errNameEmpty,
		"   ":                    errNameEmpty,
		"../sk.pdf":              errNamePath,
		"bukti/sk.pdf":           errNamePath,
		`bukti\sk.pdf`:           errNamePath,
		`C:sk.pdf`:               errNamePath,
		"..":                     errNamePath,
		".":                      errNamePath,
		"sk..pdf":                errNamePath,
		"sk\x00.pdf":             errNameChars,
		"sk\n.pdf":               errNameChars,
		"sk\x1b[31m.pdf":         errNameChars,
		"sk\u202egpj.exe":        errNameChars,
		"sk\xff.pdf":             errNameChars,
		strings.Repeat("a", 256): errNameLong,
	} {
		_, err := fileName(name)
		require.ErrorIs(t, err, want, "%q", name)
	}
}

func FuzzFileName(f *testing.F) {
	for _, s := range []string{"sk.pdf", "../x", `a\b`, "a\x00b", "\u202e", "..", " . ", "é.pdf"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		got, err := fileName(name)
		if err != nil {
			return
		}
		if got == "" || len(got) > maxName || !utf8.ValidString(got) ||
			strings.ContainsAny(got, `/\:`) || strings.Contains(got, "..") || got != strings.TrimSpace(got) {
			t.Fatalf("fileName(%q) = %q", name, got)
		}
		for _, r := range got {
			if unicode.IsControl(r) || bidi(r) {
				t.Fatalf("fileName(%q) = %q keeps %U", name, got, r)
			}
		}
	})
}
