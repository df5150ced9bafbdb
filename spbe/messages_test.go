package spbe

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// sourceFiles parses the package's non-test Go files.
func sourceFiles(t *testing.T) (*token.FileSet, []*ast.File) {
	t.Helper()
	names, err := filepath.Glob("*.go")
	require.NoError(t, err)
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		require.NoError(t, err)
		files = append(files, f)
	}
	require.NotEmpty(t, files)
	return fset, files
}

// stringOf returns the text of a string literal or of a concatenation
// that starts with one, the parts that are not literals written as hole.
// ok is false when e does not start with a literal.
func stringOf(e ast.Expr, hole string) (s string, ok bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.ParenExpr:
		return stringOf(e.X, hole)
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		x, ok := stringOf(e.X, hole)
		if !ok {
			return "", false
		}
		y, ok := stringOf(e.Y, hole)
		if !ok {
			y = hole
		}
		return x + y, true
	}
	return "", false
}

// calledName is the name of the function or method a call calls.
func calledName(c *ast.CallExpr) string {
	switch fn := c.Fun.(type) {
	case *ast.Ident:
		return fn.Name
	case *ast.SelectorExpr:
		return fn.Sel.Name
	}
	return ""
}

// TestEveryFormatHasIndonesian holds every message the package formats to a
// translation with the same verbs in the same order, so that a new English
// message without its Indonesian fails here.
func TestEveryFormatHasIndonesian(t *testing.T) {
	fset, files := sourceFiles(t)
	formats := map[string]string{} // format → where it is first used
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			at := fset.Position(c.Pos()).String()
			var arg ast.Expr // the format
			switch name := calledName(c); {
			case name == "add" && isSelector(c.Fun), name == "errorfWrap", name == "fail", isI18nErrorf(c):
				if !assert.GreaterOrEqual(t, len(c.Args), 2, at) {
					return true
				}
				arg = c.Args[1]
			case name == "headerError":
				if !assert.GreaterOrEqual(t, len(c.Args), 3, at) {
					return true
				}
				arg = c.Args[2]
			default:
				return true
			}
			if id, ok := arg.(*ast.Ident); ok && id.Name == "format" {
				return true // a helper passing its own format on
			}
			lit, ok := arg.(*ast.BasicLit)
			if !assert.True(t, ok && lit.Kind == token.STRING, "%s: the format must be a string literal, for its Indonesian to be checked", at) {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			require.NoError(t, err, at)
			if _, seen := formats[s]; !seen {
				formats[s] = at
			}
			return true
		})
	}
	// The package formats about a hundred messages; far fewer means the
	// scan has stopped finding them.
	require.Greater(t, len(formats), 90)
	for en, at := range formats {
		if structural(en) {
			continue // "spbe: %w: %w" needs no words
		}
		id, ok := messagesID[en]
		if !assert.True(t, ok, "%s: no Indonesian for %q", at, en) {
			continue
		}
		assert.Equal(t, i18n.Verbs(en), i18n.Verbs(id), "%s: the verbs of %q and %q", at, en, id)
		if strings.Trim(en, "%w: ") != "" {
			assert.NotEqual(t, en, id, "%s: %q is not translated", at, en)
		}
	}
}

func isSelector(e ast.Expr) bool {
	_, ok := e.(*ast.SelectorExpr)
	return ok
}

// isI18nErrorf reports whether c calls i18n.Errorf with the package's
// table.
func isI18nErrorf(c *ast.CallExpr) bool {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Errorf" {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	if !ok || pkg.Name != "i18n" || len(c.Args) == 0 {
		return false
	}
	table, ok := c.Args[0].(*ast.Ident)
	return ok && table.Name == "messagesID"
}

// structural reports whether a format has no words of its own but the
// package's name: "spbe: %w: %w" is said in Indonesian by saying what it
// wraps.
func structural(format string) bool {
	rest := strings.TrimPrefix(format, "spbe")
	for _, v := range i18n.Verbs(rest) {
		rest = strings.Replace(rest, v, "", 1)
	}
	return strings.Trim(rest, ": ") == ""
}

func TestMessagesIDVerbs(t *testing.T) {
	for en, id := range messagesID {
		assert.Equal(t, i18n.Verbs(en), i18n.Verbs(id), "%q → %q", en, id)
		assert.NotEmpty(t, id, en)
	}
	assert.True(t, structural("spbe: %w: %w"))
	assert.True(t, structural("%w"))
	assert.False(t, structural("spbe: %w: more than %d states"))
}

