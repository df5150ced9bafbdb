package spbe

import (
	"cmp"
	"encoding/binary"
	"errors"
	"iter"
	"math"
	"slices"
	"strconv"

	"golang.org/x/exp/stats"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/escape"
)

// Member is one result in a cohort: who, when, under which framework, and
// the indices that are ranked and summarised.
type Member struct {
	// Instansi and Year say whose result it is.
	Instansi string `json:"instansi" yaml:"instansi"`
	Year     int    `json:"tahun,omitzero" yaml:"tahun,omitempty"`
	// Framework is the id of the framework of the result. Empty means the
	// cohort's (NewCohort) or the rule of Year (GroupByFramework), for
	// members made by hand from published figures.
	Framework string `json:"framework,omitempty" yaml:"framework,omitempty"`
	// Index is the index — the Indeks SPBE, or the Indeks Pemerintah
	// Digital — exact. A published value such as 3.99 may stand for the
	// exact one; ranks then tie where the published figures do.
	Index smartcity.Number `json:"index" yaml:"index"`
	// Domains are the domain indices by domain position; none in a
	// framework without domains.
	Domains []smartcity.Number `json:"domains" yaml:"domains"`
	// Predicate is the predikat; zero means the one of Index on the
	// unrounded basis, in the bands of the cohort's framework.
	Predicate Predicate `json:"predicate,omitzero" yaml:"predicate,omitempty"`
}

// MemberOf returns the cohort member of a scored result, naming its
// framework. The member keeps a copy of the domain indices, so res may be
// reused.
func MemberOf(instansi string, year int, res *Result) Member {
	m := Member{
		Instansi: instansi, Year: year, Index: res.Index,
		Domains: slices.Clone(res.Domains), Predicate: res.Predicate,
	}
	if res.Framework != nil {
		m.Framework = res.Framework.ID()
	}
	return m
}

// Ranked is a member with its place in the cohort.
type Ranked struct {
	Member
	// Rank is the competition rank by exact index, highest first: members
	// with equal indices share a rank and the next rank skips (1, 2, 2,
	// 4).
	Rank int `json:"rank" yaml:"rank"`
	// Percentile is the percentile rank from 0 to 100: the share of the
	// other members whose index is strictly lower, 100 × below / (n − 1),
	// as spreadsheets' PERCENTRANK.INC computes it (the inverse of the
	// R-7 quantiles). The highest member is 100 and the lowest 0; members
	// of equal index share it; a single member is 100.
	Percentile float64 `json:"percentile" yaml:"percentile"`
}

// Stats summarise one index over a cohort. They are floating-point
// statistics, computed with golang.org/x/exp/stats from the exact values
// converted once to float64: fine for a summary, never for a rank or a
// predikat, which use exact comparison.
type Stats struct {
	// N is the number of values; every other field is 0 when N is 0.
	N int `json:"n" yaml:"n"`
	// Mean is the arithmetic mean.
	Mean float64 `json:"mean" yaml:"mean"`
	// StdDev is the sample standard deviation (divided by n − 1, as
	// spreadsheets' STDEV.S), which x/exp/stats MeanAndStdDev computes. It
	// is 0 for a single value.
	StdDev float64 `json:"std_dev" yaml:"std_dev"`
	// Min, Q1, Median, Q3 and Max are the quantiles 0, ¼, ½, ¾ and 1 by
	// the R-7 method (linear interpolation between order statistics, as
	// spreadsheets' PERCENTILE.INC and QUARTILE.INC), which x/exp/stats
	// Quantiles computes.
	Min    float64 `json:"min" yaml:"min"`
	Q1     float64 `json:"q1" yaml:"q1"`
	Median float64 `json:"median" yaml:"median"`
	Q3     float64 `json:"q3" yaml:"q3"`
	Max    float64 `json:"max" yaml:"max"`
}

// PredicateCount is how many members of a cohort have a predikat.
type PredicateCount struct {
	Predicate Predicate `json:"predicate" yaml:"predicate"`
	Count     int       `json:"count" yaml:"count"`
}

