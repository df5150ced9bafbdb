package ref

import (
	"errors"
	"net/url"
	"path"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

func TestName(t *testing.T) {
	for _, s := range []string{
		"perbup-12-2023.pdf", "bukti/perbup.pdf", `bukti\perbup.pdf`, "./perbup.pdf", "SK Tim SPBE 2024.pdf",
		"data kepegawaian (ilustratif)", "indeks SPBE 2021: 2,76", "a..b.pdf", "..pdf", "bukti/.hidden", "-",
		"laporan…2024.pdf", "C", "~/x.pdf", "diskon 50%.pdf", "a%20b.pdf", "100%", "%2",
	} {
		assert.NoError(t, Name(s), "%q", s)
	}
	for _, s := range []string{
		"../../etc/passwd", "..", "bukti/../../rahasia.pdf", `..\..\windows\win.ini`, `bukti\..\..\x`, "a/../b",
		"bukti/ ../x", "bukti/... /x", "a/..", ".. /x",
		"/etc/passwd", `\windows\win.ini`, " /etc/passwd",
		`\\server\share\a.pdf`, "//server/share/a.pdf", `\/server`,
		"C:", `C:\Windows\win.ini`, "c:perbup.pdf", "Z:/a.pdf",
		"file:///etc/passwd", "javascript:alert(1)", "data:text/html,<script>", "https://jdih.go.id/a.pdf", "JavaScript:x", "vbscript:x",
		"a\x00.pdf", "a\nb.pdf", "a\rb", "a\tb", "\x1b[31mred.pdf", "a\u0085b", "evil\u202efdp.exe", "a\u2066b",
		"\xff.pdf",
		"..%2F..%2Fetc%2Fpasswd", "%2e%2e/x", "..%5cwin.ini", "a%252e%252e%252fb", "%2E%2E",
	} {
		err := Name(s)
		assert.ErrorIs(t, err, ErrUnsafe, "%q", s)
	}
}

func TestAddress(t *testing.T) {
	for _, s := range []string{
		"https://jdih.rembangkab.go.id/perbup-12-2023.pdf", "http://contoh.go.id", "HTTPS://CONTOH.GO.ID/A",
		"https://contoh.go.id:8443/a?b=c#d", "https://contoh.go.id/../../etc/passwd", "https://[::1]/a",
	} {
		assert.NoError(t, Address(s), "%q", s)
	}
	for _, s := range []string{
		"javascript:alert(1)", " javascript:alert(1)", "JAVASCRIPT:alert(1)", "file:///etc/passwd", "file://server/share",
		"data:text/html;base64,PHNjcmlwdD4=", "ftp://contoh.go.id/a.pdf", "mailto:a@b.c", "http:contoh.go.id", "http:///a",
		"https://", "//contoh.go.id/a", "contoh.go.id/a", "perbup.pdf", "https://user:pass@contoh.go.id/a", "https://user@contoh.go.id",
		"https://contoh.go.id/a\nb", "https://contoh.go.id/\u202e", "https://contoh.go.id/SK Tim.pdf", "https://contoh.go.id/a|b",
		`https://contoh.go.id/"onmouseover="x`, "https://contoh.go.id/a>b", "https://contoh.go.id/a\u00a0b", "java\tscript:alert(1)", "https://contoh.go.id/a b%zz",
		"",
	} {
		assert.ErrorIs(t, Address(s), ErrUnsafe, "%q", s)
	}
}

// Check takes an address by its scheme and anything else as a name.
func TestCheck(t *testing.T) {
	for _, s := range []string{"https://contoh.go.id/a", "perbup.pdf", "data kepegawaian (ilustratif)", "indeks SPBE 2021: 2,76"} {
		assert.NoError(t, Check(s), "%q", s)
	}
	for _, s := range []string{"javascript:alert(1)", "file:///etc/passwd", "../../etc/passwd", `\\server\share`, "C:\\a", "/etc/passwd", "https://", "a\x00"} {
		assert.ErrorIs(t, Check(s), ErrUnsafe, "%q", s)
	}
}

func TestMessages(t *testing.T) {
	for _, c := range []struct {
		err    error
		en, id string
	}{
		{Name("../../etc/passwd"), `"../../etc/passwd" leaves its folder with ".."; write a name inside it`,
			`"../../etc/passwd" keluar dari foldernya dengan ".."; tulis nama di dalam folder itu`},
		{Name("/etc/passwd"), `"/etc/passwd" is an absolute path; write a name relative to the document`,
			`"/etc/passwd" adalah path absolut; tulis nama relatif terhadap dokumen`},
		{Name(`\\server\share`), `"\\\\server\\share" names a network share; write a name relative to the document`,
			`"\\\\server\\share" menyebut folder bersama di jaringan; tulis nama relatif terhadap dokumen`},
		{Name(`C:\a.pdf`), `"C:\\a.pdf" names a drive; write a name relative to the document`,
			`"C:\\a.pdf" menyebut drive; tulis nama relatif terhadap dokumen`},
		{Name("javascript:alert(1)"), `"javascript:alert(1)" is an address, not a file name`,
			`"javascript:alert(1)" adalah alamat, bukan nama berkas`},
		{Check("javascript:alert(1)"), `"javascript:alert(1)" is not an http or https address`,
			`"javascript:alert(1)" bukan alamat http atau https`},
		{Address("https://a:b@contoh.go.id"), `"https://a:b@contoh.go.id" holds a user name or password`,
			`"https://a:b@contoh.go.id" memuat nama pengguna atau kata sandi`},
		// The control character is escaped in the message, never written raw.
		{Name("a\nforged log line"), `"a\nforged log line" holds a control character`, `"a\nforged log line" memuat karakter kendali`},
		{Name("\xff"), `"\xff" is not valid UTF-8`, `"\xff" bukan UTF-8 yang sah`},
		{Name("..%2Fetc%2Fpasswd"), `"..%2Fetc%2Fpasswd" holds an encoded dot, slash, backslash or percent sign (%2E, %2F, %5C, %25)`,
			`"..%2Fetc%2Fpasswd" memuat titik, garis miring, garis miring terbalik atau tanda persen yang dikodekan (%2E, %2F, %5C, %25)`},
		{Address("https://contoh.go.id/?q=<script>"), `"https://contoh.go.id/?q=<script>" holds a space or one of " < > \ ^ ` + "`" + ` { | }, which an address writes percent-encoded`,
			`"https://contoh.go.id/?q=<script>" memuat spasi atau salah satu dari " < > \ ^ ` + "`" + ` { | }, yang dalam alamat ditulis dengan kode persen`},
	} {
		assert.Equal(t, c.en, c.err.Error())
		assert.Equal(t, c.en, smartcity.ErrorMessage(c.err, smartcity.English))
		assert.Equal(t, c.id, smartcity.ErrorMessage(c.err, smartcity.Indonesian))
		assert.Equal(t, c.id, smartcity.ErrorMessage(c.err, 0), "the zero Lang is Indonesian")
		assert.ErrorIs(t, c.err, ErrUnsafe)
	}
	assert.Equal(t, "rujukan tidak aman", smartcity.ErrorMessage(ErrUnsafe, smartcity.Indonesian))
}

func TestEveryMessageHasIndonesianWithTheSameVerbs(t *testing.T) {
	for en, id := range words {
		assert.Equal(t, i18n.Verbs(en), i18n.Verbs(id), "%q → %q", en, id)
		assert.NotEqual(t, en, id, "%q is not translated", en)
	}
}

// FuzzCheck holds the checks to what they promise: a name they accept
// stays inside its folder however either system reads it, an address is
// http(s) with a host, and a refusal wraps ErrUnsafe.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{"perbup.pdf", "../a", `..\a`, "/a", `\\s\x`, "C:a", "javascript:x", "https://a.go.id/x", "https://u@a", "a/ ../b", "a\x00", "Catatan: a.pdf", "Catatan: ../a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, check := range []func(string) error{Check, Name, Address} {
			if err := check(s); err != nil && !errors.Is(err, ErrUnsafe) {
				t.Fatalf("%q: %v does not wrap ErrUnsafe", s, err)
			}
		}
		if Name(s) == nil && s != "" {
			slashed := strings.ReplaceAll(s, `\`, "/")
			if j := path.Join("base", slashed); j != "base" && !strings.HasPrefix(j, "base/") {
				t.Fatalf("name %q leaves its folder: %q", s, j)
			}
			if strings.HasPrefix(strings.TrimSpace(slashed), "/") || drive(strings.TrimSpace(s)) {
				t.Fatalf("name %q is absolute", s)
			}
			for _, r := range s {
				if r < 0x20 || r == 0x7f {
					t.Fatalf("name %q holds a control character", s)
				}
			}
		}
		if Address(s) == nil {
			u, err := url.Parse(strings.TrimSpace(s))
			if err != nil || u.Host == "" || u.User != nil || !strings.HasPrefix(strings.ToLower(u.Scheme), "http") {
				t.Fatalf("address %q accepted: %v", s, err)
			}
		}
		if Check(s) == nil && Name(s) != nil && Address(s) != nil {
			// Only a labelled description ("Catatan: lihat …") passes
			// otherwise, and what follows its label is a name.
			sch, ok := scheme(s)
			rest := strings.TrimPrefix(s, sch+":")
			if !ok || strings.TrimLeftFunc(rest, unicode.IsSpace) == rest || Name(strings.TrimLeftFunc(rest, unicode.IsSpace)) != nil {
				t.Fatalf("%q passes Check but is neither a name, an address nor a labelled name", s)
			}
		}
	})
}
