package spbe

import (
	"bytes"
	"encoding/json"
	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/enum"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kotacerdas/smartcity"
)

func FuzzDecodeAssessment(f *testing.F) {
	for _, name := range []string{"rembang-2023.json", "rembang-2024.json", "sumedang-2024.json"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"instansi":"x","indicators":[{"indicator":1,"level":4,"stage":"interviu","stages":[{"stage":"mandiri","level":5}],"bukti":[{"title":"a","url":"https://a.go.id","sha256":"00"}]}]}`))
	f.Add([]byte(`[{"instansi":"x","indicators":[]}]`))
	f.Add([]byte(`{"instansi":1}`))
	f.Add([]byte(`{"instansi":"x","tahun":2026,"indicators":[{"indicator":5,"level":0,"external":{"source":"sdi","score":"62.5"}},{"indicator":7,"external":{"source":"epss"}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := DecodeAssessment(bytes.NewReader(data), 1<<20)
		if err != nil {
			return
		}
		for fw := range Frameworks() {
			_ = a.Validate(fw)
			for _, u := range []UnansweredPolicy{UnansweredError, UnansweredZero} {
				res, err := fw.ScoreAssessment(a, Options{Unanswered: u})
				if err != nil {
					continue
				}
				if !res.Index.IsValid() {
					t.Fatalf("scored without a valid index")
				}
				checkExternalLevels(t, fw, a, res)
			}
		}
		// What was decoded encodes to a document that decodes to itself.
		enc, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("decoded assessment does not encode: %v", err)
		}
		back, err := DecodeAssessment(bytes.NewReader(enc), 0)
		if err != nil {
			t.Fatalf("re-decoding %s: %v", enc, err)
		}
		again, _ := json.Marshal(back)
		if !bytes.Equal(enc, again) {
			t.Fatalf("round trip changed\n%s\n%s", enc, again)
		}
	})
}

// checkExternalLevels checks that res, the result of scoring a under fw,
// took the level of every outside score of a from its conversion (1 when
// the score is pending) and recorded each in res.External, in indicator
// order.
func checkExternalLevels(t *testing.T, fw *Framework, a *Assessment, res *Result) {
	t.Helper()
	var want []ExternalLevel
	for _, ans := range a.Indicators {
		if ans.External == nil {
			continue
		}
		l, err := fw.Convert(ans.Indicator, *ans.External)
		if err != nil {
			t.Fatalf("indicator %d scored with an outside score that does not convert: %v", ans.Indicator, err)
		}
		if pos, _ := fw.Position(ans.Indicator); res.Levels[pos] != l {
			t.Fatalf("indicator %d scored at %d, its outside score converts to %d", ans.Indicator, res.Levels[pos], l)
		}
		want = append(want, ExternalLevel{Indicator: ans.Indicator, Source: ans.External.Source, Score: ans.External.Score, Level: l, Pending: ans.External.Score == ""})
	}
	slices.SortFunc(want, func(x, y ExternalLevel) int { return x.Indicator - y.Indicator })
	if len(want) != len(res.External) || (len(want) > 0 && !reflect.DeepEqual(want, res.External)) {
		t.Fatalf("outside scores recorded as %+v, want %+v", res.External, want)
	}
}

func FuzzDecodeLongCSV(f *testing.F) {
	f.Add([]byte(longCSV(namedRows[8].levels, ";")))
	f.Add([]byte("\ufeffindikator,level,tahap,penjelasan,bukti\n1,Terdefinisi,dokumen,\"a;b\",Perbup <https://a.go.id/p.pdf> | b.pdf\n32,5,,,\n"))
	f.Add([]byte("indikator,level\n1,\"3\n"))
	f.Add([]byte("indicator;tingkat\n99;9\n"))
	f.Add([]byte("indikator,,level\n1,,3\n2,x,4\n"))
	f.Add([]byte("indikator,level,bukti\n1,3,\"A <a.pdf>, B <b.pdf>\"\n"))
	// As spreadsheets write it: a header block, aliases, a No column,
	// whole levels with decimals, names in any case, empty rows.
	f.Add([]byte("Nama Instansi;Kab. A;;\nTahun;2024;;\n;;;\nNo;No. Indikator;Tingkat Kematangan;Bukti Dukung\n1;1;5,0;\n2;2;  terDEFINISI ;\n;;;\n"))
	f.Add([]byte("Tahun;2026\nTahun;2025\nInstansi;x\nindikator;level;tahun\n1;3,5;2024\n"))
	f.Add([]byte("Instansi;A\nInstansi;B\nInstansi;C\nInstansi;D\nInstansi;E\nInstansi;F\nInstansi;G\nInstansi;H\nInstansi;I\nindikator;level\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := DecodeLongCSV(bytes.NewReader(data), ReadOptions{Limit: 1 << 20, MaxRows: 1000})
		if err != nil {
			return
		}
		fw := Default()
		want, err := fw.LevelsOf(a, Options{Unanswered: UnansweredZero})
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteLongCSV(&buf, fw, a, CSVOptions{}); err != nil {
			return // titles with separators cannot be written
		}
		back, err := DecodeLongCSV(&buf, ReadOptions{})
		if err != nil {
			t.Fatalf("re-reading what was written: %v\n%s", err, buf.String())
		}
		got, err := fw.LevelsOf(back, Options{Unanswered: UnansweredZero})
		if err != nil || !slicesEqual(got, want) {
			t.Fatalf("levels changed: %v → %v (%v)", want, got, err)
		}
	})
}

