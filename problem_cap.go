package smartcity

import "strconv"

// DefaultMaxProblems is how many problems a reading or a check keeps
// unless told otherwise: far more than a person reads, and few enough that
// a document with a million faults costs little memory. The problems past
// the cap are counted, not kept (see Problems.Add).
const DefaultMaxProblems = 1000

// RuleMoreProblems is the rule of the problem that closes Problems cut at
// their cap, "and 799040 more", in Indonesian "dan 799040 masalah
// lainnya". Its Err is a *MoreProblems with the counts.
const RuleMoreProblems = "more_problems"

// MoreProblems is the error of the problem that closes capped Problems:
// how many errors and warnings were found past the cap and not kept.
type MoreProblems struct {
	Errors, Warnings int
}

// Error implements error: Message in English.
func (m *MoreProblems) Error() string { return m.Message(English) }

// Message says how many problems were not kept: "and 3 more", in
// Indonesian (also the zero Lang) "dan 3 masalah lainnya".
func (m *MoreProblems) Message(lang Lang) string { return moreText(m.Errors+m.Warnings, lang) }

// moreText is "and n more" in lang.
func moreText(n int, lang Lang) string {
	if lang.english() {
		return "and " + strconv.Itoa(n) + " more"
	}
	return "dan " + strconv.Itoa(n) + " masalah lainnya"
}

// more returns the counts of p when it closes capped Problems.
func (p Problem) more() (*MoreProblems, bool) {
	m, ok := p.Err.(*MoreProblems)
	return m, ok && p.Rule == RuleMoreProblems
}

// closing returns the problem that closes capped Problems with the counts
// of m, an error when it counts an error.
func closing(m *MoreProblems) Problem {
	sev := Warning
	if m.Errors > 0 {
		sev = Error
	}
	return Problem{Rule: RuleMoreProblems, Severity: sev, Err: m}
}

// Add returns ps with p added, as append does, but keeps at most max
// problems (DefaultMaxProblems when max <= 0): past them, p is only
// counted, in one closing problem of rule RuleMoreProblems that says how
// many more were found. So a collection holds max+1 problems at most,
// however many a document has. Every reader and check of the library
// collects its problems this way.
func (ps Problems) Add(max int, p Problem) Problems {
	if max <= 0 {
		max = DefaultMaxProblems
	}
	if m, ok := p.more(); ok {
		return ps.count(m.Errors, m.Warnings)
	}
	if len(ps) < max {
		return append(ps, p)
	}
	if p.Severity == Error {
		return ps.count(1, 0)
	}
	return ps.count(0, 1)
}

// AddAll is Add of each of qs, in order; the closing problem of qs adds
// its counts to those of ps.
func (ps Problems) AddAll(max int, qs Problems) Problems {
	for _, q := range qs {
		ps = ps.Add(max, q)
	}
	return ps
}

// count adds errors and warnings to the closing problem of ps, which it
// adds when ps has none.
func (ps Problems) count(errors, warnings int) Problems {
	if n := len(ps); n > 0 {
		if m, ok := ps[n-1].more(); ok {
			m.Errors += errors
			m.Warnings += warnings
			ps[n-1] = closing(m)
			return ps
		}
	}
	return append(ps, closing(&MoreProblems{Errors: errors, Warnings: warnings}))
}

// Count returns how many errors and how many warnings ps holds, those the
// closing problem of capped Problems counts included.
func (ps Problems) Count() (errors, warnings int) {
	for _, p := range ps {
		if m, ok := p.more(); ok {
			errors += m.Errors
			warnings += m.Warnings
			continue
		}
		if p.Severity == Error {
			errors++
		} else {
			warnings++
		}
	}
	return errors, warnings
}
