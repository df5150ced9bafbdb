package spbe

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"iter"
	"strconv"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/csvio"
	"github.com/kotacerdas/smartcity/internal/input"
	"github.com/kotacerdas/smartcity/internal/jsonio"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// ScoreAllOptions steer ScoreAll: how the input is read, how each
// assessment is scored, and whether memory is reused from one assessment
// to the next.
type ScoreAllOptions struct {
	// ReadOptions bound the input (Limit, MaxRows) and name the caller's
	// framework (Framework), as for ReadAssessments.
	ReadOptions
	// Options tune the scoring of every assessment.
	Options
	// FrameworkOnly, with Framework set, scores every assessment under
	// Framework: a JSON assessment that names another framework is then a
	// problem of that assessment (ErrFrameworkMismatch) rather than scored
	// under the framework it names. A cohort of one framework, or a tool
	// whose user named the framework, wants this; without it the
	// framework an assessment names wins (Assessment.ResolveFramework).
	FrameworkOnly bool
	// Reuse scores every assessment into one Result, which the next
	// iteration overwrites, so that a caller that keeps only what it needs
	// of each — a line of output, a cohort Member — reads a million rows
	// of a wide CSV without allocating a Result per row. Without Reuse
	// every Scored has a Result of its own.
	Reuse bool
}

// AssessmentError is the failure of one assessment among those ScoreAll
// reads: the others are still read and scored. It says which assessment
// failed, so that a portal can point at it, and unwraps to what is wrong
// with it.
type AssessmentError struct {
	// N is the assessment's place in the input, from 1: its element of a
	// JSON array, its data row of a wide CSV; 1 for a lone JSON
	// assessment or a long CSV.
	N int
	// Line is the line the assessment starts on: its row of a wide CSV
	// (the header is line 1), the line its element of a JSON array opens
	// on. It is 0 when the assessment is the whole input (a lone JSON
	// assessment or a long CSV), whose problems name their own places.
	Line int
	// Err is what is wrong: usually the smartcity.Problems of the
	// assessment, each with its place (row 6, column 9 of a CSV file, the
	// field "indicators[2].level" of a JSON assessment), under a heading
	// that names the assessment; or an error wrapping ErrUnknownFramework
	// for a framework id that no framework has.
	Err error
}

// Heading says which assessment failed, in lang, for a list of its
// problems under it: `invalid assessment "Pemerintah Kab. Rembang" 2024`,
// `invalid row 6 "Pemerintah Kab. Banyuasin"` for a row of a wide CSV; in
// Indonesian (also the zero Lang) `penilaian "Pemerintah Kab. Rembang"
// 2024 tidak sah`, `baris 6 "Pemerintah Kab. Banyuasin" tidak sah`. For a
// failure that is not a list of problems it is the assessment's place,
// "assessment 3", "penilaian ke-3".
func (e *AssessmentError) Heading(lang smartcity.Lang) string {
	e = e.orZero()
	var ie *invalidError
	switch {
	case errors.As(e.Err, &ie):
		return ie.heading(lang)
	case isEnglish(lang):
		return "assessment " + strconv.Itoa(e.N)
	}
	return "penilaian ke-" + strconv.Itoa(e.N)
}

// Error implements error as "assessment N: " and what is wrong, "is
// invalid" when Err is nil.
func (e *AssessmentError) Error() string {
	e = e.orZero()
	if e.Err == nil {
		return "assessment " + strconv.Itoa(e.N) + " is invalid"
	}
	return "assessment " + strconv.Itoa(e.N) + ": " + e.Err.Error()
}

// Unwrap returns what is wrong with the assessment.
func (e *AssessmentError) Unwrap() error { return e.orZero().Err }

// orZero returns e, or the zero AssessmentError for a nil e, so that a
// nil *AssessmentError met as an error says itself rather than panic.
func (e *AssessmentError) orZero() *AssessmentError {
	if e == nil {
		return &AssessmentError{}
	}
	return e
}

// Message returns the error in lang: Error's text in English, and in
// Indonesian (also the zero Lang) "penilaian ke-N: " with what is wrong
// said in Indonesian.
func (e *AssessmentError) Message(lang smartcity.Lang) string {
	e = e.orZero()
	switch {
	case isEnglish(lang):
		return e.Error()
	case e.Err == nil:
		return "penilaian ke-" + strconv.Itoa(e.N) + " tidak sah"
	}
	return "penilaian ke-" + strconv.Itoa(e.N) + ": " + smartcity.ErrorMessage(e.Err, lang)
}

