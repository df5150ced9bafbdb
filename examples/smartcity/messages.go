package main

import "github.com/kotacerdas/smartcity/internal/i18n"

// words are the tool's own error messages in Indonesian, keyed by their
// English format, as the library keeps its own: fail says an error made by
// errorf in the language --lang chose.
var words = i18n.Table{
	"assessment %d: %w":                                                          "penilaian ke-%d: %w",
	"%s holds %d assessments; one is needed":                                     "%s memuat %d penilaian, padahal yang diperlukan satu",
	"--compare %s holds %d assessments; one is needed":                           "--compare %s memuat %d penilaian, padahal yang diperlukan satu",
	"%s holds no assessment":                                                     "%s tidak memuat penilaian apa pun",
	"--min-domain: %s has no domains; its aspects sit directly under the index":  "--min-domain: %s tidak memiliki domain; aspeknya langsung berada di bawah indeks",
	"--profile %s is an assessment of %s, FILE of %s":                            "--profile %s adalah penilaian menurut %s, sedangkan FILE menurut %s",
	"a result of %d domains and %d aspects for a framework of %d and %d":         "hasil dengan %d domain dan %d aspek untuk kerangka evaluasi dengan %d domain dan %d aspek",
	"%s is not a valid masterplan (1 error); run 'smartcity plan validate %s'":   "%s bukan rencana induk yang valid (1 galat); jalankan 'smartcity plan validate %s'",
	"%s is not a valid masterplan (%d errors); run 'smartcity plan validate %s'": "%s bukan rencana induk yang valid (%d galat); jalankan 'smartcity plan validate %s'",
	"%s reports no realisation for %d (it reports %s)":                           "%s tidak memuat realisasi tahun %d (yang dimuat: %s)",
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
