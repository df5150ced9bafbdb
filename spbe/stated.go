package spbe

import (
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// statedColumn is a column of a wide CSV that holds a value the sheet
// computes itself from the levels: the index, the predikat, or the index
// of the domain or aspect at pos.
type statedColumn struct {
	col  int // 0-based
	role role
	pos  int // the domain's or aspect's position
}

// statedValue is a cell of a statedColumn, kept to be checked against the
// row's score.
type statedValue struct {
	statedColumn
	at   loc // the cell
	text string
}

// codePosition returns the position of the domain or aspect a numbered
// column names: "Domain 2" and "D2" name the domain of code "D2", "Aspek
// 3" and "A3" the aspect of code "A3", as the built-ins code them.
func (fw *Framework) codePosition(col column) (int, bool) {
	code := strconv.Itoa(col.n)
	if col.role == roleDomain {
		for i, d := range fw.spec.Domains {
			if strings.EqualFold(d.Code, "D"+code) {
				return i, true
			}
		}
		return 0, false
	}
	for i, a := range fw.spec.Aspects {
		if strings.EqualFold(a.Code, "A"+code) {
			return i, true
		}
	}
	return 0, false
}

// codes lists the codes of the framework's domains or aspects, "D1, D2,
// D3, D4"; "-" for a framework without domains.
func (fw *Framework) codes(r role) string {
	var out []string
	if r == roleDomain {
		for _, d := range fw.spec.Domains {
			out = append(out, d.Code)
		}
	} else {
		for _, a := range fw.spec.Aspects {
			out = append(out, a.Code)
		}
	}
	if len(out) == 0 {
		return "-"
	}
	return strings.Join(out, ", ")
}

// StatedValueRule is the rule code of a warning about a value a sheet
// computes itself — an index, a predikat, a domain's or an aspect's index
// in a column of a wide CSV — that differs from the exact result of its
// row.
const StatedValueRule = "stated_value"

// checkStated adds to ws a warning for each value of rec.Stated that
// differs from res: a number that is not the exact value rounded to the
// decimals the cell shows ("3.98" for 3.987 is one, "3.99" is not), a
// predikat that is not res's, or a cell that is no number or predikat.
func (rec *wideRecord) checkStated(ws *smartcity.Problems, res *Result) {
	for _, sv := range rec.Stated {
		var err error
		if sv.role == rolePredicate {
			err = checkPredicate(sv.text, res)
		} else {
			err = checkNumber(sv, res)
		}
		if err == nil {
			continue
		}
		p := sv.at.problem(StatedValueRule, err)
		p.Severity = smartcity.Warning
		*ws = ws.AddAll(smartcity.DefaultMaxProblems, smartcity.Problems{p})
	}
}

// checkPredicate compares a stated predikat with res's.
func checkPredicate(text string, res *Result) error {
	p, err := ParsePredicate(text)
	if err == nil && p == res.Predicate {
		return nil
	}
	return i18n.Errorf(messagesID, "the cell says %s; the exact index %s is %s", escape.Quote(text), decimalText(res.Index.Decimal(2)), predicateText(res.Predicate))
}

// checkNumber compares a stated index with the exact one of its role in
// res, rounded to the decimals the cell shows.
func checkNumber(sv statedValue, res *Result) error {
	exact := res.Index
	what := statedName{role: sv.role}
	switch sv.role {
	case roleDomain:
		exact, what.code = res.Domains[sv.pos], res.Framework.spec.Domains[sv.pos].Code
	case roleAspect:
		exact, what.code = res.Aspects[sv.pos], res.Framework.spec.Aspects[sv.pos].Code
	}
	n, err := smartcity.ParseNumber(sv.text)
	if err != nil || strings.Contains(sv.text, "/") {
		return i18n.Errorf(messagesID, "the cell says %s, which is no number; the exact %s is %s", escape.Quote(sv.text), what, decimalText(exact.Decimal(2)))
	}
	places := 0
	if i := strings.LastIndexAny(sv.text, ".,"); i >= 0 {
		places = len(strings.TrimSpace(sv.text)) - i - 1
	}
	places = min(places, 9)
	if n.Round(places) == exact.Round(places) {
		return nil
	}
	return i18n.Errorf(messagesID, "the cell says %s; the exact %s is %s, %s", decimalText(n.Decimal(places)), what,
		decimalText(exact.Decimal(2)), decimalText(exact.Format(places)))
}

// decimalText is a decimal with a point, said in a language's separators
// (smartcity.Lang.Decimal).
type decimalText string

// String returns the text with a point.
func (d decimalText) String() string { return string(d) }

// Message returns the text in lang's separators.
func (d decimalText) Message(lang smartcity.Lang) string { return lang.Decimal(string(d)) }

// predicateText is a predikat said in a language.
type predicateText Predicate

// String returns the predikat's English gloss.
func (p predicateText) String() string { return Predicate(p).Name(smartcity.English) }

// Message returns the predikat in lang.
func (p predicateText) Message(lang smartcity.Lang) string { return Predicate(p).Name(lang) }

// statedName is what a stated value is of: the index, or a domain or
// aspect by its code.
type statedName struct {
	role role
	code string
}

// String returns the name in English.
func (s statedName) String() string { return s.Message(smartcity.English) }

// Message returns the name in lang: "index", "domain D1", "aspect A3";
// "indeks", "domain D1", "aspek A3".
func (s statedName) Message(lang smartcity.Lang) string {
	en := isEnglish(lang)
	switch {
	case s.role == roleDomain:
		return "domain " + s.code
	case s.role == roleAspect && en:
		return "aspect " + s.code
	case s.role == roleAspect:
		return "aspek " + s.code
	case en:
		return "index"
	}
	return "indeks"
}