// ScoreAll reads the assessments r holds, in any form ReadAssessments
// reads and told apart by content as it tells them, and yields each one
// scored, in the order of the input. It is the loop a portal or a command
// line runs over an uploaded file, without holding the file's assessments:
//
//	for s, err := range spbe.ScoreAll(f, spbe.ScoreAllOptions{}) {
//		var ae *spbe.AssessmentError
//		switch {
//		case errors.As(err, &ae):
//			// this assessment is invalid; the next one follows
//		case err != nil:
//			// the rest of the file cannot be read
//		default:
//			// s.Result is the score of s.Instansi in s.Year
//		}
//	}
//
// Each assessment is scored under the framework it names, else the
// caller's (ReadOptions.Framework), else the rule of its year
// (Assessment.ResolveFramework); ScoreAllOptions.FrameworkOnly makes the
// caller's the only one. A wide CSV's rows are read against the framework
// of its columns, each row's year checked against it (see DecodeWideCSV).
//
// An assessment that cannot be scored — a cell or a level that breaks the
// rules, an unanswered indicator, a year without a framework — is yielded
// as an *AssessmentError that names its place and lists every problem,
// with a Scored that holds what could be read of its instansi and year but
// no Result; the sequence goes on with the next. An input that cannot be
// read any further — broken CSV or JSON syntax, an unknown JSON field, a
// missing column, more than ReadOptions.Limit bytes or ReadOptions.MaxRows
// rows — ends the sequence with an error wrapping ErrMalformed (and
// ErrTooLarge or ErrTooManyRows), after the assessments before it.
//
// Memory does not grow with the input where the form allows it. A wide
// CSV is read row by row. A JSON document is read whole, within
// ReadOptions.Limit, and the elements of an array are decoded one at a
// time, so that the assessments are never all held; a long CSV holds one
// assessment. What a Scored refers to is the caller's to keep, except the
// Result under ScoreAllOptions.Reuse, which the next iteration overwrites:
// copy what must outlive it (MemberOf does). A wide CSV row's Instansi
// shares memory with the row it was read from; a caller that keeps many
// of them may strings.Clone each to keep no more than the name.
//
// The sequence reads r as it goes: it can be ranged over once, and
// stopping the loop stops the reading.
func ScoreAll(r io.Reader, opt ScoreAllOptions) iter.Seq2[Scored, error] {
	return func(yield func(Scored, error) bool) {
		s := &scoreAll{opt: opt, yield: yield}
		s.run(r)
	}
}

// peekSize is how much of the input ScoreAll looks at to tell its form:
// enough for any header and any white space before a JSON document that a
// file written by a person or a spreadsheet has.
const peekSize = 64 << 10

// utf8BOM is the byte-order mark spreadsheets write first.
var utf8BOM = []byte("\xef\xbb\xbf")

// scoreAll is one run of ScoreAll.
type scoreAll struct {
	opt   ScoreAllOptions
	yield func(Scored, error) bool
	res   *Result // the Result of every assessment, under Reuse
	n     int     // the assessments met so far
}

func (s *scoreAll) run(r io.Reader) {
	br := bufio.NewReaderSize(input.Limit(r, s.opt.Limit), peekSize)
	head, err := br.Peek(peekSize)
	if err != nil && err != io.EOF {
		s.yield(Scored{}, malformed(err))
		return
	}
	var in io.Reader = br
	if workbook.Is(head) {
		s.workbook(br)
		return
	}
	body := bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	if len(body) == 0 {
		// Nothing but white space so far: the form is told from the whole
		// input, which is then read from memory.
		data, err := io.ReadAll(br)
		if err != nil {
			s.yield(Scored{}, malformed(err))
			return
		}
		format, err := DetectFormat(data)
		if err != nil {
			s.yield(Scored{}, err)
			return
		}
		if format == FormatJSON {
			s.json(data)
			return
		}
		in = bytes.NewReader(data)
	} else if body[0] == '{' || body[0] == '[' {
		data, err := io.ReadAll(br)
		if err != nil {
			s.yield(Scored{}, malformed(err))
			return
		}
		s.json(data)
		return
	}
	cr, err := csvio.NewReader(in, s.opt.csv())
	if err != nil {
		s.yield(Scored{}, malformed(err))
		return
	}
	if err := skipBlock(cr); err != nil {
		s.yield(Scored{}, err)
		return
	}
	if isLong(cr.Header()) {
		s.long(cr)
		return
	}
	s.wide(cr)
}

// workbook scores the table of a workbook, which is read whole: a zip
// archive is read from its end.
func (s *scoreAll) workbook(r io.Reader) {
	data, err := io.ReadAll(r)
	if err != nil {
		s.yield(Scored{}, malformed(err))
		return
	}
	cr, format, b, err := sheetTable(data, s.opt.ReadOptions)
	if err != nil {
		s.yield(Scored{}, err)
		return
	}
	defer b.Close()
	if format == FormatLongCSV {
		s.long(cr)
		return
	}
	s.wide(cr)
}

// result returns the Result to score the next assessment into.
func (s *scoreAll) result() *Result {
	if !s.opt.Reuse {
		return new(Result)
	}
	if s.res == nil {
		s.res = new(Result)
	}
	return s.res
}

// invalid yields the failure of the current assessment and reports whether
// to go on.
func (s *scoreAll) invalid(line int, who Scored, err error) bool {
	return s.yield(who, &AssessmentError{N: s.n, Line: line, Err: err})
}

