package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fileNames makes names that stay in their folder, mean nothing to the
// system, are capped, and are unique in any case.
func TestFileNames(t *testing.T) {
	names := fileNames{}
	for _, tt := range []struct {
		instansi string
		year     int
		want     string
	}{
		{"Pemerintah Kab. Rembang", 2024, "pemerintah-kab-rembang-2024.md"},
		{"Pemerintah Kab. Rembang", 2023, "pemerintah-kab-rembang-2023.md"},
		{"PEMERINTAH KAB. REMBANG", 2024, "pemerintah-kab-rembang-2024-2.md"},
		{"Pemerintah Kab.  Rembang ", 2024, "pemerintah-kab-rembang-2024-3.md"},
		{"../../etc/passwd", 2024, "etc-passwd-2024.md"},
		{"..", 0, "penilaian.md"},
		{"", 0, "penilaian-2.md"},
		{`C:\Windows\System32`, 2024, "c-windows-system32-2024.md"},
		{"a<b>c:d\"e|f?g*h", 2024, "a-b-c-d-e-f-g-h-2024.md"},
		{"Kota\x00Nul\x1b[31m\u202eMerah\r\n", 2024, "kota-nul-31m-merah-2024.md"},
		{"CON", 2024, "con_-2024.md"},
		{"lpt1", 0, "lpt1_.md"},
		{"console", 0, "console.md"},
		{"Kabupaten Pulau Taliabu／Maluku Utara", 2024, "kabupaten-pulau-taliabu-maluku-utara-2024.md"},
		{"Kota Bau-Bau ÉÀ", 2024, "kota-bau-bau-éà-2024.md"},
		{strings.Repeat("Kabupaten ", 40), 2024, strings.TrimSuffix(strings.Repeat("kabupaten-", 8), "-") + "-2024.md"},
		{strings.Repeat("é", 100), 0, strings.Repeat("é", 40) + ".md"},
	} {
		got := names.next(tt.instansi, tt.year, ".md")
		assert.Equal(t, tt.want, got, "%q", tt.instansi)
		assert.Equal(t, filepath.Base(got), got)
		assert.NotContains(t, got, "..")
		assert.LessOrEqual(t, len(got), maxNameBytes+len("-2024-99.md"))
	}
}

