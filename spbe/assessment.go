package spbe

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/internal/ref"
)

// Assessment is the evaluation of one instansi in one year: per indicator
// the level, the explanation, the evidence and the stage that set it.
type Assessment struct {
	// Instansi is the assessed government body, "Pemerintah Kab. Rembang".
	Instansi string `json:"instansi" yaml:"instansi"`
	// Year is the evaluation year (tahun); 0 when unknown.
	Year int `json:"tahun,omitzero" yaml:"tahun,omitempty"`
	// Framework is the id of the framework the levels belong to; empty
	// means the one the assessment is scored with.
	Framework string `json:"framework,omitempty" yaml:"framework,omitempty"`
	// Note is a free remark on the assessment as a whole (catatan).
	Note string `json:"catatan,omitempty" yaml:"catatan,omitempty"`
	// Indicators are the answers, one per indicator at most, in any
	// order. An indicator without an answer is unanswered.
	Indicators []Answer `json:"indicators" yaml:"indicators" maxitems:"1000"`
}

// Answer is the assessment of one indicator.
type Answer struct {
	// Indicator is the indicator's number in the framework.
	Indicator int `json:"indicator" yaml:"indicator"`
	// Level is the final level; Unanswered when not assessed. When Stages
	// are given, the level of the latest stage is final and Level may be
	// left 0 or must equal it.
	Level Level `json:"level" yaml:"level"`
	// Stage is the evaluation stage that set Level, when known.
	Stage Stage `json:"stage,omitzero" yaml:"stage,omitempty"`
	// Stages are the levels set at each stage, when the history is kept.
	Stages []StageLevel `json:"stages,omitempty" yaml:"stages,omitempty" maxitems:"100"`
	// Explanation is the penjelasan: why the level was given.
	Explanation string `json:"penjelasan,omitempty" yaml:"penjelasan,omitempty"`
	// Evidence are the bukti dukung that back the level.
	Evidence []Evidence `json:"bukti,omitempty" yaml:"bukti,omitempty" maxitems:"100"`
	// External is the indicator's score in another national evaluation,
	// for an indicator the framework values that way (Framework.Conversion):
	// {"source": "sdi", "score": "70"} is level 4 of indicator 5 under
	// PermenPANRB 8/2026. The level is then the converted one; a Level
	// given as well must equal it.
	External *ExternalScore `json:"external,omitempty" yaml:"external,omitempty"`
}

// StageLevel is the level one evaluation stage set for an indicator.
type StageLevel struct {
	Stage Stage `json:"stage" yaml:"stage"` // the stage
	Level Level `json:"level" yaml:"level"` // the level it set
}

// Evidence is one bukti dukung: a document or page that backs a level.
type Evidence struct {
	// Title says what the evidence is: "Perbup No. 12 Tahun 2023 tentang SPBE".
	Title string `json:"title" yaml:"title"`
	// URL is where it is published, an http or https address with a host.
	URL string `json:"url,omitempty" yaml:"url,omitempty"`
	// File is the name of the file submitted, when it is not published:
	// a name relative to the document and inside its folder, such as
	// "bukti/perbup-12-2023.pdf" — not an absolute path, a drive, a
	// network share or an address, and without "..".
	File string `json:"file,omitempty" yaml:"file,omitempty"`
	// SHA256 is the file's SHA-256 digest, 64 hexadecimal digits, when
	// known.
	SHA256 string `json:"sha256,omitempty" yaml:"sha256,omitempty"`
}

// Final returns the answer's final level and the stage that set it: the
// latest of Stages when there are any, Level and Stage otherwise.
func (a Answer) Final() (Level, Stage) {
	if len(a.Stages) == 0 {
		return a.Level, a.Stage
	}
	last := a.Stages[0]
	for _, s := range a.Stages[1:] {
		if s.Stage > last.Stage {
			last = s
		}
	}
	return last.Level, last.Stage
}

// subject names an assessment in error messages.
func (a *Assessment) subject() string {
	s := "assessment"
	if a.Instansi != "" {
		s += " " + escape.Quote(a.Instansi)
	}
	if a.Year != 0 {
		s += " " + strconv.Itoa(a.Year)
	}
	return s
}

