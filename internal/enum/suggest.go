package enum

// near returns the code of the value whose spelling is nearest to the
// folded input f by edit distance, when that distance is small enough to be
// a typo (see typoLimit), or "". Ties go to the spelling listed first.
func (t *Table[E]) near(f string) string {
	in := []rune(f)
	if len(in) == 0 || len(in) > 2*t.maxLen {
		return ""
	}
	best, bestDist := E(0), -1
	var rows distRows
	for _, k := range t.keys {
		limit := typoLimit(len(k.text))
		if abs(len(in)-len(k.text)) > limit {
			continue // the distance is at least the difference in length
		}
		d := rows.distance(in, k.text)
		if d <= limit && (bestDist < 0 || d < bestDist) {
			best, bestDist = k.value, d
		}
	}
	if bestDist < 0 {
		return ""
	}
	return t.rows[best].Code
}

// typoLimit is the largest edit distance from a spelling of n runes that is
// still taken for a typo: one edit for codes and short words, two up to nine
// runes, a quarter of the length beyond.
func typoLimit(n int) int {
	switch {
	case n <= 4:
		return 1
	case n <= 9:
		return 2
	default:
		return n / 4
	}
}

func abs(n int) int { return max(n, -n) }

// editDistance returns the optimal-string-alignment distance between a and
// b: insertions, deletions, substitutions and transpositions of adjacent
// runes each count one ("gvo" is one edit from "gov").
func editDistance(a, b []rune) int {
	var rows distRows
	return rows.distance(a, b)
}

// distRows holds the rows of the distance table, reused from one call to
// the next.
type distRows struct{ pp, prev, cur []int }

func (r *distRows) distance(a, b []rune) int {
	// Three rolling rows: two back, previous, current.
	n := len(b) + 1
	if cap(r.pp) < n {
		r.pp, r.prev, r.cur = make([]int, n), make([]int, n), make([]int, n)
	}
	pp, prev, cur := r.pp[:n], r.prev[:n], r.cur[:n]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, pp[j-2]+1)
			}
			cur[j] = d
		}
		pp, prev, cur = prev, cur, pp
	}
	return prev[len(b)]
}