// Cohort ranks and summarises a set of results of one framework — all
// 2024 regencies, say. Indices of different frameworks are not ranked
// together: they weigh other indicators and earn their predikat in other
// bands (see GroupByFramework).
//
// A cohort holds its members compactly rather than as Members, so that a
// national file of a million results is ranked in a fraction of the
// memory its rows take: the instansi packed in a few large strings, each
// sharing its prefix with the one before; the years and the indices as
// integers of 2 or 4 bytes — numerators over the denominator that a
// framework's indices share, its weights — and the ranking as positions.
// A result of 59/2020 of such a file costs some 27 bytes so, ranking
// included, where a Member with its instansi and domain indices costs
// about 185 (BenchmarkNewCohort100k). Members gives the members back,
// ranked, each as a Ranked of its own.
//
// A Cohort is written in JSON as `smartcity spbe cohort --json` prints it
// (MarshalJSON).
type Cohort struct {
	// Framework is the framework of the members.
	Framework *Framework
	// Basis is the basis the members' predikat were taken on, as the
	// caller scored them; the JSON writes it, and the zero value means
	// unrounded, the basis of the predikat a member without one is given.
	Basis PredicateBasis
	// Index summarises the index, Domains each domain by position (none in
	// a framework without domains).
	Index   Stats
	Domains []Stats
	// Predicates count the members per predikat band of the framework,
	// the highest first, every band listed.
	Predicates []PredicateCount

	members memberTable // by position, in the order given
	order   []int32     // the positions of the members by rank
	// ties bounds the runs of equal indices in order: at the first place
	// of a run, the place after its last; at the others, the first place.
	ties []int32
}

// NewCohort ranks members and summarises their indices under fw. Every
// member must be of fw — name fw's id or no framework, which fw then
// stands for, as the framework a caller chooses wins over the year in
// Assessment.ResolveFramework — and have a valid index, one valid index
// per domain of fw, each from 0 to fw's highest level (a problem of rule
// "index_range" otherwise), and a predikat, if any, among fw's bands. A member of
// another framework is a problem wrapping ErrFrameworkMismatch that names
// it and both frameworks: a cohort ranks one framework's indices, and
// GroupByFramework ranks a mixed set in one cohort per framework. Every
// problem is reported at once in an error holding smartcity.Problems. An empty cohort is
// not an error: it has no members, and its Stats have N 0.
//
// A nil fw means Default, as it does for Assessment.ResolveFramework; the
// zero Framework, which has no indicators, is an error.
//
// The cohort keeps no reference to members: it copies what it ranks into
// its compact form, so the slice and the Domains of its members may be
// reused as soon as NewCohort returns. To rank results as they are read,
// without a slice of Members, use NewCohortSeq.
func NewCohort(fw *Framework, members []Member) (*Cohort, error) {
	return newCohortSeq(fw, slices.Values(members), len(members))
}

// NewCohortSeq is NewCohort for the members that seq yields, in that
// order: a member's problems name its place in the sequence
// (members[k]). Each member is copied into the cohort's compact form
// while it is yielded and nothing of it is kept, so that seq may yield
// every member in one Member whose Domains it overwrites — the Domains of
// a Result that ScoreAll reuses — and an instansi that is part of a
// larger string (a row of a file) does not keep that string alive. Once a
// problem is found, the members that follow are checked but not kept.
func NewCohortSeq(fw *Framework, seq iter.Seq[Member]) (*Cohort, error) {
	return newCohortSeq(fw, seq, 0)
}

// newCohortSeq is NewCohortSeq with room made for n members.
func newCohortSeq(fw *Framework, seq iter.Seq[Member], n int) (*Cohort, error) {
	if fw == nil {
		fw = Default()
	} else if err := fw.usable(); err != nil {
		return nil, err
	}
	var ps problems
	t := newMemberTable(fw, n)
	k := 0
	for m := range seq {
		checkMember(&ps, fw, k, m)
		if len(ps) == 0 {
			t.append(m)
		}
		k++
	}
	if err := ps.err("cohort of " + fw.spec.ID); err != nil {
		return nil, err
	}
	return newCohort(fw, t)
}