// TestEverySentinelHasIndonesian holds the package's sentinel errors to an
// Indonesian text; a new Err variable must be listed here to pass.
func TestEverySentinelHasIndonesian(t *testing.T) {
	sentinels := map[string]error{
		"ErrMalformed":        ErrMalformed,
		"ErrUnknownFramework": ErrUnknownFramework, "ErrFrameworkMismatch": ErrFrameworkMismatch,
		"ErrUnknownIndicator": ErrUnknownIndicator, "ErrDuplicate": ErrDuplicate,
		"ErrLevelRange": ErrLevelRange, "ErrUnanswered": ErrUnanswered, "errLevelCount": errLevelCount,
		"ErrWeights": ErrWeights, "errBands": errBands, "ErrExternal": ErrExternal,
		"errNoFramework": errNoFramework, "errOverflow": errOverflow, "ErrTooLarge": ErrTooLarge,
		"ErrTooManyRows": ErrTooManyRows, "errPlanTooLarge": errPlanTooLarge, "errNoResult": errNoResult,
	}
	_, files := sourceFiles(t)
	var declared []string
	for _, f := range files {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, spec := range g.Specs {
				for _, name := range spec.(*ast.ValueSpec).Names {
					if strings.HasPrefix(name.Name, "Err") {
						declared = append(declared, name.Name)
					}
				}
			}
		}
	}
	require.NotEmpty(t, declared)
	for _, name := range declared {
		err, ok := sentinels[name]
		if assert.True(t, ok, "%s is not listed in this test", name) {
			id := errorID(err)
			assert.NotEqual(t, err.Error(), id, "%s has no Indonesian", name)
		}
	}
	assert.Equal(t, "indikator tidak dikenal", errorID(ErrUnknownIndicator))
	assert.Equal(t, "level di luar rentang", errorID(ErrLevelRange))
}

// TestEveryParseErrorHasIndonesian holds the kind and what is wanted of
// every ParseError the package makes to an Indonesian rendering: those
// written out in the source (calls of unknown), and the kinds of the
// enums, which parseError makes from their tables and whose codes need
// none.
func TestEveryParseErrorHasIndonesian(t *testing.T) {
	fset, files := sourceFiles(t)
	n := 0
	for _, f := range files {
		ast.Inspect(f, func(node ast.Node) bool {
			c, ok := node.(*ast.CallExpr)
			if !ok || calledName(c) != "unknown" || len(c.Args) != 3 {
				return true
			}
			n++
			at := fset.Position(c.Pos()).String()
			for _, arg := range []ast.Expr{c.Args[0], c.Args[2]} {
				s, ok := stringOf(arg, "9")
				if !assert.True(t, ok, "%s: the kind and what is wanted must be literals", at) {
					continue
				}
				_, known := parseWord(s)
				assert.True(t, known, "%s: no Indonesian for %q", at, s)
			}
			return true
		})
	}
	for _, parse := range []func(string) error{
		func(s string) error { _, err := stages.Parse(s); return err },
		func(s string) error { _, err := methods.Parse(s); return err },
		func(s string) error { _, err := ParsePredicate(s); return err },
		func(s string) error { _, err := ParsePredicateBasis(s); return err },
		func(s string) error { _, err := ParseUnansweredPolicy(s); return err },
		func(s string) error { _, err := formats.Parse(s); return err },
		func(s string) error { _, err := limits.Parse(s); return err },
	} {
		var pe *smartcity.ParseError
		require.ErrorAs(t, parse("?"), &pe)
		n++
		_, known := parseWord(pe.Kind)
		assert.True(t, known, "no Indonesian for %q", pe.Kind)
	}
	assert.Greater(t, n, 5)
}

// TestEverySubjectHasIndonesian holds the subject of every check the
// package makes to Indonesian leading words.
func TestEverySubjectHasIndonesian(t *testing.T) {
	fset, files := sourceFiles(t)
	var subjects []string
	check := func(e ast.Expr, at string) {
		if c, ok := e.(*ast.CallExpr); ok && calledName(c) == "subject" {
			return // Assessment.subject, checked below
		}
		if id, ok := e.(*ast.Ident); ok && id.Name == "subject" {
			return // a parameter passing a subject on
		}
		s, ok := stringOf(e, " x")
		if assert.True(t, ok, "%s: a subject must start with a literal", at) {
			subjects = append(subjects, s)
			assert.NotEqual(t, s, subjectID(s), "%s: no Indonesian for the subject %q", at, s)
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(node ast.Node) bool {
			switch node := node.(type) {
			case *ast.CallExpr:
				if sel, ok := node.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "err" && len(node.Args) == 1 {
					check(node.Args[0], fset.Position(node.Pos()).String())
				}
			}
			return true
		})
	}
	assert.Greater(t, len(subjects), 5)
	for _, s := range []string{"assessment", `assessment "Pemerintah Kab. Rembang" 2024`, "assessment 2017"} {
		assert.NotEqual(t, s, subjectID(s))
	}
}