// Validate checks a against fw and returns every problem, each with its
// field path, or nil: a framework id other than fw's
// (ErrFrameworkMismatch, reported alone, as the answers cannot be checked
// against fw), a year that is not plausible, an unknown
// (ErrUnknownIndicator) or repeated (ErrDuplicate) indicator, a level
// outside fw's scale (ErrLevelRange), stages that are unknown, repeated or
// disagree with the final level, and evidence without a title, without a
// URL or file, with a URL that is not an http(s) address with a host, a
// file name that is not relative to the document or leaves its folder
// (absolute, "..", a drive, a network share, a scheme, a control
// character; rule "reference"), or a digest that is not SHA-256.
// Unanswered indicators are not a problem here; see Framework.LevelsOf.
// Every problem is an error: Err is nil only when there is none.
//
// A nil fw means the framework a is scored with (ResolveFramework(nil)):
// the one it names, else the rule of its year, else Default; a framework
// it cannot resolve is a problem at "framework" or "tahun". The zero
// Framework, which has no indicators, is a problem too.
func (a *Assessment) Validate(fw *Framework) smartcity.Problems {
	var ps problems
	if fw == nil {
		resolved, err := a.ResolveFramework(nil)
		if found := smartcity.Problems(nil); errors.As(err, &found) {
			return found
		} else if err != nil {
			ps.add("framework", "%w", bare{err})
			return smartcity.Problems(ps)
		}
		fw = resolved
	}
	if err := fw.usable(); err != nil {
		ps.add("", "%w", bare{err})
		return smartcity.Problems(ps)
	}
	a.check(fw, &ps, nil, make([]int, len(fw.weight)), nil)
	return smartcity.Problems(ps)
}

// check adds a's problems to ps. seen has one entry per indicator
// position and comes back holding, for each answered position, the index
// of its answer plus one. With lv non-nil it also fills lv with the final
// levels, and with ext non-nil it appends to ext the levels converted from
// outside scores. Field paths are built only for problems, so that
// checking a valid assessment allocates nothing.
func (a *Assessment) check(fw *Framework, ps *problems, lv Levels, seen []int, ext *[]ExternalLevel) {
	if a.Framework != "" && a.Framework != fw.spec.ID {
		// Checking the answers against another framework would only
		// repeat this problem once per answer.
		ps.add("framework", "%w: the assessment is for %s, not %s", ErrFrameworkMismatch, escape.Quote(a.Framework), fw.spec.ID)
		return
	}
	if a.Year != 0 && (a.Year < minYear || a.Year > maxYear) {
		ps.add("tahun", "year %d is not between %d and %d", a.Year, minYear, maxYear)
	}
	field := func(k int, suffix string) string { return "indicators[" + strconv.Itoa(k) + "]" + suffix }
	for k := range a.Indicators {
		ans := &a.Indicators[k]
		pos, ok := fw.Position(ans.Indicator)
		switch {
		case !ok:
			ps.add(field(k, ".indicator"), "%w: %s has no indicator %d", ErrUnknownIndicator, fw.spec.ID, ans.Indicator)
		case seen[pos] != 0:
			ps.add(field(k, ".indicator"), "%w: indicator %d is also answered at indicators[%d]", ErrDuplicate, ans.Indicator, seen[pos]-1)
			ok = false
		default:
			seen[pos] = k + 1
		}
		if ans.Level != Unanswered && !fw.validLevel(ans.Level) {
			checkLevel(fw, ps, field(k, ".level"), ans.Level)
		}
		if !stages.IsValid(ans.Stage) && ans.Stage != 0 {
			ps.add(field(k, ".stage"), "unknown stage %d", ans.Stage)
		}
		if len(ans.Stages) > 0 {
			checkStages(fw, ps, field(k, ""), ans)
		}
		for j, ev := range ans.Evidence {
			checkEvidence(ps, loc{path: field(k, ".bukti["+strconv.Itoa(j)+"]")}, ev)
		}
		final, _ := ans.Final()
		if ans.External != nil {
			var x ExternalLevel
			x, ok = checkExternal(fw, ps, field(k, ""), ans, final)
			if ok && ext != nil {
				*ext = append(*ext, x)
			}
			final = x.Level
		}
		if ok && lv != nil {
			lv[pos] = final
		}
	}
}

