package smartcity

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity/internal/escape"
)

// Problem is one broken rule found in a document or a value: where it is,
// which rule it breaks, how serious it is, and what is wrong, said on
// demand in Indonesian or English. Every package reports what it finds
// while reading or checking as Problems.
type Problem struct {
	// Path is where the problem is, in the document's own names: a JSON
	// path such as "programs[3].budget[1].year" or "indicators[3].level",
	// or the name of a CSV file's column; "" for the document or the row
	// as a whole.
	Path string
	// Line and Column are the 1-based place in the text: the line and
	// column of a JSON document, the row and column of a CSV file (the
	// header is row 1). They are 0 when not known, as for a check of
	// values already read, which looks at values rather than at text.
	Line, Column int
	// Sheet and Cell are the place in a workbook: the sheet's name and
	// the cell, such as "Program" and "D7"; empty for other documents.
	Sheet, Cell string
	// Rule names the broken rule with a stable code that scripts can
	// branch on, such as "required", "enum", "unique" or "level_range".
	Rule string
	// Severity says whether the problem makes the document invalid.
	Severity Severity
	// Err is the broken rule as an error, from which the message is made:
	// its Message method, when it has one, says it in Indonesian (see
	// ErrorMessage). It wraps the package's sentinel where one applies,
	// so that errors.Is finds the sentinel through the problem and
	// through Problems.
	Err error
}

// Message returns the problem in lang, its place first: "indicators[3].level:
// level 7 is outside 1–5", "line 12, column 2 (level): …" for a place in the
// text, with the path or column name in parentheses, "sheet Program, cell D7
// (budget): …" in a workbook; in Indonesian (also the zero Lang) "baris 12,
// kolom 2 (level): …", "lembar Program, sel D7 (budget): …". Paths, names,
// codes and quoted input stay as they are.
//
// The message is one line whatever the input: a control character, a line
// break or a bidirectional override that a path, a column's name or a
// quoted value brought in is written as its escape ("\n", "\x1b",
// "\u202e"), so that a document cannot forge a line of a log.
func (p Problem) Message(lang Lang) string {
	if r, ok := p.Err.(readMessage); ok {
		if p.Path == "" {
			return escape.Line(string(r))
		}
		return escape.Line(p.Path + ": " + string(r))
	}
	return escape.Line(p.where(lang, true) + p.rule(lang))
}

// Error implements error: Message in English.
func (p Problem) Error() string { return p.Message(English) }

// Unwrap returns Err.
func (p Problem) Unwrap() error { return p.Err }

// rule is what is wrong, in lang: Err said in lang, or the rule's code
// when there is no Err, and "problem without a description" when there
// is neither, as in the zero Problem.
func (p Problem) rule(lang Lang) string {
	switch {
	case p.Err == nil && p.Rule == "" && lang.english():
		return "problem without a description"
	case p.Err == nil && p.Rule == "":
		return "masalah tanpa keterangan"
	case p.Err == nil:
		return p.Rule
	}
	return ErrorMessage(p.Err, lang)
}

// Where says the place of p in lang as Message starts: "line 12, column
// 2 (level): ", "sheet Program, cell D7 (budget): ", "sheet Program, line
// 7: " for a whole row of a sheet; in Indonesian "baris 12, kolom 2
// (level): ", "lembar Program, sel D7 (budget): ". It is "" when p has no
// place. What the input brought in is not escaped: Message escapes the
// whole line.
func (p Problem) Where(lang Lang) string { return p.where(lang, true) }

// where says the place of p in lang, ending in ": ", or "" when p has
// none; the path is left out unless path is true.
func (p Problem) where(lang Lang, path bool) string {
	words := [...]string{"sheet ", "cell ", "line ", "column "}
	if !lang.english() {
		words = [...]string{"lembar ", "sel ", "baris ", "kolom "}
	}
	var b strings.Builder
	add := func(word, value string) {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(word)
		b.WriteString(value)
	}
	switch {
	case p.Sheet != "" || p.Cell != "":
		if p.Sheet != "" {
			add(words[0], p.Sheet)
		}
		if p.Cell != "" {
			add(words[1], p.Cell)
		} else if p.Line > 0 {
			add(words[2], strconv.Itoa(p.Line))
		}
	case p.Line > 0:
		add(words[2], strconv.Itoa(p.Line))
		if p.Column > 0 {
			add(words[3], strconv.Itoa(p.Column))
		}
	}
	switch {
	case !path || p.Path == "":
	case b.Len() > 0:
		b.WriteString(" (" + p.Path + ")")
	default:
		b.WriteString(p.Path)
	}
	if b.Len() == 0 {
		return ""
	}
	b.WriteString(": ")
	return b.String()
}

// problemJSON is the JSON form of a Problem.
type problemJSON struct {
	Path     string   `json:"path"`
	Line     int      `json:"line,omitempty"`
	Column   int      `json:"column,omitempty"`
	Sheet    string   `json:"sheet,omitempty"`
	Cell     string   `json:"cell,omitempty"`
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
}