func TestSubjectID(t *testing.T) {
	tests := map[string]string{
		`assessment "Pemerintah Kab. Rembang" 2024`: `penilaian "Pemerintah Kab. Rembang" 2024`,
		"assessments":                      "daftar penilaian",
		`framework "permenpanrb-59-2020"`:  `kerangka evaluasi "permenpanrb-59-2020"`,
		"levels for permenpanrb-8-2026":    "level untuk permenpanrb-8-2026",
		`row 3 "Kab. A"`:                   `baris 3 "Kab. A"`,
		"plan for permenpanrb-59-2020":     "rencana untuk permenpanrb-59-2020",
		"cohort of permenpanrb-59-2020":    "kohort permenpanrb-59-2020",
		"weighted mean":                    "rata-rata tertimbang",
		"rowing":                           "rowing",
		"something the package never says": "something the package never says",
	}
	for en, id := range tests {
		assert.Equal(t, id, subjectID(en), en)
	}
}

// messagesOf returns the problems of err, which must hold some.
func messagesOf(t *testing.T, err error) smartcity.Problems {
	t.Helper()
	var ve smartcity.Problems
	require.ErrorAs(t, err, &ve)
	return ve
}

// errorID is err's text in Indonesian.
func errorID(err error) string {
	return messagesID.ErrorMessage(err, smartcity.Indonesian)
}