// --out-dir writes one report per assessment into its folder, created
// when missing, named after the instansi and year — hostile names
// included — and never outside it: not through a link that stands in
// its place, nor over a file the command reads.
func TestOutDir(t *testing.T) {
	levels := strings.Repeat(";4", 47)
	var csv strings.Builder
	csv.WriteString("instansi;tahun")
	for n := 1; n <= 47; n++ {
		fmt.Fprintf(&csv, ";%d", n)
	}
	hostile := []string{"../../escaped", "Kab. A/B", "Kab. A:B", "CON", "..", "=HYPERLINK(\"x\")", "Kota\x1b[2J"}
	csv.WriteString("\n")
	for _, name := range hostile {
		fmt.Fprintf(&csv, "\"%s\";2024%s\n", strings.ReplaceAll(name, `"`, `""`), levels)
	}
	want := []string{"escaped-2024", "kab-a-b-2024", "kab-a-b-2024-2", "con_-2024", "penilaian-2024", "hyperlink-x-2024", "kota-2j-2024"}

	for _, tt := range []struct {
		name string
		args []string
		ext  string
	}{
		{"report md", []string{"spbe", "report"}, ".md"},
		{"report csv", []string{"spbe", "report", "--format", "csv", "--semicolon"}, ".csv"},
		{"report svg", []string{"spbe", "report", "--format", "svg"}, ".svg"},
		{"cohort", []string{"spbe", "cohort"}, ".md"},
		{"cohort csv", []string{"spbe", "cohort", "--format", "csv"}, ".csv"},
		{"cohort json", []string{"spbe", "cohort", "--json"}, ".json"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			root := t.TempDir()
			dir := filepath.Join(root, "a", "laporan")
			code, stdout, stderr := runCLI(t, csv.String(), append(tt.args, "--out-dir", dir, "-")...)
			require.Equal(t, exitOK, code, stderr)
			if tt.args[1] == "report" {
				assert.Empty(t, stdout, "the reports go to the folder")
			} else {
				assert.Contains(t, stdout, "escaped", "the ranking goes to standard output")
			}
			var files []string
			for _, w := range want {
				files = append(files, w+tt.ext)
			}
			assertOnlyFiles(t, dir, files...)
			assertOnlyFiles(t, root, "a")
			assertOnlyFiles(t, filepath.Join(root, "a"), "laporan")
			data, err := os.ReadFile(filepath.Join(dir, "escaped-2024"+tt.ext))
			require.NoError(t, err)
			assert.Contains(t, string(data), "escaped")
			if tt.ext == ".csv" {
				data, err := os.ReadFile(filepath.Join(dir, "hyperlink-x-2024.csv"))
				require.NoError(t, err)
				assert.Contains(t, string(data), "'=HYPERLINK", "formulas stay defused")
			}
		})
	}

	t.Run("a file of the folder is replaced, never written through", func(t *testing.T) {
		if runtime.GOOS == "windows" {
			t.Skip("symbolic links")
		}
		root := t.TempDir()
		dir := filepath.Join(root, "laporan")
		require.NoError(t, os.Mkdir(dir, 0o755))
		outside := filepath.Join(root, "outside.md")
		require.NoError(t, os.WriteFile(outside, []byte("keep me\n"), 0o644))
		require.NoError(t, os.Symlink(outside, filepath.Join(dir, "escaped-2024.md")))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "con_-2024.md"), []byte("old\n"), 0o644))
		code, _, stderr := runCLI(t, csv.String(), "spbe", "report", "--out-dir", dir, "-")
		require.Equal(t, exitOK, code, stderr)
		data, err := os.ReadFile(outside)
		require.NoError(t, err)
		assert.Equal(t, "keep me\n", string(data))
		info, err := os.Lstat(filepath.Join(dir, "escaped-2024.md"))
		require.NoError(t, err)
		assert.True(t, info.Mode().IsRegular(), "the link is replaced by the report")
		data, err = os.ReadFile(filepath.Join(dir, "con_-2024.md"))
		require.NoError(t, err)
		assert.Contains(t, string(data), "# ")
	})

	t.Run("an input in the folder", func(t *testing.T) {
		dir := t.TempDir()
		input := filepath.Join(dir, "pemerintah-kab-rembang-2024.md")
		data, err := os.ReadFile(spbeTestdata("rembang-2024.json"))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(input, data, 0o644))
		runFails(t, "", exitUsage, []string{"spbe", "report", "--out-dir", dir, input},
			"--out-dir: "+input+" adalah berkas yang dibaca perintah ini; tulis laporannya ke folder lain")
		after, err := os.ReadFile(input)
		require.NoError(t, err)
		assert.Equal(t, data, after)
	})

	t.Run("usage", func(t *testing.T) {
		dir := t.TempDir()
		runFails(t, "", exitUsage, []string{"spbe", "report", "--out-dir", dir, "-o", "x.md", "-"}, "-o dan --out-dir tidak dapat diberikan bersamaan")
		file := filepath.Join(dir, "file")
		require.NoError(t, os.WriteFile(file, nil, 0o644))
		runFails(t, csv.String(), exitUsage, []string{"spbe", "report", "--lang", "en", "--out-dir", filepath.Join(file, "sub"), "-"}, "cannot write "+filepath.Join(file, "sub")+": ")
		code, _, stderr := runCLI(t, csv.String(), "spbe", "report", "--format", "svg", "--compare", spbeTestdata("sumedang-2024.json"), "--out-dir", filepath.Join(dir, "svg"), "-")
		assert.Equal(t, exitOK, code, "with --out-dir each radar has one assessment and --compare's: %s", stderr)
	})
}

// FuzzFileNames: whatever an instansi holds, its file name is one plain
// name of valid UTF-8 — no separator, no dot but the extension's, no
// control character — within its cap, and never one given before.
func FuzzFileNames(f *testing.F) {
	for _, s := range []string{"Pemerintah Kab. Rembang", "../..", "CON", "a/b\\c", "\x00\x1b\u202e", strings.Repeat("é", 99), "\xff\xfe"} {
		f.Add(s, 2024)
	}
	f.Fuzz(func(t *testing.T, instansi string, year int) {
		names := fileNames{}
		first := names.next(instansi, year, ".md")
		second := names.next(instansi, year, ".md")
		for _, name := range []string{first, second} {
			base := strings.TrimSuffix(name, ".md")
			if !utf8.ValidString(name) || strings.ContainsAny(base, "./\\:*?\"<>|") || base == "" ||
				strings.IndexFunc(name, unicode.IsControl) >= 0 || len(name) > maxNameBytes+64 {
				t.Fatalf("%q: %q", instansi, name)
			}
		}
		if strings.EqualFold(first, second) {
			t.Fatalf("%q: %q twice", instansi, first)
		}
	})
}