// MarshalJSON writes the problem as {"path", "line", "column", "sheet",
// "cell", "rule", "severity", "message"}: line, column, sheet and cell
// only when known, and the message in Indonesian (Problems.JSON says it
// in another language), with the place in the text but not the path,
// which has its own field: "baris 12, kolom 18: elemen \"GOV.SVX\" tidak
// dikenal (mungkin yang dimaksud GOV.SVC?)".
func (p Problem) MarshalJSON() ([]byte, error) { return json.Marshal(p.json(Indonesian)) }

// json is the JSON form of p, its message in lang.
func (p Problem) json(lang Lang) problemJSON {
	msg := p.where(lang, false) + p.rule(lang)
	if r, ok := p.Err.(readMessage); ok {
		msg = string(r)
	}
	return problemJSON{p.Path, p.Line, p.Column, p.Sheet, p.Cell, p.Rule, p.Severity, escape.Line(msg)}
}

// UnmarshalJSON reads what MarshalJSON writes, strictly: a key it does
// not write, a key in another case or a key written twice is an error.
// The message comes back as the Err of the problem, in the language it
// was written in, and is said as written whatever the language asked for;
// MarshalJSON writes it again unchanged.
func (p *Problem) UnmarshalJSON(data []byte) error {
	if err := strictKeys(data, reflect.TypeFor[problemJSON]()); err != nil {
		return err
	}
	var j problemJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	*p = Problem{Path: j.Path, Line: j.Line, Column: j.Column, Sheet: j.Sheet, Cell: j.Cell, Rule: j.Rule, Severity: j.Severity}
	if j.Message != "" {
		p.Err = readMessage(j.Message)
	}
	return nil
}

// readMessage is the message of a problem read from JSON, its place in the
// text already said.
type readMessage string

func (r readMessage) Error() string { return string(r) }

// Problems are every problem one reading or check found, in the order
// found, which is the order of the document. It is the one error type of
// every package for an input that breaks its rules: errors.As(err, &ps)
// finds it in the error of any reader or validator, and errors.Is finds
// the sentinel of any one problem through it. A Validate method returns
// Problems itself, since warnings alone do not make a document invalid:
// Err turns it into an error when it holds an error-level problem.
type Problems []Problem

// maxListed bounds how many problems Message lists; the rest are counted.
const maxListed = 20

// HasErrors reports whether any problem is an error rather than a warning.
func (ps Problems) HasErrors() bool {
	for _, p := range ps {
		if p.Severity == Error {
			return true
		}
	}
	return false
}

// Err returns ps as an error when it holds at least one error-level
// problem, and nil otherwise.
func (ps Problems) Err() error {
	if ps.HasErrors() {
		return ps
	}
	return nil
}

// Errors returns the error-level problems.
func (ps Problems) Errors() Problems { return ps.only(Error) }

// Warnings returns the warnings.
func (ps Problems) Warnings() Problems { return ps.only(Warning) }

// only returns the problems of severity s; the closing problem of capped
// Problems comes along with its count of s alone.
func (ps Problems) only(s Severity) Problems {
	var out Problems
	for _, p := range ps {
		if m, ok := p.more(); ok {
			if s == Error && m.Errors > 0 {
				out = append(out, closing(&MoreProblems{Errors: m.Errors}))
			} else if s == Warning && m.Warnings > 0 {
				out = append(out, closing(&MoreProblems{Warnings: m.Warnings}))
			}
			continue
		}
		if p.Severity == s {
			out = append(out, p)
		}
	}
	return out
}

// JSON returns a json.Marshaler that writes ps as an array of problems,
// each as Problem.MarshalJSON writes it but with the message in lang; no
// problems are the empty array.
func (ps Problems) JSON(lang Lang) json.Marshaler { return problemsJSON{ps, lang} }

// problemsJSON is Problems said in one language, for JSON.
type problemsJSON struct {
	ps   Problems
	lang Lang
}

// MarshalJSON implements json.Marshaler.
func (j problemsJSON) MarshalJSON() ([]byte, error) {
	out := make([]problemJSON, len(j.ps))
	for i, p := range j.ps {
		out[i] = p.json(j.lang)
	}
	return json.Marshal(out)
}

// Error implements error: Message in English.
func (ps Problems) Error() string { return ps.Message(English) }

// Message returns the problems in lang, each as Problem.Message says it,
// separated by "; ": the errors when there is one, the warnings
// otherwise, the first 20 of them and then how many more there are ("; and
// 3 more", "; dan 3 masalah lainnya"), those the closing problem of capped
// Problems counts included.
func (ps Problems) Message(lang Lang) string {
	listed := ps
	if ps.HasErrors() {
		listed = ps.Errors()
	}
	var b strings.Builder
	for i, p := range listed {
		if i == maxListed {
			errs, warns := listed[maxListed:].Count()
			b.WriteString("; " + moreText(errs+warns, lang))
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.Message(lang))
	}
	return b.String()
}

// Unwrap returns every problem, so that errors.Is and errors.As look into
// each.
func (ps Problems) Unwrap() []error {
	errs := make([]error, len(ps))
	for i, p := range ps {
		errs[i] = p
	}
	return errs
}