func TestMessage(t *testing.T) {
	pemdi, err := Lookup(PermenPANRB8of2026)
	require.NoError(t, err)
	wideHeader := "instansi,tahun"
	for i := 1; i <= 47; i++ {
		wideHeader += "," + strconv.Itoa(i)
	}
	wideRow := func(instansi, year string) string {
		return "\n" + instansi + "," + year + strings.Repeat(",3", 47)
	}

	tests := []struct {
		name string
		err  func() error
		// at is the problem looked at.
		at       int
		sentinel error
		field    string
		en, id   string
		// whole is the error's message in Indonesian; "" to leave it
		// unchecked.
		whole string
	}{{
		name: "indicator 21 of a 2026 assessment",
		err: func() error {
			_, err := pemdi.ScoreAssessment(&Assessment{Instansi: "Pemerintah Kab. Rembang", Year: 2026, Indicators: []Answer{{Indicator: 21, Level: 3}}}, Options{Unanswered: UnansweredZero})
			return err
		},
		sentinel: ErrUnknownIndicator,
		field:    "indicators[0].indicator",
		en:       "indicators[0].indicator: unknown indicator: permenpanrb-8-2026 has no indicator 21",
		id:       "indicators[0].indicator: indikator tidak dikenal: permenpanrb-8-2026 tidak memiliki indikator 21",
		whole:    `spbe: penilaian "Pemerintah Kab. Rembang" 2026 tidak sah: indicators[0].indicator: indikator tidak dikenal: permenpanrb-8-2026 tidak memiliki indikator 21`,
	}, {
		name: "an outside score out of range",
		err: func() error {
			_, err := pemdi.ScoreAssessment(&Assessment{Year: 2026, Indicators: []Answer{{Indicator: 5, External: &ExternalScore{Source: "sdi", Score: "101"}}}}, Options{Unanswered: UnansweredZero})
			return err
		},
		sentinel: ErrExternal,
		field:    "indicators[0].external.score",
		en:       `indicators[0].external.score: sdi score "101" is outside 0–100`,
		id:       `indicators[0].external.score: skor sdi "101" berada di luar 0–100`,
		whole:    `spbe: penilaian 2026 tidak sah: indicators[0].external.score: skor sdi "101" berada di luar 0–100`,
	}, {
		name: "an outside score from another source",
		err: func() error {
			_, err := pemdi.ScoreAssessment(&Assessment{Year: 2026, Indicators: []Answer{{Indicator: 6, External: &ExternalScore{Source: "sdi", Score: "1"}}}}, Options{Unanswered: UnansweredZero})
			return err
		},
		sentinel: ErrExternal,
		field:    "indicators[0].external.source",
		en:       `indicators[0].external.source: outside score not convertible: indicator 6 takes its outside score from "sjig", not "sdi"`,
		id:       `indicators[0].external.source: skor luar tidak dapat dikonversi: skor luar indikator 6 berasal dari "sjig", bukan "sdi"`,
	}, {
		name: "bands that do not rise",
		err: func() error {
			spec := pemdi.Spec()
			spec.Bands[2].From = "1.25"
			_, err := NewFramework(spec)
			return err
		},
		sentinel: errBands,
		field:    "bands[2].from",
		en:       "bands[2].from: invalid predikat bands: 1.25 is not above 1.50",
		id:       "bands[2].from: rentang predikat tidak sah: 1.25 tidak melebihi 1.50",
		whole:    `spbe: kerangka evaluasi "permenpanrb-8-2026" tidak sah: bands[2].from: rentang predikat tidak sah: 1.25 tidak melebihi 1.50`,
	}, {
		name: "weights that do not add up",
		err: func() error {
			spec := Default().Spec()
			spec.Indicators[0].WeightBP++
			_, err := NewFramework(spec)
			return err
		},
		sentinel: ErrWeights,
		field:    "aspects[0].weight_bp",
		en:       `aspects[0].weight_bp: weights do not add up: aspect "A1" weighs 13.00% but its indicators add up to 13.01%`,
		id:       `aspects[0].weight_bp: jumlah bobot tidak sesuai: bobot aspek "A1" 13.00%, tetapi jumlah bobot indikatornya 13.01%`,
	}, {
		name: "a year before 2018",
		err: func() error {
			_, err := (&Assessment{Year: 2017}).ResolveFramework(nil)
			return err
		},
		sentinel: errNoFramework,
		field:    "tahun",
		en:       "tahun: no framework for the year: no SPBE or Pemdi evaluation was held in 2017; the first was in 2018",
		id:       "tahun: tidak ada kerangka evaluasi untuk tahun itu: tidak ada evaluasi SPBE atau Pemdi pada tahun 2017; evaluasi pertama diadakan pada 2018",
		whole:    "spbe: penilaian 2017 tidak sah: tahun: tidak ada kerangka evaluasi untuk tahun itu: tidak ada evaluasi SPBE atau Pemdi pada tahun 2017; evaluasi pertama diadakan pada 2018",
	}, {
		name:     "a wide CSV row of another rule",
		err:      reading(ReadAssessments, wideHeader+wideRow("Kab. A", "2025")+wideRow("Kab. B", "2026"), ReadOptions{}),
		sentinel: ErrFrameworkMismatch,
		field:    "line 3, column 2 (tahun)",
		en:       "line 3, column 2 (tahun): framework mismatch: 2026 is evaluated under permenpanrb-8-2026 (20 indicators), but the columns are the 47 indicators of permenpanrb-59-2020",
		id:       "baris 3, kolom 2 (tahun): kerangka evaluasi tidak sesuai: tahun 2026 dievaluasi dengan permenpanrb-8-2026 (20 indikator), tetapi kolomnya adalah 47 indikator permenpanrb-59-2020",
		whole:    "spbe: daftar penilaian tidak sah: baris 3, kolom 2 (tahun): kerangka evaluasi tidak sesuai: tahun 2026 dievaluasi dengan permenpanrb-8-2026 (20 indikator), tetapi kolomnya adalah 47 indikator permenpanrb-59-2020",
	}, {
		name: "a level out of range in a wide CSV",
		err: func() error {
			_, err := ReadAssessments(strings.NewReader(wideHeader+strings.Replace(wideRow("Kab. A", "2024"), ",3", ",8", 1)), ReadOptions{})
			return err
		},
		sentinel: ErrLevelRange,
		field:    "line 2, column 3 (1)",
		en:       "line 2, column 3 (1): level 8 is outside 1–5",
		id:       "baris 2, kolom 3 (1): level 8 berada di luar 1–5",
	}, {
		name:  "a level that is not a number in a long CSV, and evidence",
		err:   reading(ReadAssessments, "indikator,level,bukti\n1,x,SK <https://a.go.id/sk.pdf> | Perbup <ftp://x>\n", ReadOptions{}),
		field: "line 2, column 2 (level)",
		en:    `line 2, column 2 (level): unknown level "x" (want a whole number from 0 to 9)`,
		id:    `baris 2, kolom 2 (level): level "x" tidak dikenal (seharusnya bilangan bulat dari 0 sampai 9)`,
		whole: `spbe: penilaian tidak sah: baris 2, kolom 2 (level): level "x" tidak dikenal (seharusnya bilangan bulat dari 0 sampai 9); baris 2, kolom 3 (bukti[1].url): "ftp://x" bukan alamat http atau https`,
	}, {
		name:     "a price given twice",
		err:      reading(DecodeCosts, "indikator,biaya,level\n1,5,3\n1,6,3\n", ReadOptions{}),
		sentinel: ErrDuplicate,
		field:    "line 3, column 1 (indikator)",
		en:       "line 3, column 1 (indikator): duplicate: indicator 1 to level 3 is priced also on line 2",
		id:       "baris 3, kolom 1 (indikator): duplikat: biaya kenaikan indikator 1 ke level 3 juga diberikan pada baris 2",
	}, {
		name: "a level vector of the wrong length",
		err: func() error {
			_, err := Default().Score(Levels{1, 2}, Options{})
			return err
		},
		sentinel: errLevelCount,
		field:    "levels",
		en:       "levels: 2 levels for 47 indicators",
		id:       "levels: 2 level untuk 47 indikator",
		whole:    "spbe: level untuk permenpanrb-59-2020 tidak sah: levels: 2 level untuk 47 indikator",
	}, {
		name: "an unanswered indicator",
		err: func() error {
			lv := Default().NewLevels()
			for i := range lv {
				lv[i] = 3
			}
			lv[36] = Unanswered
			_, err := Default().Score(lv, Options{})
			return err
		},
		sentinel: ErrUnanswered,
		field:    "levels[36]",
		en:       "levels[36]: unanswered indicator: indicator 37 has no level",
		id:       "levels[36]: indikator belum dijawab: indikator 37 tidak memiliki level",
	}, {
		name: "an unknown framework in a cohort",
		err: func() error {
			_, err := GroupByFramework([]Member{{Framework: "nope", Index: smartcity.NewNumber(3, 1)}})
			return err
		},
		sentinel: ErrUnknownFramework,
		field:    "members[0].framework",
		en:       `members[0].framework: unknown framework "nope" (built in: permenpanrb-8-2026, permenpanrb-59-2020, permenpanrb-5-2018)`,
		id:       `members[0].framework: kerangka evaluasi "nope" tidak dikenal (bawaan: permenpanrb-8-2026, permenpanrb-59-2020, permenpanrb-5-2018)`,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.err()
			ve := messagesOf(t, err)
			require.Greater(t, len(ve), tt.at)
			p := ve[tt.at]
			assert.Equal(t, tt.field, at(p))
			if tt.sentinel != nil {
				assert.ErrorIs(t, err, tt.sentinel)
				assert.ErrorIs(t, p, tt.sentinel)
			} else {
				assert.ErrorAs(t, p, new(*smartcity.ParseError))
			}
			assert.Equal(t, tt.en, p.Error())
			assert.Equal(t, tt.en, p.Message(smartcity.English))
			assert.Equal(t, tt.id, p.Message(smartcity.Indonesian))
			assert.Equal(t, tt.id, p.Message(0), "the zero Lang is Indonesian")
			assert.True(t, strings.HasSuffix(err.Error(), ": "+ve.Message(smartcity.English)), err.Error())
			id := smartcity.ErrorMessage(err, smartcity.Indonesian)
			assert.True(t, strings.HasSuffix(id, ": "+ve.Message(smartcity.Indonesian)), id)
			if tt.whole != "" {
				assert.Equal(t, tt.whole, id)
			}
			assert.True(t, strings.HasPrefix(id, "spbe: "))
		})
	}
}

