package spbe

import "github.com/kotacerdas/smartcity"

// The scoring pass of ScoreInto. One flat loop over the levels checks them
// and keeps the running Σ level × weight at every indicator position; each
// aspect and domain index is then the difference of the running sums at
// the ends of its run of indicators. No index is reset or read back, and
// the runs are worked out once, when the framework is built.
//
// The loops are flat and each in a function of its own on purpose: a loop
// per aspect inside the loop over aspects, as scoring had, leaves the
// compiler too few registers, and the sums go to memory and back at every
// level, which cost more than the levels' arithmetic.

// runs divides the indicator positions into runs that each sum into one
// index: an aspect's or a domain's. The indicators of an aspect are listed
// together in every real framework, and so are those of a domain, so the
// built-ins have one run per index, in order.
type runs struct {
	last []int   // the last indicator position of each run
	to   []int   // the index each run sums into; nil when run k is all of index k
	den  []int64 // the denominator of each index, its weight
}

// runsOf divides the indicator positions into runs: to[i] is the index
// that position i sums into, and den the indices' denominators.
func runsOf(to []int, den []int64) runs {
	rs := runs{den: den}
	var into []int
	for i, t := range to {
		if k := len(into) - 1; k >= 0 && into[k] == t {
			rs.last[k] = i
			continue
		}
		rs.last = append(rs.last, i)
		into = append(into, t)
	}
	for k, t := range into {
		if t != k || len(into) != len(den) {
			rs.to = into
			break
		}
	}
	return rs
}

// store sets xs, resized to one entry per index, to each index's sum of its
// runs, from the running sums, and returns it.
func (rs *runs) store(xs []smartcity.Number, sums []int64) []smartcity.Number {
	if rs.to != nil {
		return rs.storeSplit(xs, sums)
	}
	xs = resize(xs, len(rs.last))
	den := rs.den[:len(xs)]
	var before int64
	for k, last := range rs.last[:len(xs)] {
		at := sums[last]
		xs[k] = smartcity.NewNumber(at-before, den[k])
		before = at
	}
	return xs
}

// storeSplit is store for indices whose runs are not one each, in order.
func (rs *runs) storeSplit(xs []smartcity.Number, sums []int64) []smartcity.Number {
	xs = resize(xs, len(rs.den))
	for k, d := range rs.den {
		xs[k] = smartcity.NewNumber(0, d)
	}
	var before int64
	for k, last := range rs.last {
		at := sums[last]
		x := &xs[rs.to[k]]
		*x = smartcity.NewNumber(x.Num()+at-before, x.Den())
		before = at
	}
	return xs
}

// resize returns s with length n, reusing its array when it is large
// enough; the entries are left for the caller to set.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// runningSums sets sums[i] to Σ level × weight over lv[:i+1], and returns
// the sum over every level and whether every level lies within
// [minL, maxL]. sums, lv and ws have one entry per indicator; minL is 0 or
// 1, so that a level below it is 0 and adds nothing. It takes four levels
// a turn, and is kept out of line so that its loop has the registers to
// itself.
//
//go:noinline
func runningSums(sums []int64, lv Levels, ws []int64, minL, maxL Level) (total int64, ok bool) {
	n := len(lv)
	sums, ws = sums[:n], ws[:n]
	span := maxL - minL
	ok = true
	i := 0
	for ; i+4 <= n; i += 4 {
		l, w, s := lv[i:i+4:i+4], ws[i:i+4:i+4], sums[i:i+4:i+4]
		// One unsigned comparison finds both a level below minL (which
		// wraps around) and one above maxL.
		if l[0]-minL > span || l[1]-minL > span || l[2]-minL > span || l[3]-minL > span {
			ok = false
		}
		total += int64(l[0]) * w[0]
		s[0] = total
		total += int64(l[1]) * w[1]
		s[1] = total
		total += int64(l[2]) * w[2]
		s[2] = total
		total += int64(l[3]) * w[3]
		s[3] = total
	}
	for ; i < n; i++ {
		if lv[i]-minL > span {
			ok = false
		}
		total += int64(lv[i]) * ws[i]
		sums[i] = total
	}
	return total, ok
}