// memberField is the field path of a member's problem. Paths are built
// only for problems, so that a valid cohort costs no formatting.
func memberField(k int, suffix string) string { return "members[" + strconv.Itoa(k) + "]" + suffix }

// checkMember adds the problems of members[k] as a member of a cohort of
// fw.
func checkMember(ps *problems, fw *Framework, k int, m Member) {
	other := m.Framework != "" && m.Framework != fw.spec.ID
	if other {
		ps.add(memberField(k, ".framework"), "%w: %s is a result of %s, not %s; a cohort ranks one framework's indices: group the members by framework",
			ErrFrameworkMismatch, memberName(m), m.Framework, fw.spec.ID)
	}
	if !m.Index.IsValid() {
		ps.add(memberField(k, ".index"), "an index is required")
	} else {
		checkIndexRange(ps, fw, memberField(k, ".index"), m.Index)
	}
	if other {
		// Its domains and predikat are of the other framework.
		return
	}
	nd := fw.NumDomains()
	if len(m.Domains) != nd {
		ps.add(memberField(k, ".domains"), "%d domain indices for the %d domains of %s", len(m.Domains), nd, fw.spec.ID)
	} else {
		for d, x := range m.Domains {
			if !x.IsValid() {
				ps.add(memberField(k, ".domains["+strconv.Itoa(d)+"]"), "an index is required")
			} else {
				checkIndexRange(ps, fw, memberField(k, ".domains["+strconv.Itoa(d)+"]"), x)
			}
		}
	}
	switch p := m.Predicate; {
	case p != 0 && !predicates.IsValid(p):
		ps.add(memberField(k, ".predicate"), "unknown predicate %d", p)
	case p != 0 && !fw.hasBand(p):
		ps.add(memberField(k, ".predicate"), "%s is not a predikat band of %s", p, fw.spec.ID)
	}
}

// checkIndexRange adds a problem at path when x, an index of fw, lies
// outside 0 to fw's highest level, where no levels of fw can put it: a
// member made from a published figure or read from JSON is checked where
// it enters, so that no rank, statistic or predikat is made of it.
func checkIndexRange(ps *problems, fw *Framework, path string, x smartcity.Number) {
	if x.Sign() < 0 || x.Cmp(smartcity.NewNumber(int64(fw.spec.MaxLevel), 1)) > 0 {
		ps.add(path, "%w: index %s is outside 0–%d", errIndexRange, x.Decimal(2), int(fw.spec.MaxLevel))
	}
}

// memberName names a member in a problem: "Kab. Rembang" 2025.
func memberName(m Member) string {
	s := escape.Quote(m.Instansi)
	if m.Year != 0 {
		s += " " + strconv.Itoa(m.Year)
	}
	return s
}

// newCohort ranks and summarises the members of t, which checkMember
// found valid, and takes t over. Beside t it allocates 8 bytes a member
// for the ranking and, while it summarises, 8 more for one measure's
// values at a time.
func newCohort(fw *Framework, t *memberTable) (*Cohort, error) {
	t.finish()
	n, nd := t.len(), fw.NumDomains()
	if n > math.MaxInt32 {
		return nil, errors.New("spbe: a cohort holds at most 2147483647 members")
	}
	c := &Cohort{Framework: fw, Domains: make([]Stats, nd), members: *t, order: make([]int32, n), ties: make([]int32, n)}
	index := &c.members.index
	for k := range c.order {
		c.order[k] = int32(k)
	}
	// Highest first; equal indices in the order given, as a stable sort
	// would leave them, from the faster unstable one.
	slices.SortFunc(c.order, func(a, b int32) int {
		if d := index.cmp(int(b), int(a)); d != 0 {
			return d
		}
		return cmp.Compare(a, b)
	})
	for start := 0; start < n; {
		end := start + 1
		for end < n && index.cmp(int(c.order[end]), int(c.order[start])) == 0 {
			c.ties[end] = int32(start)
			end++
		}
		c.ties[start] = int32(end)
		start = end
	}

	values := make([]float64, n)
	for k := range values {
		values[k] = index.at(k).Float64()
	}
	c.Index = summarise(values)
	for d := range nd {
		col := &c.members.domains[d]
		for k := range values {
			values[k] = col.at(k).Float64()
		}
		c.Domains[d] = summarise(values)
	}
	bands := fw.spec.Bands
	c.Predicates = make([]PredicateCount, len(bands))
	for i, b := range bands {
		c.Predicates[len(bands)-1-i].Predicate = b.Predicate
	}
	for _, p := range c.members.predicates {
		c.Predicates[len(bands)-1-fw.band(p)].Count++
	}
	return c, nil
}