func TestMessageRendersEveryProblem(t *testing.T) {
	pemdi, err := Lookup(PermenPANRB8of2026)
	require.NoError(t, err)
	a := &Assessment{Instansi: "Kab. A", Year: 2026, Indicators: []Answer{
		{Indicator: 21, Level: 3},
		{Indicator: 5, External: &ExternalScore{Source: "sdi", Score: "101"}},
		{Indicator: 3, Level: 9},
		{Indicator: 3, Level: 2},
	}}
	_, err = pemdi.ScoreAssessment(a, Options{})
	ve := messagesOf(t, err)
	id := smartcity.ErrorMessage(err, smartcity.Indonesian)
	for _, p := range ve {
		assert.Contains(t, id, p.Message(smartcity.Indonesian))
	}
	assert.Equal(t, `spbe: penilaian "Kab. A" 2026 tidak sah: `+
		`indicators[0].indicator: indikator tidak dikenal: permenpanrb-8-2026 tidak memiliki indikator 21; `+
		`indicators[1].external.score: skor sdi "101" berada di luar 0–100; `+
		`indicators[2].level: level di luar rentang: level 9 berada di luar 1–5; `+
		`indicators[3].indicator: duplikat: indikator 3 juga dijawab pada indicators[2]; `+
		`indicators: indikator belum dijawab: 19 dari 20 indikator tidak memiliki level: `+
		`1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20`, id)
	for _, word := range []string{" is ", " has ", "unknown", "outside", "no level", " of "} {
		assert.NotContains(t, id, word)
	}

	// More problems than are listed.
	lv := make(Levels, 47)
	_, err = Default().Score(lv, Options{})
	ve = messagesOf(t, err)
	require.Len(t, ve, 47)
	assert.True(t, strings.HasSuffix(ve.Message(smartcity.Indonesian), "; dan 27 masalah lainnya"), ve.Message(smartcity.Indonesian))
	assert.True(t, strings.HasSuffix(ve.Message(smartcity.English), "; and 27 more"))
}