func FuzzDecodeWideCSV(f *testing.F) {
	f.Add([]byte(wideCSV(",")))
	f.Add([]byte(wideCSV(";")))
	f.Add([]byte("instansi,tahun,1\nKab. A,2024,3\n"))
	f.Add([]byte("instansi;tahun;" + strings.Repeat("1;", 34) + "35\n"))
	f.Add([]byte("instansi,tahun,1\nKab. A,2024,3\nKAB.  a,2024,2\n"))
	// As spreadsheets write it, with the columns a sheet computes.
	f.Add([]byte("No;Nama Instansi;Tahun Evaluasi;Indikator 1;Indikator 2;Indikator 3;Indeks;Predikat;D1;Aspek 2;\n1;A;2024;3,0;4.00;5;3,98;Baik;x;2,5;\n;;;;\n"))
	f.Add([]byte(wide26("Indeks;Predikat;A1;Aspek 7;Index", "3,00;Baik;3;3.0;9/2")))
	f.Fuzz(func(t *testing.T, data []byte) {
		var warnings smartcity.Problems
		as, err := DecodeWideCSV(bytes.NewReader(data), ReadOptions{Limit: 1 << 20, MaxRows: 1000, Warnings: &warnings})
		for _, w := range warnings {
			if w.Severity != smartcity.Warning || w.Rule != StatedValueRule || w.Line < 2 {
				t.Fatalf("a warning of another kind: %#v", w)
			}
		}
		if err != nil || len(as) == 0 {
			return
		}
		// One row per instansi and year, names compared folded.
		seen := map[string]bool{}
		for _, a := range as {
			key := enum.Fold(a.Instansi) + "\x00" + strconv.Itoa(a.Year)
			if seen[key] {
				t.Fatalf("%q %d read twice", a.Instansi, a.Year)
			}
			seen[key] = true
		}
		fw, err := as[0].ResolveFramework(nil)
		if err != nil {
			t.Fatalf("a wide CSV gave an unknown framework: %v", err)
		}
		var buf bytes.Buffer
		if err := WriteWideCSV(&buf, fw, as, CSVOptions{Semicolon: true}); err != nil {
			t.Fatalf("writing what was read: %v", err)
		}
		back, err := DecodeWideCSV(&buf, ReadOptions{Framework: fw})
		if err != nil {
			t.Fatalf("re-reading what was written: %v\n%s", err, buf.String())
		}
		if len(back) != len(as) {
			t.Fatalf("%d assessments became %d", len(as), len(back))
		}
		for i := range as {
			a, b := &as[i], &back[i]
			// The writer defuses a formula-like name with a quote, which
			// the reader keeps (csvio.Escape).
			if csvio.Escape(a.Instansi) != b.Instansi || a.Year != b.Year {
				t.Fatalf("row %d changed: %+v → %+v", i, a, b)
			}
			want, err1 := fw.LevelsOf(a, Options{Unanswered: UnansweredZero})
			got, err2 := fw.LevelsOf(b, Options{Unanswered: UnansweredZero})
			if (err1 == nil) != (err2 == nil) || !slicesEqual(want, got) {
				t.Fatalf("row %d levels changed: %v → %v (%v, %v)", i, want, got, err1, err2)
			}
		}
	})
}

// FuzzUnmarshalFramework reads any bytes as a framework: what loads writes
// back to JSON that loads into the same framework, and scores a uniform
// level as that level. The seeds are small frameworks (the corpus holds
// ones with bands, conversion tables and methods), so that the fuzzer
// mutates and minimizes quickly; TestUnmarshalFrameworkBuiltins runs the same
// checks on the built-ins.
func FuzzUnmarshalFramework(f *testing.F) {
	f.Add([]byte(ipd2025))
	f.Add([]byte(`{"id":"x","min_level":0,"max_level":9}`))
	f.Fuzz(checkUnmarshalFramework)
}

// TestUnmarshalFrameworkBuiltins runs FuzzUnmarshalFramework's checks on the
// built-in frameworks.
func TestUnmarshalFrameworkBuiltins(t *testing.T) {
	for fw := range Frameworks() {
		t.Run(fw.ID(), func(t *testing.T) { checkUnmarshalFramework(t, mustJSON(t, fw)) })
	}
}