// GroupByFramework ranks members in one cohort per framework, the newest
// framework first (the one whose last evaluation year is the latest, ties
// by id), each keeping its members' order: indices of different frameworks
// weigh other indicators and earn their predikat in other bands, so a set
// that spans two rules — the 2025 results under PermenPANRB 59/2020 and the
// 2026 ones under 8/2026 — is ranked as two cohorts, not one.
//
// A member's framework is, as Assessment.ResolveFramework(nil) decides for
// an assessment, the one it names — among frameworks, else a built-in; an
// unknown id wraps ErrUnknownFramework — or, when it names none, the rule
// of its year (ForYear; a year before 2018 is the rule "no_framework"), or
// Default without a year. Each member must then be valid in its framework's
// cohort (see NewCohort). Every problem is reported at once in an
// error holding smartcity.Problems, by the member's position in members. No members make
// no cohorts.
//
// Each member is copied into its cohort's compact form, as NewCohort
// copies it, and members is neither kept nor changed.
// GroupByFrameworkSeq does the same for the members of a sequence.
func GroupByFramework(members []Member, frameworks ...*Framework) (Cohorts, error) {
	return GroupByFrameworkSeq(slices.Values(members), frameworks...)
}

// GroupByFrameworkSeq is GroupByFramework for the members that seq
// yields, each copied while it is yielded, as NewCohortSeq copies it: the
// members of each framework go straight to their cohort, so that a mixed
// set is held once, compactly, and never as a slice of Members.
func GroupByFrameworkSeq(seq iter.Seq[Member], frameworks ...*Framework) (Cohorts, error) {
	byID := func(id string) (*Framework, error) {
		for _, fw := range frameworks {
			if fw != nil && fw.spec.ID == id {
				return fw, nil
			}
		}
		return Lookup(id)
	}
	var ps problems
	var groups []*memberTable // in the order first met; few, so searched in turn
	k := 0
	for m := range seq {
		fw, ok := memberFramework(&ps, byID, k, m)
		if ok {
			checkMember(&ps, fw, k, m)
		}
		if ok && len(ps) == 0 {
			i := slices.IndexFunc(groups, func(t *memberTable) bool { return t.fw == fw })
			if i < 0 {
				i = len(groups)
				groups = append(groups, newMemberTable(fw, 0))
			}
			groups[i].append(m)
		}
		k++
	}
	if err := ps.err("cohorts"); err != nil {
		return nil, err
	}
	slices.SortStableFunc(groups, func(a, b *memberTable) int {
		if c := cmp.Compare(lastYear(b.fw), lastYear(a.fw)); c != 0 {
			return c
		}
		return cmp.Compare(a.fw.spec.ID, b.fw.spec.ID)
	})
	out := make(Cohorts, len(groups))
	for i, t := range groups {
		c, err := newCohort(t.fw, t)
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}

// memberFramework returns the framework of members[k] for
// GroupByFramework, or adds why it has none to ps.
func memberFramework(ps *problems, byID func(string) (*Framework, error), k int, m Member) (*Framework, bool) {
	switch {
	case m.Framework != "":
		fw, err := byID(m.Framework)
		if err != nil {
			ps.add(memberField(k, ".framework"), "%w", bare{err})
			return nil, false
		}
		return fw, true
	case m.Year != 0:
		y, err := frameworkForYear(m.Year, memberField(k, ".tahun"), "")
		if found := smartcity.Problems(nil); errors.As(err, &found) {
			ps.addAll(found)
			return nil, false
		}
		// A framework given with the id of the year's rule stands for it.
		fw, _ := byID(y.spec.ID)
		return fw, true
	default:
		fw, _ := byID(Default().spec.ID)
		return fw, true
	}
}

// lastYear returns the last evaluation year of fw, 0 when it lists none.
func lastYear(fw *Framework) int {
	if ys := fw.spec.Years; len(ys) > 0 {
		return slices.Max(ys)
	}
	return 0
}

// Len returns the number of members.
func (c *Cohort) Len() int { return len(c.order) }

// rankedAt returns the member ranked k-th, from 0: the highest index is
// rankedAt(0), members of equal index follow in the order they were given
// in. Its Framework is the cohort's, its Predicate the one it was given
// or else the one of its index, and its Domains a slice of its own. k is
// in [0, Len()).
func (c *Cohort) rankedAt(k int) Ranked {
	start, end := k, int(c.ties[k])
	if end <= k {
		start = end
		end = int(c.ties[start])
	}
	n := len(c.order)
	pct := 100.0
	if n > 1 {
		pct = 100 * float64(n-end) / float64(n-1)
	}
	return Ranked{Member: c.members.member(int(c.order[k])), Rank: start + 1, Percentile: pct}
}

// Members yields the members ranked, highest index first, each with its
// place from 0. Members of equal index keep the order they were given in.
// A member's Framework is the cohort's, its Predicate the one it was given
// or else the one of its index, and its Domains a slice of its own.
func (c *Cohort) Members() iter.Seq2[int, Ranked] {
	return func(yield func(int, Ranked) bool) {
		for k := range c.order {
			if !yield(k, c.rankedAt(k)) {
				return
			}
		}
	}
}

// count returns how many members have predicate p.
func (c *Cohort) count(p Predicate) int {
	for _, pc := range c.Predicates {
		if pc.Predicate == p {
			return pc.Count
		}
	}
	return 0
}

// find returns the best ranked member with the given instansi and year
// (any year when year is 0).
func (c *Cohort) find(instansi string, year int) (Ranked, bool) {
	t := &c.members
	for k, p := range c.order {
		if (year == 0 || t.years.at(int(p)) == int64(year)) && t.names.at(int(p)) == instansi {
			return c.rankedAt(k), true
		}
	}
	return Ranked{}, false
}

// memberTable holds the members of one framework's cohort compactly, by
// position in the order they were given in: the instansi in a nameTable,
// the years, indices and domain indices in columns that take 4 bytes a
// value or none (see ints), and the predikat, the given one or else the
// one of the index, in a byte. What it copies of a Member is its own.
type memberTable struct {
	fw         *Framework
	names      nameTable
	years      ints
	index      indices
	domains    []indices // by domain position
	predicates []Predicate
	room       int // the number of members to make room for, until finish
}

// newMemberTable returns an empty table of fw's members with room for n.
func newMemberTable(fw *Framework, n int) *memberTable {
	t := &memberTable{fw: fw, domains: make([]indices, fw.NumDomains()), predicates: make([]Predicate, 0, n), room: n}
	return t
}

// finish ends the adding of members.
func (t *memberTable) finish() {
	t.names.finish()
	t.room = 0
}

// len returns the number of members.
func (t *memberTable) len() int { return len(t.predicates) }

// append copies m, a valid member of t.fw, into the table.
func (t *memberTable) append(m Member) {
	t.names.append(m.Instansi)
	t.years.append(int64(m.Year), t.room)
	t.index.append(m.Index, t.room)
	for d, x := range m.Domains {
		t.domains[d].append(x, t.room)
	}
	p := m.Predicate
	if p == 0 {
		p = t.fw.PredicateOf(m.Index, Unrounded)
	}
	t.predicates = append(t.predicates, p)
}

// member returns the member at position k as a Member of t.fw.
func (t *memberTable) member(k int) Member {
	m := Member{
		Instansi: t.names.at(k), Year: int(t.years.at(k)), Framework: t.fw.spec.ID,
		Index: t.index.at(k), Domains: make([]smartcity.Number, len(t.domains)), Predicate: t.predicates[k],
	}
	for d := range t.domains {
		m.Domains[d] = t.domains[d].at(k)
	}
	return m
}

// nameBlock bounds the blocks that a nameTable packs names in: an offset
// in a block fits in 16 bits, and the block being filled, copied into a
// string once full, costs little; the blocks of a million names are a few
// hundred at most.
const nameBlock = 32 << 10

// nameRun is the length of the runs of names that a nameTable reads from
// their first name: the longer, the less a name costs and the longer it
// takes to read.
const nameRun = 16

// nameTable holds many names packed in a few large strings, each name but
// the first of a run of nameRun as the length of the prefix it shares with
// the name before, the length of the rest and the rest: "Pemerintah Kab.
// Contoh 12" after "Pemerintah Kab. Contoh 11" takes 3 bytes, and a name
// that shares nothing its length and 2 bytes. Names in a file are often
// alike, "Pemerintah Kab. " and "Pemerintah Kota " to begin with, and
// every year of an instansi the same; a name in a string of its own would
// cost a 16-byte header and its bytes rounded up to an allocation size.
type nameTable struct {
	n      int
	blocks []string // the sealed blocks
	first  []int    // the position of the first name of each block, the open one too
	runs   []int    // the index in starts of the first run of each block, the open one too
	starts []uint16 // where each run starts in its block
	open   []byte   // the block being filled, copied into blocks once full
	prev   []byte   // the name before, to share a prefix with
}

// append appends s. A name longer than a block has a block of its own.
func (t *nameTable) append(s string) {
	k := t.n
	t.n++
	shared := 0
	if len(t.first) > 0 && (k-t.first[len(t.first)-1])%nameRun != 0 {
		for shared < len(s) && shared < len(t.prev) && s[shared] == t.prev[shared] {
			shared++
		}
	}
	if len(t.first) == 0 || len(t.open)+entrySize(shared, len(s)) > nameBlock {
		t.seal()
		t.first = append(t.first, k)
		t.runs = append(t.runs, len(t.starts))
		shared = 0
	}
	if (k-t.first[len(t.first)-1])%nameRun == 0 {
		t.starts = append(t.starts, uint16(len(t.open)))
	}
	t.open = binary.AppendUvarint(t.open, uint64(shared))
	t.open = binary.AppendUvarint(t.open, uint64(len(s)-shared))
	t.open = append(t.open, s[shared:]...)
	t.prev = append(t.prev[:0], s...)
}

// entrySize returns the bytes that a name of size bytes takes after one
// it shares shared bytes with.
func entrySize(shared, size int) int {
	return uvarintLen(shared) + uvarintLen(size-shared) + size - shared
}

// uvarintLen returns the length of v as binary.AppendUvarint writes it.
func uvarintLen(v int) int {
	n := 1
	for ; v >= 0x80; v >>= 7 {
		n++
	}
	return n
}

// seal copies the open block, if any, into blocks; its buffer is filled
// again by the names that follow.
func (t *nameTable) seal() {
	if len(t.blocks) < len(t.first) {
		t.blocks = append(t.blocks, string(t.open))
		t.open = t.open[:0]
	}
}

// finish seals the table once every name is in, and lets its buffers go.
func (t *nameTable) finish() {
	t.seal()
	t.open, t.prev = nil, nil
}

// at returns the name at position k of a sealed table: a part of a block
// for the first name of a run, a string of its own for the others.
func (t *nameTable) at(k int) string {
	b, found := slices.BinarySearch(t.first, k)
	if !found {
		b--
	}
	block, i := t.blocks[b], k-t.first[b]
	off := int(t.starts[t.runs[b]+i/nameRun])
	var buf [64]byte
	name := buf[:0]
	for j := i - i%nameRun; ; j++ {
		var shared, size int
		shared, off = uvarintAt(block, off)
		size, off = uvarintAt(block, off)
		rest := block[off : off+size]
		off += size
		if j == i && shared == 0 {
			return rest
		}
		name = append(name[:shared], rest...)
		if j == i {
			return string(name)
		}
	}
}

// uvarintAt reads the unsigned varint that binary.AppendUvarint wrote at
// s[off:], and returns it with the offset after it.
func uvarintAt(s string, off int) (v, next int) {
	for shift := 0; ; shift += 7 {
		c := s[off]
		off++
		v |= int(c&0x7f) << shift
		if c < 0x80 {
			return v, off
		}
	}
}

// ints is a column of integers that costs nothing while every value is
// the same — the year of a file of one year, the denominator of a
// framework's indices — then 2 bytes a value while each fits in 16 bits —
// the numerator of a domain index, over the domain's weight in basis
// points — 4 while each fits in 32, and 8 once one does not.
type ints struct {
	n    int
	same int64   // every value, while the slices are nil
	w16  []int16 // every value, once two differ, while each fits
	w32  []int32 // every value, once one does not fit in 16 bits
	w64  []int64 // every value, once one does not fit in 32 bits
}

// append appends v, making room for room values when the column widens.
func (c *ints) append(v int64, room int) {
	cur := c.width()
	if cur == 0 && (c.n == 0 || v == c.same) {
		c.same = v
		c.n++
		return
	}
	need := fitWidth(v)
	if cur == 0 {
		need = max(need, fitWidth(c.same))
	}
	if need > cur {
		size := max(room, 2*c.n)
		switch need {
		case 16:
			c.w16 = widened(c, make([]int16, c.n, size))
		case 32:
			c.w32 = widened(c, make([]int32, c.n, size))
			c.w16 = nil
		default:
			c.w64 = widened(c, make([]int64, c.n, size))
			c.w16, c.w32 = nil, nil
		}
	}
	switch {
	case c.w16 != nil:
		c.w16 = append(c.w16, int16(v))
	case c.w32 != nil:
		c.w32 = append(c.w32, int32(v))
	default:
		c.w64 = append(c.w64, v)
	}
	c.n++
}

// widened returns s, of c's length, filled with c's values.
func widened[T int16 | int32 | int64](c *ints, s []T) []T {
	for k := range s {
		s[k] = T(c.at(k))
	}
	return s
}

// width returns the bits a value of c takes: 0 while they are the same.
func (c *ints) width() int {
	switch {
	case c.w16 != nil:
		return 16
	case c.w32 != nil:
		return 32
	case c.w64 != nil:
		return 64
	}
	return 0
}

// fitWidth returns the width that v fits in: 16, 32 or 64.
func fitWidth(v int64) int {
	switch {
	case v == int64(int16(v)):
		return 16
	case v == int64(int32(v)):
		return 32
	}
	return 64
}

// at returns the value at position k.
func (c *ints) at(k int) int64 {
	switch {
	case c.w16 != nil:
		return int64(c.w16[k])
	case c.w32 != nil:
		return int64(c.w32[k])
	case c.w64 != nil:
		return c.w64[k]
	}
	return c.same
}

// indices is a column of exact indices, each kept as it was given:
// numerator and denominator, not reduced. The denominators cost nothing
// while they are shared, as a framework's scores share its weights.
type indices struct {
	num, den ints
}

// append appends x, as ints.append does.
func (c *indices) append(x smartcity.Number, room int) {
	c.num.append(x.Num(), room)
	c.den.append(x.Den(), room)
}

// at returns the index at position k.
func (c *indices) at(k int) smartcity.Number { return smartcity.NewNumber(c.num.at(k), c.den.at(k)) }

// cmp compares the indices at positions a and b by value, as Number.Cmp:
// by their numerators alone while they share a denominator, which is
// positive.
func (c *indices) cmp(a, b int) int {
	if c.den.width() != 0 {
		return c.at(a).Cmp(c.at(b))
	}
	return cmp.Compare(c.num.at(a), c.num.at(b))
}

// summarise computes the Stats of values, which it may reorder.
func summarise(values []float64) Stats {
	if len(values) == 0 {
		return Stats{}
	}
	slices.Sort(values)
	s := Stats{N: len(values)}
	s.Mean, s.StdDev = stats.MeanAndStdDev(values)
	q := stats.Quantiles(values, 0, 0.25, 0.5, 0.75, 1)
	s.Min, s.Q1, s.Median, s.Q3, s.Max = q[0], q[1], q[2], q[3], q[4]
	return s
}