func TestMessageOfAProblemMadeElsewhere(t *testing.T) {
	// Built by hand: rendered from Err.
	p := smartcity.Problem{Line: 2, Column: 1, Err: fmt.Errorf("%w", ErrDuplicate)}
	assert.Equal(t, "baris 2, kolom 1: duplikat", p.Message(smartcity.Indonesian))
	p = smartcity.Problem{Path: "x", Err: fmt.Errorf("checked by the portal: %w; %w", ErrWeights, errBands)}
	assert.Equal(t, "x: checked by the portal: jumlah bobot tidak sesuai; rentang predikat tidak sah", p.Message(smartcity.Indonesian))
	p = smartcity.Problem{Err: errors.New("a text of the caller's")}
	assert.Equal(t, "a text of the caller's", p.Message(smartcity.Indonesian))
	assert.Equal(t, p.Error(), p.Message(smartcity.English))
	p = smartcity.Problem{Path: "weights", Err: errorfWrap(ErrWeights, "%d values need %d positive weights, got %d", 2, 2, 3)}
	assert.Equal(t, "weights: 2 nilai memerlukan 2 bobot positif, diberikan 3", p.Message(smartcity.Indonesian))

	// An Err replaced after the check: the kept rule no longer applies.
	var ps problems
	ps.add("tahun", "year %d is not between %d and %d", 1800, minYear, maxYear)
	p = ps[0]
	assert.Equal(t, "tahun: tahun 1800 tidak berada antara 1900 dan 2999", p.Message(smartcity.Indonesian))
	p.Err = errNoFramework
	assert.Equal(t, "tahun: tidak ada kerangka evaluasi untuk tahun itu", p.Message(smartcity.Indonesian))
	assert.Equal(t, "tahun: no framework for the year", p.Message(smartcity.English))

	// Without a subject.
	assert.Equal(t, "spbe: tidak sah: tahun: tahun 1800 tidak berada antara 1900 dan 2999", errorID(ps.err("")))
	assert.Equal(t, "spbe: biaya tidak sah: tahun: tahun 1800 tidak berada antara 1900 dan 2999", errorID(ps.err("costs")))
}

func TestParseErrorMessage(t *testing.T) {
	tests := []struct {
		err    func() error
		en, id string
	}{
		{func() error { _, err := ParseLevel("x"); return err },
			`unknown level "x" (want a whole number from 0 to 9)`,
			`level "x" tidak dikenal (seharusnya bilangan bulat dari 0 sampai 9)`},
		{func() error { _, err := ParseLevel(" "); return err },
			`empty level (want a whole number from 0 to 9)`,
			`level kosong (seharusnya bilangan bulat dari 0 sampai 9)`},
		{func() error { _, err := stages.Parse("lapangan"); return err },
			`unknown stage "lapangan" (want mandiri, dokumen, interviu or visitasi)`,
			`tahap "lapangan" tidak dikenal (seharusnya mandiri, dokumen, interviu atau visitasi)`},
		{func() error { _, err := stages.Parse("dokumne"); return err },
			`unknown stage "dokumne" (did you mean dokumen?)`,
			`tahap "dokumne" tidak dikenal (mungkin yang dimaksud dokumen?)`},
		{func() error { _, err := ParsePredicate("Bagus"); return err },
			`unknown predicate "Bagus" (want Kurang, Cukup, Baik, Sangat Baik or Memuaskan)`,
			`predikat "Bagus" tidak dikenal (seharusnya Kurang, Cukup, Baik, Sangat Baik atau Memuaskan)`},
		{func() error { _, err := ParseTarget(""); return err },
			`empty target (want an index such as "4.2" or a predikat such as "Memuaskan")`,
			`target kosong (seharusnya indeks seperti "4.2" atau predikat seperti "Memuaskan")`},
		{func() error { _, err := ParseUnansweredPolicy("abaikan"); return err },
			`unknown unanswered policy "abaikan" (want error or zero)`,
			`perlakuan indikator yang belum dijawab "abaikan" tidak dikenal (seharusnya error atau zero)`},
	}
	for _, tt := range tests {
		err := tt.err()
		var pe *smartcity.ParseError
		require.ErrorAs(t, err, &pe, tt.en)
		assert.ErrorAs(t, err, new(*smartcity.ParseError))
		assert.Equal(t, tt.en, err.Error())
		assert.Equal(t, tt.en, pe.Message(smartcity.English))
		assert.Equal(t, tt.id, pe.Message(smartcity.Indonesian))
	}
	// A kind the package does not know is kept.
	var pe *smartcity.ParseError
	require.ErrorAs(t, unknown("colour", "red", "blue"), &pe)
	assert.Equal(t, `colour "red" tidak dikenal (seharusnya blue)`, pe.Message(smartcity.Indonesian))
}