// checkExternal converts an answer's outside score, reporting what cannot
// be converted and a level that differs from the converted one.
func checkExternal(fw *Framework, ps *problems, f string, ans *Answer, final Level) (ExternalLevel, bool) {
	x := ExternalLevel{Indicator: ans.Indicator, Source: ans.External.Source, Score: ans.External.Score}
	c := fw.conversionOf(ans.Indicator)
	switch {
	case c == nil:
		ps.add(f+".external", "%w: indicator %d of %s takes no outside score", ErrExternal, ans.Indicator, fw.spec.ID)
		return x, false
	case x.Source != c.spec.Source:
		ps.add(f+".external.source", "%w: indicator %d takes its outside score from %s, not %s", ErrExternal, ans.Indicator, escape.Quote(c.spec.Source), escape.Quote(x.Source))
		return x, false
	case x.Score == "":
		x.Level, x.Pending = 1, true
		if final != Unanswered && final != 1 {
			ps.add(f+".level", "%w: level %d is given while the %s score is pending, which counts at level 1", ErrExternal, final, x.Source)
			return x, false
		}
		return x, true
	}
	l, err := c.level(x.Score)
	if err != nil {
		ps.add(f+".external.score", "%w", err)
		return x, false
	}
	x.Level = l
	if final != Unanswered && final != l {
		ps.add(f+".level", "%w: level %d differs from level %d of %s score %s", ErrExternal, final, l, x.Source, x.Score)
		return x, false
	}
	return x, true
}

func checkLevel(fw *Framework, ps *problems, field string, l Level) {
	if l != Unanswered && !fw.validLevel(l) {
		ps.add(field, "%w: level %d is outside %d–%d", ErrLevelRange, l, fw.spec.MinLevel, fw.spec.MaxLevel)
	}
}

func checkStages(fw *Framework, ps *problems, f string, ans *Answer) {
	if len(ans.Stages) == 0 {
		return
	}
	var seen [Visitasi + 1]bool
	for j, s := range ans.Stages {
		sf := f + ".stages[" + strconv.Itoa(j) + "]"
		if !stages.IsValid(s.Stage) {
			ps.add(sf+".stage", "a stage is required (mandiri, dokumen, interviu or visitasi)")
		} else if seen[s.Stage] {
			ps.add(sf+".stage", "%w: stage %s is given twice", ErrDuplicate, s.Stage)
		} else {
			seen[s.Stage] = true
		}
		checkLevel(fw, ps, sf+".level", s.Level)
	}
	final, stage := ans.Final()
	if ans.Level != Unanswered && ans.Level != final {
		ps.add(f+".level", "level %d differs from level %d set at the latest stage, %s", ans.Level, final, stage)
	}
	if ans.Stage != 0 && ans.Stage != stage {
		ps.add(f+".stage", "stage %s is not the latest of the stages, %s", ans.Stage, stage)
	}
}

// Check returns the problems of one bukti dukung held to the rules of an
// assessment's, at the JSON path path ("items[3].document"): a title, a
// file name or an address, each safe to name (no absolute path, no "..",
// an http or https address), and a SHA-256 of 64 hexadecimal digits. No
// file is opened.
func (ev Evidence) Check(path string) smartcity.Problems {
	var ps problems
	checkEvidence(&ps, loc{path: path}, ev)
	return smartcity.Problems(ps)
}

// checkEvidence adds the problems of one bukti dukung at at.
func checkEvidence(ps *problems, at loc, ev Evidence) {
	if strings.TrimSpace(ev.Title) == "" {
		ps.addAt(at.field(".title"), "is required")
	}
	if ev.URL == "" && ev.File == "" {
		ps.addAt(at, "a url or a file name is required")
	}
	if ev.URL != "" {
		if err := ref.Address(ev.URL); err != nil {
			ps.addAt(at.field(".url"), "%w", err)
		}
	}
	if ev.File != "" {
		if err := ref.Name(ev.File); err != nil {
			ps.addAt(at.field(".file"), "%w", err)
		}
	}
	if ev.SHA256 != "" && !isSHA256(ev.SHA256) {
		ps.addAt(at.field(".sha256"), "%s is not a SHA-256 digest (64 hexadecimal digits)", escape.Quote(ev.SHA256))
	}
}