// wide scores the rows of a wide CSV one by one.
func (s *scoreAll) wide(cr *csvio.Reader) {
	w, err := newWideReader(cr, s.opt.ReadOptions)
	if err != nil {
		s.yield(Scored{}, err)
		return
	}
	if w.h.failed() {
		s.yield(Scored{}, w.problems())
		return
	}
	var rec wideRecord
	for {
		err := w.next(&rec)
		switch {
		case err == io.EOF:
			return
		case errors.Is(err, ErrMalformed):
			s.yield(Scored{}, err)
			return
		}
		s.n++
		who := Scored{Instansi: rec.Instansi, Year: rec.Year}
		if err == nil {
			res := s.result()
			if err = rec.scoreInto(res, s.opt.Options); err == nil {
				who.Result = res
				rec.checkStated(&who.Warnings, res)
			}
		}
		var more bool
		if err != nil {
			more = s.invalid(rec.Line, who, err)
		} else {
			more = s.yield(who, nil)
		}
		if !more {
			return
		}
	}
}

// long scores the one assessment of a long CSV.
func (s *scoreAll) long(cr *csvio.Reader) {
	a, err := readLong(cr, s.opt.ReadOptions)
	s.n = 1
	switch {
	case errors.Is(err, ErrMalformed):
		s.yield(Scored{}, err)
	case err != nil:
		s.invalid(0, Scored{}, err)
	default:
		s.assessment(0, a)
	}
}

// json scores the assessment, or the elements of the array, of a JSON
// document. An array is decoded element by element, so that only one
// assessment is held at a time.
func (s *scoreAll) json(data []byte) {
	body := bytes.TrimPrefix(data, utf8BOM)
	if bytes.TrimLeft(body, " \t\r\n")[0] != '[' {
		var a Assessment
		s.n = 1
		if err := jsonio.Unmarshal(body, &a); err != nil {
			s.yield(Scored{}, malformed(err))
			return
		}
		s.assessment(0, &a)
		return
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if _, err := dec.Token(); err != nil { // the '[' seen above
		s.yield(Scored{}, jsonError(body, err))
		return
	}
	lines := lineCounter{data: body}
	for dec.More() {
		start := elementStart(body, dec.InputOffset())
		line := lines.at(start)
		var raw json.RawMessage // one element, to be read by the library's rules and bounds
		if err := dec.Decode(&raw); err != nil {
			s.yield(Scored{}, jsonError(body, err))
			return
		}
		var a Assessment
		if err := jsonio.Unmarshal(raw, &a); err != nil {
			s.yield(Scored{}, malformed(jsonio.InArray(err, body, int(start), s.n)))
			return
		}
		s.n++
		if !s.assessment(line, &a) {
			return
		}
	}
	if _, err := dec.Token(); err != nil { // the closing ']'
		s.yield(Scored{}, jsonError(body, err))
		return
	}
	if _, err := dec.Token(); err != io.EOF {
		s.yield(Scored{}, jsonError(body, err))
	}
}

// jsonError is the error of a JSON array that cannot be decoded, err as
// the streaming decoder found it. The document is decoded again whole, as
// ReadAssessments decodes it, for the error that names the line, the
// column and the field path; this costs memory only when there is an
// error to report.
func jsonError(body []byte, err error) error {
	var as []Assessment
	if werr := jsonio.Unmarshal(body, &as); werr != nil {
		return malformed(werr)
	}
	if err == nil {
		err = errors.New("unexpected data after the JSON value")
	}
	return malformed(err)
}

// elementStart returns the offset of the next array element of body from
// off, where a json.Decoder stands after the previous token: past white
// space and a comma.
func elementStart(body []byte, off int64) int64 {
	for off < int64(len(body)) {
		switch body[off] {
		case ' ', '\t', '\r', '\n', ',':
			off++
		default:
			return off
		}
	}
	return off
}

// lineCounter turns rising offsets of data into 1-based lines, counting
// each byte once.
type lineCounter struct {
	data []byte
	off  int64
	line int
}

func (c *lineCounter) at(off int64) int {
	if c.line == 0 {
		c.line = 1
	}
	c.line += bytes.Count(c.data[c.off:off], []byte("\n"))
	c.off = off
	return c.line
}

// assessment scores one assessment read from JSON or a long CSV, which
// starts on line (0 for the whole input), and reports whether to go on.
func (s *scoreAll) assessment(line int, a *Assessment) bool {
	who := Scored{Instansi: a.Instansi, Year: a.Year, Note: a.Note}
	fw := s.opt.Framework
	if fw == nil || !s.opt.FrameworkOnly {
		var err error
		if fw, err = a.ResolveFramework(s.opt.Framework); err != nil {
			return s.invalid(line, who, err)
		}
	}
	res := s.result()
	lv, ext, err := fw.levelsOf(a, s.opt.Options, res.External[:0])
	if err == nil {
		err = fw.ScoreInto(res, lv, s.opt.Options)
	}
	if err != nil {
		return s.invalid(line, who, err)
	}
	res.External = ext
	who.Result = res
	return s.yield(who, nil)
}
