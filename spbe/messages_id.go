package spbe

import (
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// messagesID says the package's error texts in Indonesian, keyed by the
// English format they are made from (problems.add, errorfWrap, headerError,
// i18n.Errorf) or, for a sentinel, by its English text; it is the
// package's i18n.Table. An Indonesian format has the same verbs as its
// English one, in the same order, so that the same arguments fill it; the
// tests hold every format of the package to that. The words are the
// regulation's: indikator, level, tahun, predikat, bobot, aspek, domain,
// kerangka evaluasi, skor luar.
var messagesID = i18n.Table{
	// Sentinels.
	"malformed input":              "masukan rusak",
	"unknown framework":            "kerangka evaluasi tidak dikenal",
	"framework mismatch":           "kerangka evaluasi tidak sesuai",
	"unknown indicator":            "indikator tidak dikenal",
	"duplicate":                    "duplikat",
	"level out of range":           "level di luar rentang",
	"index out of range":           "indeks di luar rentang",
	"no sheet holds an assessment": "tidak ada lembar yang memuat penilaian",
	"no sheet holds a costs list":  "tidak ada lembar yang memuat daftar biaya",
	"%w: want a sheet whose header has indikator and biaya (read %s)":                                                 "%w: perlu lembar yang baris judulnya memuat indikator dan biaya (terbaca %s)",
	"%w: want a sheet whose header has indikator and level, or instansi, tahun and the indicators' numbers (read %s)": "%w: perlu lembar yang baris judulnya memuat indikator dan level, atau instansi, tahun dan nomor indikator (terbaca %s)",
	"spbe: a framework without indicators: use Default, Lookup, ForYear or DecodeFramework":                           "spbe: kerangka evaluasi tanpa indikator: gunakan Default, Lookup, ForYear atau DecodeFramework",
	"spbe: no assessment":             "spbe: tidak ada penilaian",
	"spbe: no Result to score into":   "spbe: tidak ada Result untuk diisi skor",
	"unanswered indicator":            "indikator belum dijawab",
	"wrong number of levels":          "jumlah level tidak sesuai",
	"weights do not add up":           "jumlah bobot tidak sesuai",
	"invalid predikat bands":          "rentang predikat tidak sah",
	"outside score not convertible":   "skor luar tidak dapat dikonversi",
	"no framework for the year":       "tidak ada kerangka evaluasi untuk tahun itu",
	"arithmetic overflow":             "hasil hitung melampaui batas",
	"plan too large to solve exactly": "rencana terlalu besar untuk dihitung secara eksak",
	"no result to report":             "tidak ada hasil untuk dilaporkan",

	// Files that cannot be read: the header of a CSV file, the row that
	// names its columns, is its "baris judul".
	"empty input":                      "masukan kosong",
	"column %s is given twice":         "kolom %s tercantum dua kali",
	`column "instansi" is given twice`: `kolom "instansi" tercantum dua kali`,
	`column "tahun" is given twice`:    `kolom "tahun" tercantum dua kali`,
	"indicator %d has two columns":     "indikator %d memiliki dua kolom",
	"unknown column %s (want indikator, level, tahun, tahap, penjelasan, bukti)":                     "kolom %s tidak dikenal (seharusnya indikator, level, tahun, tahap, penjelasan, bukti)",
	"unknown column %s (want instansi, tahun and indicator numbers)":                                 "kolom %s tidak dikenal (seharusnya instansi, tahun, dan nomor indikator)",
	`the header needs the columns "indikator" and "level"`:                                           `baris judul harus memuat kolom "indikator" dan "level"`,
	`the header needs the columns "instansi" and "tahun" and one column per indicator`:               `baris judul harus memuat kolom "instansi" dan "tahun" serta satu kolom untuk setiap indikator`,
	"the header needs the columns %q and %q (and optionally %q)":                                     "baris judul harus memuat kolom %q dan %q (serta, bila perlu, %q)",
	"%w: the instansi is also on line %d":                                                            "%w: instansi juga ada pada baris %d",
	"%w: the year is also on line %d":                                                                "%w: tahun juga ada pada baris %d",
	"the file names the instansi %s, but %s was asked for":                                           "berkas menyebut instansi %s, padahal yang diminta %s",
	"the file names the year %d, but %d was asked for":                                               "berkas menyebut tahun %d, padahal yang diminta %d",
	"a wide table names the instansi and the year of each row in its columns, not in lines above it": "tabel lebar mencantumkan instansi dan tahun setiap baris di kolomnya, bukan di baris di atasnya",
	"domain %d has two columns":                                                                      "domain %d memiliki dua kolom",
	"aspect %d has two columns":                                                                      "aspek %d memiliki dua kolom",
	"%s has no column %s: its codes are %s":                                                          "%s tidak memiliki kolom %s: kodenya %s",
	"%s is not a row number: the first column numbers the rows":                                      "%s bukan nomor baris: kolom pertama memuat nomor baris",
	"the cell says %s; the exact index %s is %s":                                                     "sel berisi %s; indeks eksak %s berpredikat %s",
	"the cell says %s, which is no number; the exact %s is %s":                                       "sel berisi %s, yang bukan bilangan; nilai eksak %s adalah %s",
	"the cell says %s; the exact %s is %s, %s":                                                       "sel berisi %s; nilai eksak %s adalah %s, %s",
	"no column for indicators %s of %s":                                                              "tidak ada kolom untuk indikator %s dari %s",
	"spbe: unknown framework %s (built in: %s, %s, %s)":                                              "spbe: kerangka evaluasi %s tidak dikenal (bawaan: %s, %s, %s)",

	// Rules that need a value.
	"is required":                                   "wajib diisi",
	"an index is required":                          "indeks wajib diisi",
	"%w: index %s is outside 0–%d":                  "%w: indeks %s berada di luar 0–%d",
	"the instansi is required":                      "instansi wajib diisi",
	"a url or a file name is required":              "url atau nama berkas wajib diisi",
	"a minimum index of 0 or more is required":      "indeks minimum wajib diisi, 0 atau lebih",
	"a method is required (evaluasi or pemantauan)": "metode wajib diisi (evaluasi atau pemantauan)",
	"a predikat is required (Kurang, Cukup, Baik, Sangat Baik or Memuaskan)": "predikat wajib diisi (Kurang, Cukup, Baik, Sangat Baik atau Memuaskan)",
	"a stage is required (mandiri, dokumen, interviu or visitasi)":           "tahap wajib diisi (mandiri, dokumen, interviu atau visitasi)",
	"a target is required: an index, a predikat or a profile of levels":      "target wajib diisi: indeks, predikat, atau profil level",
	"at least one aspect is required":                                        "paling sedikit satu aspek harus ada",
	"at least one indicator is required":                                     "paling sedikit satu indikator harus ada",
	"at least one level scale is required":                                   "paling sedikit satu skala level harus ada",
	"at least one predikat band is required":                                 "paling sedikit satu rentang predikat harus ada",
	"a framework in force needs the first year it applies to in years":       "kerangka evaluasi yang berlaku harus mencantumkan tahun pertama berlakunya pada years",

	// Values that cannot be read.
	"%s is not a decimal":                                                 "%s bukan bilangan desimal",
	"%s is not a level":                                                   "%s bukan level",
	"%s is not an indicator number":                                       "%s bukan nomor indikator",
	"%s is not a whole cost from 0 to %d":                                 "%s bukan biaya berupa bilangan bulat dari 0 sampai %d",
	"%s is not a year between %d and %d":                                  "%s bukan tahun antara %d dan %d",
	"%s is not a SHA-256 digest (64 hexadecimal digits)":                  "%s bukan digest SHA-256 (64 digit heksadesimal)",
	"%s holds a separator of the long CSV form (| < > or a line break)":   "%s memuat tanda pemisah CSV bentuk panjang (| < > atau ganti baris)",
	"must be 1 to 64 lower-case letters, digits, '-', '.' or '_', not %s": "harus 1 sampai 64 huruf kecil, angka, '-', '.' atau '_', bukan %s",
	"must be positive, not %d":                                            "harus positif, bukan %d",
	"%d is negative":                                                      "%d bernilai negatif",
	"index %s is negative":                                                "indeks %s bernilai negatif",
	"unknown predicate %d":                                                "predikat %d tidak dikenal",
	"unknown stage %d":                                                    "tahap %d tidak dikenal",
	"cost %d is outside 0–%d":                                             "biaya %d berada di luar 0–%d",

	// Years.
	"year %d is not between %d and %d":                                                          "tahun %d tidak berada antara %d dan %d",
	"year %d is not one of the framework's years":                                               "tahun %d tidak termasuk tahun berlakunya kerangka evaluasi ini",
	"year %d differs from %d on line %d: a long CSV holds one assessment":                       "tahun %d berbeda dari %d pada baris %d: CSV bentuk panjang hanya memuat satu penilaian",
	"%w: year %d is listed twice":                                                               "%w: tahun %d tercantum dua kali",
	"%w: year %d has two methods":                                                               "%w: tahun %d memiliki dua metode",
	"%w: no SPBE or Pemdi evaluation was held in %d; the first was in 2018":                     "%w: tidak ada evaluasi SPBE atau Pemdi pada tahun %d; evaluasi pertama diadakan pada 2018",
	"%w: %d is evaluated under %s (%d indicators), but the columns are the %d indicators of %s": "%w: tahun %d dievaluasi dengan %s (%d indikator), tetapi kolomnya adalah %d indikator %s",

	// Indicators and their answers.
	"%w: %s has no indicator %d":                                                               "%w: %s tidak memiliki indikator %d",
	"%w: indicator %d is also answered at indicators[%d]":                                      "%w: indikator %d juga dijawab pada indicators[%d]",
	"%w: indicator %d is also indicators[%d]":                                                  "%w: indikator %d juga tercantum pada indicators[%d]",
	"%w: %s without a year is also on line %d: a wide CSV holds one row per instansi and year": "%w: %s tanpa tahun juga ada pada baris %d: CSV lebar memuat satu baris per instansi dan tahun",
	"%w: %s %d is also on line %d: a wide CSV holds one row per instansi and year":             "%w: %s %d juga ada pada baris %d: CSV lebar memuat satu baris per instansi dan tahun",
	"%w: indicator %d is also on line %d":                                                      "%w: indikator %d juga ada pada baris %d",
	"%w: %d of %d indicators have no level: %s":                                                "%w: %d dari %d indikator tidak memiliki level: %s",
	"unanswered indicator: %d of %d indicators have no level: %s":                              "indikator belum dijawab: %d dari %d indikator tidak memiliki level: %s",
	"%d indicators are more than the %d allowed":                                               "%d indikator melebihi batas %d indikator",
	"indicators must be listed in ascending number: %d comes after %d":                         "indikator harus diurutkan menurut nomornya dari kecil ke besar: %d berada setelah %d",
	"%w: the assessment is for %s, not %s":                                                     "%w: penilaian ini untuk %s, bukan %s",

	// Levels.
	"%w: level %d is outside %d–%d":                         "%w: level %d berada di luar %d–%d",
	"level %d is outside %d–%d":                             "level %d berada di luar %d–%d",
	"%w: level %d is above %d":                              "%w: level %d melebihi %d",
	"%w: indicator %d has no level":                         "%w: indikator %d tidak memiliki level",
	"%w: level %d of indicator %d is above %d":              "%w: level %d indikator %d melebihi %d",
	"%w: level %d is named twice":                           "%w: nama level %d diberikan dua kali",
	"level %d has no name":                                  "level %d tidak memiliki nama",
	"%d levels for %d indicators":                           "%d level untuk %d indikator",
	"%w: %d levels for %d indicators":                       "%w: %d level untuk %d indikator",
	"%w: must be 0 or 1, not %d":                            "%w: harus 0 atau 1, bukan %d",
	"%w: must be above min_level %d and at most %d, not %d": "%w: harus melebihi min_level %d dan paling tinggi %d, bukan %d",
	"%w: scale code %s is used twice":                       "%w: kode skala %s dipakai dua kali",

	// Stages.
	"%w: stage %s is given twice":                                "%w: tahap %s diberikan dua kali",
	"level %d differs from level %d set at the latest stage, %s": "level %d berbeda dari level %d yang ditetapkan pada tahap terakhir, %s",
	"stage %s is not the latest of the stages, %s":               "tahap %s bukan tahap terakhir; tahap terakhir adalah %s",

	// Outside scores.
	"indicator %d of %s takes no outside score":                                    "indikator %d pada %s tidak menerima skor luar",
	"%w: indicator %d of %s takes no outside score":                                "%w: indikator %d pada %s tidak menerima skor luar",
	"indicator %d takes its outside score from %s, not %s":                         "skor luar indikator %d berasal dari %s, bukan %s",
	"%w: indicator %d takes its outside score from %s, not %s":                     "%w: skor luar indikator %d berasal dari %s, bukan %s",
	"%s score %s is not a decimal":                                                 "skor %s %s bukan bilangan desimal",
	"%s score %s is outside %s–%s":                                                 "skor %s %s berada di luar %s–%s",
	"%w: level %d differs from level %d of %s score %s":                            "%w: level %d berbeda dari level %d menurut skor %s %s",
	"%w: level %d is given while the %s score is pending, which counts at level 1": "%w: level %d diberikan padahal skor %s belum ada, sehingga dihitung level 1",
	"%w: %d is not a plausible evaluation year":                                    "%w: %d bukan tahun evaluasi yang masuk akal",
	"%w: indicator %d has two conversions":                                         "%w: indikator %d memiliki dua konversi",
	"%w: %s is not above min %s":                                                   "%w: %s tidak melebihi min %s",
	"%w: %s is not below max %s":                                                   "%w: %s tidak kurang dari max %s",
	"%w: %d edges for levels 1–%d, want %d":                                        "%w: %d batas untuk level 1–%d, seharusnya %d",
	"%w: the edges must rise inside the range: %s is not above %s":                 "%w: batas harus naik di dalam rentang: %s tidak melebihi %s",

	// Structure and weights of a framework.
	"%w: aspect code %s is used twice":                        "%w: kode aspek %s dipakai dua kali",
	"%w: domain code %s is used twice":                        "%w: kode domain %s dipakai dua kali",
	"aspect %s has no indicator":                              "aspek %s tidak memiliki indikator",
	"domain %s has no aspect":                                 "domain %s tidak memiliki aspek",
	"names domain %s, but the framework has no domains":       "menyebut domain %s, padahal kerangka evaluasi ini tidak memiliki domain",
	"names no aspect of the framework: %s":                    "bukan aspek kerangka evaluasi ini: %s",
	"names no domain of the framework: %s":                    "bukan domain kerangka evaluasi ini: %s",
	"names no scale of the framework: %s":                     "bukan skala kerangka evaluasi ini: %s",
	"%w: %d is not between 1 and %d":                          "%w: %d tidak berada antara 1 dan %d",
	"%w: aspect %s weighs %s but its indicators add up to %s": "%w: bobot aspek %s %s, tetapi jumlah bobot indikatornya %s",
	"%w: domain %s weighs %s but its aspects add up to %s":    "%w: bobot domain %s %s, tetapi jumlah bobot aspeknya %s",
	"%w: the weights add up to %s, not 100%%":                 "%w: jumlah bobot %s, bukan 100%%",

	// Predikat bands.
	"%w: %s comes after %s":  "%w: %s berada setelah %s",
	"%w: %s is not above %s": "%w: %s tidak melebihi %s",
	"%w: %s is not an index from 0 to %d with at most %d decimals":              "%w: %s bukan indeks dari 0 sampai %d dengan paling banyak %d desimal",
	"%w: the first band must start at or below the lowest index, %d, not at %s": "%w: rentang pertama harus dimulai pada atau di bawah indeks terendah, %d, bukan pada %s",
	"%s is not a predikat band of %s":                                           "%s bukan rentang predikat dalam %s",
	"%w: %s is not a predikat band of %s":                                       "%w: %s bukan rentang predikat dalam %s",

	// Plans and costs.
	"%s has no domain %s": "%s tidak memiliki domain %s",
	"%w: no raise reaches level %d (raises reach levels %d–%d)": "%w: tidak ada kenaikan yang mencapai level %d (kenaikan mencapai level %d–%d)",
	"%w: no row after the header prices a raise":                "%w: tidak ada baris setelah baris judul yang memberi biaya kenaikan",
	"no rows": "tidak ada baris",
	"%w: a long CSV holds one assessment, a row per indicator, and a framework has at most %d": "%w: CSV bentuk panjang hanya memuat satu penilaian, satu baris per indikator, dan sebuah kerangka memiliki paling banyak %d indikator",
	"%w: more than %d answers to hold; ScoreAll reads a wide CSV of any length row by row":     "%w: lebih dari %d jawaban untuk ditampung; ScoreAll membaca CSV lebar sepanjang apa pun baris demi baris",
	"unreadable evidence": "bukti tidak terbaca",
	`%w: %s is not "Title <reference>" nor a bare reference (separate the items with "|")`: `%w: %s bukan "Judul <rujukan>" maupun rujukan saja (pisahkan butir dengan "|")`,
	"unknown column %s (want indikator, cost or biaya, and level)":                         "kolom %s tidak dikenal (seharusnya indikator, cost atau biaya, dan level)",
	"%w: indicator %d%s is priced also at costs[%d]":                                       "%w: biaya kenaikan indikator %d%s juga diberikan pada costs[%d]",
	"%w: indicator %d%s is priced also on line %d":                                         "%w: biaya kenaikan indikator %d%s juga diberikan pada baris %d",

	// Cohorts and comparisons.
	"%d domain indices for the %d domains of %s":                                                               "%d indeks domain untuk %d domain %s",
	"%w: %s is a result of %s, not %s; a cohort ranks one framework's indices: group the members by framework": "%w: %s adalah hasil %s, bukan %s; satu kohort hanya memeringkat indeks dari satu kerangka evaluasi: kelompokkan anggota menurut kerangka evaluasinya",
	"spbe: a result does not have the shape of %s":                                                             "spbe: sebuah hasil tidak sesuai dengan susunan %s",

	// Arithmetic.
	"%w: weight %d is not positive":              "%w: bobot %d tidak positif",
	"index has no positive denominator":          "indeks tidak memiliki penyebut positif",
	"%d values need %d positive weights, got %d": "%d nilai memerlukan %d bobot positif, diberikan %d",
	"spbe: weighted mean does not fit in int64":  "spbe: rata-rata tertimbang tidak muat dalam int64",

	"%w": "%w",
}

// said returns the arguments of a message ready to be said in either
// language: the suffix " to level N" that names the level a cost prices
// becomes a toLevel, " ke level N" in Indonesian. Errors among them are
// said in Indonesian by Table.Sprintf; anything else is formatted as it is.
func said(args []any) []any {
	for i, a := range args {
		if v, ok := a.(string); ok && strings.HasPrefix(v, " to level ") {
			args[i] = toLevel(v)
		}
	}
	return args
}

// toLevel is " to level N", the level a cost prices; its text is the
// same as the string's, so that the English message does not change.
type toLevel string

// String returns the English text.
func (t toLevel) String() string { return string(t) }

// Message returns the text in lang.
func (t toLevel) Message(lang smartcity.Lang) string {
	if n, ok := strings.CutPrefix(string(t), " to level "); ok && !isEnglish(lang) {
		return " ke level " + n
	}
	return string(t)
}

// subjectID is the subject of a check in Indonesian: its leading
// words translated (`assessment "X" 2024` is `penilaian "X" 2024`), the
// names, ids and numbers after them kept.
func subjectID(s string) string {
	words := [...][2]string{
		{"assessments", "daftar penilaian"},
		{"assessment", "penilaian"},
		{"framework", "kerangka evaluasi"},
		{"levels for", "level untuk"},
		{"plan for", "rencana untuk"},
		{"cohorts", "kumpulan kohort"},
		{"cohort of", "kohort"},
		{"weighted mean", "rata-rata tertimbang"},
		{"costs", "biaya"},
		{"row", "baris"},
	}
	for _, w := range words {
		if rest, ok := strings.CutPrefix(s, w[0]); ok && (rest == "" || rest[0] == ' ') {
			return w[1] + rest
		}
	}
	return s
}

// parseWordID is a ParseError's Kind or Want in Indonesian; text it does
// not know stays as it is.
func parseWordID(s string) string {
	id, _ := parseWord(s)
	return id
}

// parseWord is parseWordID, reporting whether s is known.
func parseWord(s string) (string, bool) {
	if n, ok := strings.CutPrefix(s, "a whole number from 0 to "); ok {
		return "bilangan bulat dari 0 sampai " + n, true
	}
	switch s {
	// Kinds; "level", "format" and "target" are Indonesian words too.
	case "level", "format", "target":
		return s, true
	case "method":
		return "metode", true
	case "limit":
		return "batasan", true
	case "predicate":
		return "predikat", true
	case "predicate basis":
		return "dasar predikat", true
	case "unanswered policy":
		return "perlakuan indikator yang belum dijawab", true
	case "stage":
		return "tahap", true
	case "index":
		return "indeks", true
	// What is accepted.
	case `an index such as "4.2" or a predikat such as "Memuaskan"`:
		return `indeks seperti "4.2" atau predikat seperti "Memuaskan"`, true
	case `a decimal from 0 to 5 with at most two decimals, such as "3.64"`:
		return `desimal dari 0 sampai 5 dengan paling banyak dua desimal, seperti "3.64"`, true
	}
	return s, false
}
