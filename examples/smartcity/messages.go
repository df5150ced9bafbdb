package main

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// words are the tool's own error messages in Indonesian, keyed by their
// English format, as the library keeps its own: fail says an error made by
// errorf in the language --lang chose.
var words = i18n.Table{
	"--tahun: %d is not an evaluation year (2018 or later)": "--tahun: %d bukan tahun evaluasi (2018 atau sesudahnya)",
	"assessment %d: %w":                                                              "penilaian ke-%d: %w",
	"and %d more invalid assessments":                                                "dan %d penilaian tidak sah lainnya",
	"%s holds %d assessments; one is needed":                                         "%s memuat %d penilaian, padahal yang diperlukan satu",
	"--compare %s holds %d assessments; one is needed":                               "--compare %s memuat %d penilaian, padahal yang diperlukan satu",
	"%s holds no assessment":                                                         "%s tidak memuat penilaian apa pun",
	"--min-domain: %s has no domains; its aspects sit directly under the index":      "--min-domain: %s tidak memiliki domain; aspeknya langsung berada di bawah indeks",
	"--profile %s is an assessment of %s, FILE of %s":                                "--profile %s adalah penilaian menurut %s, sedangkan FILE menurut %s",
	"%s is not a valid masterplan (1 error); run 'smartcity plan validate %s'":       "%s bukan rencana induk yang valid (1 galat); jalankan 'smartcity plan validate %s'",
	"%s is not a valid masterplan (%d errors); run 'smartcity plan validate %s'":     "%s bukan rencana induk yang valid (%d galat); jalankan 'smartcity plan validate %s'",
	"%s reports no realisation for %d (it reports %s)":                               "%s tidak memuat realisasi tahun %d (yang dimuat: %s)",
	"%q is not an indicator number":                                                  "%q bukan nomor indikator",
	"%q is not NUMBER=LEVEL":                                                         "%q bukan NOMOR=LEVEL",
	"%q is not CODE=INDEX":                                                           "%q bukan KODE=INDEKS",
	"indicator %d is given twice":                                                    "indikator %d diberikan dua kali",
	"domain %s is given twice":                                                       "domain %s diberikan dua kali",
	"cannot write %s: %w":                                                            "tidak dapat menulis %s: %w",
	"cannot write %s: there is no folder %s":                                         "tidak dapat menulis %s: tidak ada folder %s",
	"cannot write %s: it is a folder":                                                "tidak dapat menulis %s: itu sebuah folder",
	"-o %s is a file the command reads; write the result to another":                 "-o %s adalah berkas yang dibaca perintah ini; tulis hasilnya ke berkas lain",
	"--out-dir: %s is a file the command reads; write the reports to another folder": "--out-dir: %s adalah berkas yang dibaca perintah ini; tulis laporannya ke folder lain",
	"-o and --out-dir cannot both be given":                                          "-o dan --out-dir tidak dapat diberikan bersamaan",
	"%q is not a size: want a positive number of bytes, such as 268435456 or 256MiB": "%q bukan ukuran: yang diminta bilangan bita positif, seperti 268435456 atau 256MiB",

	// Usage errors, which usageError prints before a pointer to -h.
	"%s: unknown command %q":                                                                            "%s: perintah %q tidak dikenal",
	"--lang must be id or en, not %q":                                                                   "--lang harus id atau en, bukan %q",
	"%s is required (\"-\" for standard input)":                                                         "%s wajib diberikan (\"-\" untuk masukan standar)",
	"unexpected argument %q":                                                                            "argumen %q tidak diharapkan",
	"%s names no plan; give one with --plan":                                                            "%s tidak menyebut rencana induk; berikan dengan --plan",
	"the plan and the realisation cannot both come from standard input":                                 "rencana induk dan realisasi tidak dapat sama-sama berasal dari masukan standar",
	"--chart must be roadmap or pillars, not %q":                                                        "--chart harus roadmap atau pillars, bukan %q",
	"--rows must be programs or budget, not %q":                                                         "--rows harus programs atau budget, bukan %q",
	"--format must be %s, not %q":                                                                       "--format harus %s, bukan %q",
	"%s or %s":                                                                                          "%s atau %s",
	"%s does not apply to --format %s":                                                                  "%s tidak berlaku untuk --format %s",
	"--framework: %v, and no file %q can be read":                                                       "--framework: %v, dan tidak ada berkas %q yang dapat dibaca",
	"two assessment files A and B are required":                                                         "dua berkas penilaian, A dan B, wajib diberikan",
	"a framework ID is required ('smartcity spbe frameworks' lists them)":                               "ID kerangka evaluasi wajib diberikan ('smartcity spbe frameworks' mendaftarnya)",
	"--target (or --profile) is required":                                                               "--target (atau --profile) wajib diberikan",
	"--max-raise-per-year and --years must not be negative":                                             "--max-raise-per-year dan --years tidak boleh negatif",
	"--max-raise-per-year must not be negative":                                                         "--max-raise-per-year tidak boleh negatif",
	"a radar chart shows two assessments at most, not %d":                                               "grafik radar menampilkan paling banyak dua penilaian, bukan %d",
	"unknown KIND %q: want penilaian, kohort, masterplan, realisasi, evaluasi or bukti":                 "JENIS %q tidak dikenal: yang diminta penilaian, kohort, masterplan, realisasi, evaluasi atau bukti",
	"KIND is required: penilaian, kohort, masterplan, realisasi, evaluasi or bukti":                     "JENIS wajib diberikan: penilaian, kohort, masterplan, realisasi, evaluasi atau bukti",
	"--%s applies to the templates penilaian, kohort and bukti, not %s":                                 "--%s berlaku untuk templat penilaian, kohort dan bukti, bukan %s",
	"--tahun must not be negative":                                                                      "--tahun tidak boleh negatif",
	"no built-in framework applies to %d: name one with --framework":                                    "tidak ada kerangka evaluasi bawaan yang berlaku untuk %d: sebutkan satu dengan --framework",
	"--chart must be radar or bars, not %q":                                                             "--chart harus radar atau bars, bukan %q",
	"--target is drawn by --chart bars, not by the radar":                                               "--target digambar oleh --chart bars, bukan oleh radar",
	"a bar chart shows one assessment, not %d: use --out-dir for one chart each":                        "grafik batang menampilkan satu penilaian, bukan %d: gunakan --out-dir untuk satu grafik masing-masing",
	"a workbook is not written to a terminal: give -o FILE.xlsx, or redirect standard output to a file": "buku kerja tidak ditulis ke terminal: berikan -o BERKAS.xlsx, atau alihkan keluaran standar ke berkas",
	"a workbook holds the report of one assessment, not %d: give --out-dir DIR for one workbook each":   "satu buku kerja memuat laporan satu penilaian, bukan %d: berikan --out-dir DIR untuk satu buku kerja per penilaian",

	// What the flag package finds wrong with a command line (flagError).
	"flag provided but not defined: %s":    "opsi tidak dikenal: %s",
	"flag needs an argument: %s":           "opsi memerlukan nilai: %s",
	"bad flag syntax: %s":                  "penulisan opsi salah: %s",
	"invalid value %s for flag -%s: %v":    "nilai %s tidak sah untuk opsi -%s: %v",
	"invalid boolean value %s for -%s: %v": "nilai boolean %s tidak sah untuk -%s: %v",
	"parse error":                          "tidak dapat dibaca",
	"--top must be at least 1, not %d":     "--top paling sedikit 1, bukan %d",
	"the file holds the results of %d frameworks: --format svg draws one cohort; choose one with --framework": "berkas memuat hasil %d kerangka evaluasi: --format svg menggambar satu kohort; pilih satu dengan --framework",
	"value out of range": "di luar rentang",
}

// errorf returns an error of the tool's own, formatted as fmt.Errorf
// formats it, that fail says in Indonesian from words.
func errorf(format string, args ...any) error {
	return i18n.Errorf(words, format, args...)
}

// invalidPlan is the error of a command that needs a valid masterplan and
// was given one with errs errors.
func invalidPlan(path string, errs int) error {
	if errs == 1 {
		return errorf("%s is not a valid masterplan (1 error); run 'smartcity plan validate %s'", path, path)
	}
	return errorf("%s is not a valid masterplan (%d errors); run 'smartcity plan validate %s'", path, errs, path)
}

// phrases are the words of one text output, each key's Indonesian and
// English, as words are the tool's messages.
type phrases map[string][2]string

// in returns the phrase of a key in lang: Indonesian unless lang is
// English.
func (p phrases) in(lang smartcity.Lang) func(key string) string {
	k := 0
	if lang == smartcity.English {
		k = 1
	}
	return func(key string) string { return p[key][k] }
}