// TestMessageKeepsErrors checks that remembering the format changes
// neither the text of an error nor what errors.Is and errors.As find.
func TestMessageKeepsErrors(t *testing.T) {
	var ps problems
	ps.add("indicators[3].level", "%w: level %d is outside %d–%d", ErrLevelRange, Level(7), Level(1), Level(5))
	ps.add("x", "%w", unknown("level", "x", "a whole number from 0 to 9"))
	err := ps.err(`assessment "A" 2024`)
	assert.EqualError(t, err, `spbe: invalid assessment "A" 2024: indicators[3].level: level out of range: level 7 is outside 1–5; x: unknown level "x" (want a whole number from 0 to 9)`)
	assert.ErrorAs(t, err, new(smartcity.Problems))
	assert.ErrorIs(t, err, ErrLevelRange)
	assert.ErrorAs(t, err, new(*smartcity.ParseError))
	var pe *smartcity.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, "x", pe.Input)
	var p smartcity.Problem
	require.ErrorAs(t, err, &p)
	assert.Equal(t, "indicators[3].level", at(p))
	assert.Equal(t, "level out of range: level 7 is outside 1–5", p.Err.Error())
	assert.ErrorIs(t, p.Err, ErrLevelRange)

	w := errorfWrap(ErrExternal, "%s score %s is outside %s–%s", "sdi", `"101"`, "0", "100")
	assert.EqualError(t, w, `sdi score "101" is outside 0–100`)
	assert.ErrorIs(t, w, ErrExternal)

	// Problems stay comparable values.
	q := ps[0]
	assert.True(t, q == ps[0])
	assert.True(t, slices.Contains(ps, q))
}

