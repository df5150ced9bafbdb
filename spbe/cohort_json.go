package spbe

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"

	"github.com/kotacerdas/smartcity"
)

// Cohorts are the cohorts of a set of results of several frameworks, one
// per framework, the newest first, as GroupByFramework makes them.
type Cohorts []*Cohort

// cohortJSON is the JSON of a Cohort; see MarshalJSON.
type cohortJSON struct {
	Framework      string            `json:"framework"`
	Cohorts        int               `json:"cohorts"`
	PredicateBasis string            `json:"predicate_basis"`
	N              int               `json:"n"`
	Index          Stats             `json:"index"`
	Domains        []domainStatsJSON `json:"domains"`
	Predicates     []PredicateCount  `json:"predicates"`
	Members        []memberJSON      `json:"members"`
}

// domainStatsJSON is the statistics of one domain.
type domainStatsJSON struct {
	Code string `json:"code"`
	Name string `json:"name"`
	Stats
}

// memberJSON is one ranked member.
type memberJSON struct {
	Rank       int      `json:"rank"`
	Percentile float64  `json:"percentile"`
	Instansi   string   `json:"instansi"`
	Tahun      int      `json:"tahun"`
	Index      string   `json:"index"`
	IndexExact string   `json:"index_exact"`
	IndexValue float64  `json:"index_value"`
	Predicate  string   `json:"predicate"`
	Domains    []string `json:"domains"`
}

// MarshalJSON writes the cohort as `smartcity spbe cohort --json` prints
// it, names in Indonesian (JSON for another language): "framework" (the
// id), "cohorts" (1; see Cohorts.WriteJSON), "predicate_basis", "n", the
// statistics of the "index" and of the "domains" (each with its code and
// name; none in a framework without domains), the counts of the
// "predicates", and the "members" ranked: rank, percentile, instansi,
// tahun, the index three ways ("index" as published, "index_exact" the
// reduced fraction, "index_value" a float for charts), predicate and the
// domain indices as published. Statistics are floating-point numbers (see
// Stats). Its receiver is a value, so that a Cohort that is not
// addressable, such as a map's value, is written so too.
func (c Cohort) MarshalJSON() ([]byte, error) {
	return json.Marshal(c.form(1, smartcity.Indonesian, true))
}

// JSON returns c as MarshalJSON writes it, with the names of the domains
// in lang.
func (c Cohort) JSON(lang smartcity.Lang) json.Marshaler {
	return marshaler(func() ([]byte, error) { return json.Marshal(c.form(1, lang, true)) })
}

// WriteJSON writes each cohort to w as MarshalJSON writes it, with
// "cohorts" the number of cohorts and names in lang, indented by two
// spaces as json.MarshalIndent indents and followed by a newline: one
// object after another, as `smartcity spbe cohort --json` prints a file
// of several frameworks. The members are written one at a time, so that
// the JSON of a cohort of a million members is never held whole.
func (cs Cohorts) WriteJSON(w io.Writer, lang smartcity.Lang) error {
	for _, c := range cs {
		if err := c.writeJSON(w, len(cs), lang); err != nil {
			return err
		}
	}
	return nil
}

// writeJSON writes c, one of n cohorts, as WriteJSON does: the indented
// JSON of c without its members, which are the last field, with the
// members spliced in, each indented as it would be inside the array.
func (c *Cohort) writeJSON(w io.Writer, n int, lang smartcity.Lang) error {
	head, err := json.MarshalIndent(c.form(n, lang, false), "", "  ")
	if err != nil {
		return err
	}
	const empty = `"members": []`
	at := bytes.LastIndex(head, []byte(empty))
	if at < 0 {
		return errors.New("spbe: a cohort's JSON without its members")
	}
	if _, err := w.Write(head[:at+len(empty)-1]); err != nil {
		return err
	}
	for k, m := range c.Members() {
		sep := ",\n    "
		if k == 0 {
			sep = "\n    "
		}
		b, err := json.MarshalIndent(memberForm(m), "    ", "  ")
		if err != nil {
			return err
		}
		if _, err := io.WriteString(w, sep); err != nil {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	end := "]"
	if c.Len() > 0 {
		end = "\n  ]"
	}
	if _, err := io.WriteString(w, end); err != nil {
		return err
	}
	_, err = w.Write(append(head[at+len(empty):len(head):len(head)], '\n'))
	return err
}

// form returns the JSON form of c, one of n cohorts, with names in lang,
// and its members when members is set (else an empty list).
func (c *Cohort) form(n int, lang smartcity.Lang, members bool) cohortJSON {
	j := cohortJSON{
		Cohorts: n, PredicateBasis: c.Basis.or(Unrounded).String(), N: c.Len(), Index: c.Index,
		Domains: make([]domainStatsJSON, len(c.Domains)), Predicates: c.Predicates, Members: []memberJSON{},
	}
	if fw := c.Framework; fw != nil {
		j.Framework = fw.spec.ID
		for d, dom := range fw.spec.Domains {
			if d < len(j.Domains) {
				j.Domains[d] = domainStatsJSON{Code: dom.Code, Name: dom.Name.In(lang), Stats: c.Domains[d]}
			}
		}
	}
	if members {
		j.Members = make([]memberJSON, 0, c.Len())
		for _, m := range c.Members() {
			j.Members = append(j.Members, memberForm(m))
		}
	}
	return j
}

// memberForm returns the JSON form of a ranked member.
func memberForm(m Ranked) memberJSON {
	domains := make([]string, len(m.Domains))
	for d, x := range m.Domains {
		domains[d] = x.String()
	}
	return memberJSON{
		Rank: m.Rank, Percentile: m.Percentile, Instansi: m.Instansi, Tahun: m.Year,
		Index: m.Index.String(), IndexExact: m.Index.Exact(), IndexValue: m.Index.Float64(),
		Predicate: m.Predicate.String(), Domains: domains,
	}
}