// checkUnmarshalFramework is FuzzUnmarshalFramework's check of data.
func checkUnmarshalFramework(t *testing.T, data []byte) {
	fw, err := UnmarshalFramework(data)
	if err != nil {
		return
	}
	enc, err := json.Marshal(fw)
	if err != nil {
		t.Fatal(err)
	}
	back, err := UnmarshalFramework(enc)
	if err != nil {
		t.Fatalf("a valid framework does not load back: %v", err)
	}
	if string(mustJSON(t, back)) != string(enc) {
		t.Fatalf("round trip changed the framework")
	}
	if !reflect.DeepEqual(fw.Spec(), back.Spec()) {
		t.Fatalf("round trip changed the spec")
	}
	for _, l := range []Level{0, fw.MinLevel(), fw.MaxLevel(), LevelLimit} {
		lv := fw.NewLevels()
		for i := range lv {
			lv[i] = l
		}
		res, err := fw.Score(lv, Options{Unanswered: UnansweredZero})
		if err == nil && res.Index.Cmp(smartcity.NewNumber(int64(l), 1)) != 0 {
			t.Fatalf("uniform level %d scored %s", l, res.Index.Exact())
		}
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func slicesEqual(a, b Levels) bool { return string(a) == string(b) }

func FuzzParseLevel(f *testing.F) {
	for _, s := range []string{"0", "3", " 5 ", "10", "Terdefinisi", "kolaborasi", "", "-1", "٣", "5,0", "4.00", "3,5", "3.", ",0", "  terDEFINISI "} {
		f.Add(s, 1)
	}
	f.Add("Transaksi", 41)
	f.Fuzz(func(t *testing.T, s string, number int) {
		if l, err := ParseLevel(s); err == nil {
			if back, err := ParseLevel(l.String()); err != nil || back != l {
				t.Fatalf("%q → %d → %v, %v", s, l, back, err)
			}
		}
		fw := Default()
		if l, err := fw.parseLevel(number, s); err == nil {
			if l != Unanswered && !fw.validLevel(l) {
				t.Fatalf("%q gave level %d outside the framework", s, l)
			}
			if back, err := fw.parseLevel(number, l.String()); err != nil || back != l {
				t.Fatalf("%q → %d → %v, %v", s, l, back, err)
			}
		}
	})
}

func FuzzParsePredicate(f *testing.F) {
	for _, s := range []string{"Sangat Baik", "sangat_baik", "MEMUASKAN", "very good", "", "Baik Sekali"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePredicate(s)
		if err != nil {
			return
		}
		if !predicates.IsValid(p) {
			t.Fatalf("%q parsed to invalid %d", s, p)
		}
		if back, err := ParsePredicate(p.String()); err != nil || back != p {
			t.Fatalf("%q → %s → %v, %v", s, p, back, err)
		}
	})
}

// FuzzPredicateOf: every framework gives any number it reads a predikat,
// on either basis.
func FuzzPredicateOf(f *testing.F) {
	for _, s := range []string{"3.64", "3,64", "727/200", "-9223372036854775808/1", "0/5", "4", "4.195"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, err := smartcity.ParseNumber(s)
		if err != nil {
			return
		}
		for fw := range Frameworks() {
			for _, basis := range []PredicateBasis{Rounded, Unrounded} {
				if p := fw.PredicateOf(x, basis); !fw.hasBand(p) {
					t.Fatalf("%s: %q has predikat %v on the %s basis", fw, s, p, basis)
				}
			}
		}
	})
}

func FuzzParseStage(f *testing.F) {
	for _, s := range []string{"mandiri", "Penilaian Interviu", "site visit", "", "audit"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		st, err := stages.Parse(s)
		if err != nil {
			return
		}
		if back, err := stages.Parse(st.String()); err != nil || back != st {
			t.Fatalf("%q → %s → %v, %v", s, st, back, err)
		}
	})
}

// FuzzColumnOf: a header is read the same however it is folded, a numbered
// column has a positive number, and a header that names a role names it
// in any case and with spaces around it.
func FuzzColumnOf(f *testing.F) {
	for _, s := range []string{"instansi", "Nama Instansi", "nama_instansi", "Indikator 1", "I1", "1", "D4", "Domain D2",
		"Aspek A1", "No.", "Indeks", "predikat", "indikator_0", "I", "Domain", "a", "12345", "0", "Tahun;2026"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := columnOf(s)
		if c != columnOf(enum.Fold(s)) {
			t.Fatalf("%q and its fold read differently", s)
		}
		numbered := c.role == roleLevelOf || c.role == roleDomain || c.role == roleAspect
		if numbered != (c.n > 0) {
			t.Fatalf("%q: %+v", s, c)
		}
		ascii := !strings.ContainsFunc(s, func(r rune) bool { return r >= 0x80 })
		if ascii && columnOf("  "+strings.ToUpper(s)+" ") != c {
			t.Fatalf("%q is read in one case only", s)
		}
		_ = blockLine([]string{s, s, ""})
	})
}