// TestReadingErrorsInBothLanguages: a file that cannot be read is said in
// Indonesian as a whole — the sentinel, the place and the rule — and its
// English is Error's text.
func TestReadingErrorsInBothLanguages(t *testing.T) {
	header20 := "instansi,tahun"
	for i := 1; i <= 20; i++ {
		header20 += "," + strconv.Itoa(i)
	}
	tests := []struct {
		name   string
		err    func() error
		en, id string
	}{
		{"a JSON assessment cut off", func() error {
			_, err := DecodeAssessment(strings.NewReader(`{"instansi": "x", "tahun": 2024, "indicators": [`+"\n"), 0)
			return err
		}, "spbe: malformed input: line 1, column 49: unexpected end of the document",
			"spbe: masukan rusak: baris 1, kolom 49: dokumen berakhir sebelum waktunya"},
		{"a JSON field misspelt", reading(ReadAssessments, `[{"instansi": "x"}, {"instansi": "y", "indicators": [{"indicator": 1, "lvel": 3}]}]`, ReadOptions{}), `spbe: malformed input: line 1, column 71 ([1].indicators[0].lvel): unknown field "lvel"`,
			`spbe: masukan rusak: baris 1, kolom 71 ([1].indicators[0].lvel): kolom "lvel" tidak dikenal`},
		{"a level as text", func() error {
			_, err := DecodeAssessment(strings.NewReader(`{"indicators": [{"indicator": 1, "level": "tinggi"}]}`), 0)
			return err
		}, `spbe: malformed input: line 1, column 50 (indicators[0].level): cannot use JSON string as spbe.Level`,
			`spbe: masukan rusak: baris 1, kolom 50 (indicators[0].level): nilai JSON berupa teks tidak dapat dibaca sebagai bilangan bulat`},
		{"an empty input", reading(ReadAssessments, " \n", ReadOptions{}), "spbe: malformed input: empty input", "spbe: masukan rusak: masukan kosong"},
		{"an input over the limit", reading(ReadAssessments, strings.Repeat(" ", 2048), ReadOptions{Limit: 1024}), "spbe: malformed input: input exceeds the size limit of 1024 bytes",
			"spbe: masukan rusak: masukan melebihi batas ukuran 1 KiB"},
		{"too many rows", reading(ReadAssessments, "indikator,level\n1,3\n2,3\n3,3\n", ReadOptions{MaxRows: 2}), "spbe: malformed input: line 4: too many rows: more than 2 data rows",
			"spbe: masukan rusak: baris 4: baris terlalu banyak: lebih dari 2 baris data"},
		{"an unknown column of a long CSV", reading(DecodeLongCSV, "indikator;level;nilai\n1;3;4\n", ReadOptions{}), `spbe: malformed input: line 1, column 3 (nilai): unknown column "nilai" (want indikator, level, tahun, tahap, penjelasan, bukti)`,
			`spbe: masukan rusak: baris 1, kolom 3 (nilai): kolom "nilai" tidak dikenal (seharusnya indikator, level, tahun, tahap, penjelasan, bukti)`},
		{"a column twice", reading(DecodeLongCSV, "indikator,level,indicator\n", ReadOptions{}), `spbe: malformed input: line 1, column 3 (indicator): column "indikator" is given twice`,
			`spbe: masukan rusak: baris 1, kolom 3 (indicator): kolom "indikator" tercantum dua kali`},
		{"a long CSV without levels", reading(DecodeLongCSV, "indikator,tahun\n", ReadOptions{}), `spbe: malformed input: line 1: the header needs the columns "indikator" and "level"`,
			`spbe: masukan rusak: baris 1: baris judul harus memuat kolom "indikator" dan "level"`},
		{"a wide CSV without tahun", reading(openWideReader, strings.Replace(header20, ",tahun", "", 1)+"\n", ReadOptions{Framework: mustLookup(t, PermenPANRB8of2026)}), `spbe: malformed input: line 1: the header needs the columns "instansi" and "tahun" and one column per indicator`,
			`spbe: masukan rusak: baris 1: baris judul harus memuat kolom "instansi" dan "tahun" serta satu kolom untuk setiap indikator`},
		{"a wide CSV with tahun twice", reading(openWideReader, header20+",year\n", ReadOptions{Framework: mustLookup(t, PermenPANRB8of2026)}), `spbe: malformed input: line 1, column 23 (year): column "tahun" is given twice`,
			`spbe: masukan rusak: baris 1, kolom 23 (year): kolom "tahun" tercantum dua kali`},
		{"a wide CSV with an indicator twice", reading(openWideReader, header20+",01\n", ReadOptions{Framework: mustLookup(t, PermenPANRB8of2026)}), `spbe: malformed input: line 1, column 23 (01): indicator 1 has two columns`,
			`spbe: masukan rusak: baris 1, kolom 23 (01): indikator 1 memiliki dua kolom`},
		{"a wide CSV with an indicator the framework lacks", reading(openWideReader, header20+",21\n", ReadOptions{Framework: mustLookup(t, PermenPANRB8of2026)}), `spbe: malformed input: line 1, column 23 (21): unknown indicator: permenpanrb-8-2026 has no indicator 21`,
			`spbe: masukan rusak: baris 1, kolom 23 (21): indikator tidak dikenal: permenpanrb-8-2026 tidak memiliki indikator 21`},
		{"a wide CSV short of indicators", reading(openWideReader, "instansi,tahun,1,2\n", ReadOptions{Framework: mustLookup(t, PermenPANRB8of2026)}), `spbe: malformed input: line 1: no column for indicators 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 of permenpanrb-8-2026`,
			`spbe: masukan rusak: baris 1: tidak ada kolom untuk indikator 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 dari permenpanrb-8-2026`},
		{"a costs file without costs", reading(DecodeCosts, "indikator\n", ReadOptions{}), `spbe: malformed input: line 1: the header needs the columns "indikator" and "cost" (and optionally "level")`,
			`spbe: masukan rusak: baris 1: baris judul harus memuat kolom "indikator" dan "cost" (serta, bila perlu, "level")`},
		{"an unknown framework", func() error {
			_, err := Lookup("ipd-2025")
			return err
		}, `spbe: unknown framework "ipd-2025" (built in: permenpanrb-8-2026, permenpanrb-59-2020, permenpanrb-5-2018)`,
			`spbe: kerangka evaluasi "ipd-2025" tidak dikenal (bawaan: permenpanrb-8-2026, permenpanrb-59-2020, permenpanrb-5-2018)`},
		{"a framework file cut off", func() error {
			_, err := DecodeFramework(strings.NewReader(`{"id": "x",`), 0)
			return err
		}, "spbe: malformed input: line 1, column 11: unexpected end of the document",
			"spbe: masukan rusak: baris 1, kolom 11: dokumen berakhir sebelum waktunya"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.err()
			require.Error(t, err)
			if tt.name == "an unknown framework" {
				assert.ErrorIs(t, err, ErrUnknownFramework)
			} else {
				assert.ErrorIs(t, err, ErrMalformed)
			}
			assert.Equal(t, tt.en, err.Error())
			assert.Equal(t, tt.en, smartcity.ErrorMessage(err, smartcity.English))
			assert.Equal(t, tt.id, smartcity.ErrorMessage(err, smartcity.Indonesian))
			assert.Equal(t, tt.id, smartcity.ErrorMessage(err, 0), "the zero Lang is Indonesian")
		})
	}
}

func mustLookup(t *testing.T, id string) *Framework {
	t.Helper()
	fw, err := Lookup(id)
	require.NoError(t, err)
	return fw
}

// reading returns the error of reading text with read, for the tables of
// messages.
func reading[T any](read func(io.Reader, ReadOptions) (T, error), text string, opt ReadOptions) func() error {
	return func() error {
		_, err := read(strings.NewReader(text), opt)
		return err
	}
}