func isSHA256(s string) bool {
	if len(s) != 64 {
		return false
	}
	for _, c := range []byte(s) {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// LevelsOf validates a (see Assessment.Validate) and returns its final
// levels by indicator position. An indicator without an answer, or whose
// answer has no level, is an error wrapping ErrUnanswered unless
// opt.Unanswered is UnansweredZero, when its level is 0. In a framework
// whose levels start at 0 (5/2018) an answer of 0 is a level, not
// unanswered. Every problem is reported at once.
func (fw *Framework) LevelsOf(a *Assessment, opt Options) (Levels, error) {
	lv, _, err := fw.levelsOf(a, opt, nil)
	return lv, err
}

// levelsOf is LevelsOf that also appends to ext the levels converted from
// outside scores, when ext is not nil.
func (fw *Framework) levelsOf(a *Assessment, opt Options, ext []ExternalLevel) (Levels, []ExternalLevel, error) {
	if err := fw.usable(); err != nil {
		return nil, nil, err
	}
	if a == nil {
		return nil, nil, errNoAssessment
	}
	lv := fw.NewLevels()
	seen := make([]int, len(lv))
	var ps problems
	a.check(fw, &ps, lv, seen, &ext)
	if opt.Unanswered != UnansweredZero {
		var missing []string
		for i, k := range seen {
			if k == 0 || (lv[i] == Unanswered && fw.spec.MinLevel > 0) {
				missing = append(missing, strconv.Itoa(fw.numbers[i]))
			}
		}
		if len(missing) > 0 {
			ps.add("indicators", "%w: %d of %d indicators have no level: %s", ErrUnanswered, len(missing), len(lv), strings.Join(missing, ", "))
		}
	}
	if len(ps) > 0 {
		return nil, nil, ps.err(a.subject())
	}
	slices.SortFunc(ext, func(x, y ExternalLevel) int { return x.Indicator - y.Indicator })
	return lv, ext, nil
}

// ScoreAssessment validates a, takes its final levels (LevelsOf) — levels
// converted from outside scores included, and recorded in
// Result.External — and scores them.
func (fw *Framework) ScoreAssessment(a *Assessment, opt Options) (*Result, error) {
	lv, ext, err := fw.levelsOf(a, opt, nil)
	if err != nil {
		return nil, err
	}
	res, err := fw.Score(lv, opt)
	if err != nil {
		return nil, err
	}
	res.External = ext
	return res, nil
}

// ResolveFramework returns the framework a is scored with. A framework
// named wins: the one a names (fallback when a names fallback's id,
// otherwise the built-in with that id; the error wraps
// ErrUnknownFramework when there is none), else fallback, the framework
// the caller chose. Otherwise a's year picks the rule in force for it
// (ForYear): PermenPANRB 5/2018 for 2018–2020, 59/2020 for 2021–2025,
// 8/2026 from 2026; a year before 2018 is an error holding smartcity.Problems at "tahun"
// with the rule "no_framework". An assessment with neither framework nor year
// is scored under Default.
func (a *Assessment) ResolveFramework(fallback *Framework) (*Framework, error) {
	switch {
	case a.Framework == "" && fallback != nil:
		return fallback, nil
	case a.Framework == "" && a.Year != 0:
		return frameworkForYear(a.Year, "tahun", a.subject())
	case a.Framework == "":
		return Default(), nil
	case fallback != nil && a.Framework == fallback.ID():
		return fallback, nil
	}
	return Lookup(a.Framework)
}

// frameworkForYear is ForYear with an error that names the field.
func frameworkForYear(year int, field, subject string) (*Framework, error) {
	if fw, ok := ForYear(year); ok {
		return fw, nil
	}
	var ps problems
	if year > 2018 {
		ps.add(field, "%w: %d is not a plausible evaluation year", errNoFramework, year)
	} else {
		ps.add(field, "%w: no SPBE or Pemdi evaluation was held in %d; the first was in 2018", errNoFramework, year)
	}
	return nil, ps.err(subject)
}
