package spbe

import (
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/escape"
)

// Band is one predikat band of a framework: an index earns Predicate from
// From on, up to the From of the next band. The bands are the framework's
// data — the SPBE bands of 5/2018 and 59/2020 (Memuaskan from 4.2) differ
// from those of the Indeks Pemerintah Digital (Memuaskan from 4.00) — and
// nothing else in the library holds a copy of them.
type Band struct {
	// Predicate is the predikat of the band.
	Predicate Predicate `json:"predicate" yaml:"predicate"`
	// Name is the word the framework uses, with an English gloss.
	Name Text `json:"name" yaml:"name"`
	// From is the lowest index of the band, a decimal with at most two
	// decimals ("4.2", "3.50"). An index below the first band's From —
	// possible only when unanswered indicators count as 0 — is in the
	// first band.
	From string `json:"from" yaml:"from"`
}

// bandPlaces is how many decimals a band's lower bound may have: the
// regulations print their bands, like their results, to two decimals.
const bandPlaces = 2

// parseBandFrom reads a band's lower bound as a numerator over WeightTotal:
// a decimal from 0 to LevelLimit with at most bandPlaces decimals.
func parseBandFrom(s string) (int64, bool) {
	// Digits with a point, as the regulations print their bands: not the
	// decimal comma, a sign or a third decimal that ParseNumber takes.
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || len(frac) > bandPlaces || strings.Trim(whole+frac, "0123456789") != "" || (strings.Contains(s, ".") && frac == "") {
		return 0, false
	}
	x, err := smartcity.ParseNumber(s)
	if err != nil || x.Cmp(smartcity.NewNumber(int64(LevelLimit), 1)) > 0 {
		return 0, false
	}
	return x.Round(bandPlaces) * (WeightTotal / 100), true // exact: at most bandPlaces decimals
}

// Bands returns the framework's predikat bands, lowest first.
func (fw *Framework) Bands() []Band { return append([]Band(nil), fw.spec.Bands...) }

// band returns the position of p among the bands, -1 when p has none.
func (fw *Framework) band(p Predicate) int {
	for i, b := range fw.spec.Bands {
		if b.Predicate == p {
			return i
		}
	}
	return -1
}

// hasBand reports whether p is one of the framework's predikat bands.
func (fw *Framework) hasBand(p Predicate) bool { return fw.band(p) >= 0 }

// Threshold returns the lowest index of p's band as an exact value — 4.2
// for Memuaskan under 59/2020, 4 under PermenPANRB 8/2026 — and false when
// p is not one of the framework's bands.
func (fw *Framework) Threshold(p Predicate) (smartcity.Number, bool) {
	i := fw.band(p)
	if i < 0 {
		return smartcity.Number{}, false
	}
	return smartcity.NewNumber(fw.bandFrom[i], WeightTotal), true
}

// minNumerator returns the least numerator N over WeightTotal — Σ level ×
// weight in basis points, Result.Numerator — whose index earns p on basis:
// under 59/2020 42000 for Memuaskan on the unrounded basis and 41950 on the
// rounded one (4.195 is shown 4.20). A planner raising levels needs N to
// reach it. It is 0 for the lowest band and false when p is not one of the
// framework's bands.
func (fw *Framework) minNumerator(p Predicate, basis PredicateBasis) (int64, bool) {
	i := fw.band(p)
	switch {
	case i < 0:
		return 0, false
	case i == 0:
		return 0, true
	}
	n := fw.bandFrom[i]
	if basis == Rounded {
		// Half-up rounding to hundredths reaches t from t − 0.005.
		n -= WeightTotal / 200
	}
	return max(n, 0), true
}

// PredicateOf returns the predikat of the index x under the framework's
// bands. With the Unrounded basis (and the zero basis) the exact value is
// compared with the bounds, as the 2024 results do: 3.4985 is Baik under
// 59/2020 though it is shown as 3.50. With the Rounded basis the value is
// first rounded half-up to two decimals, as the 2023 results do: 1.7995 is
// shown 1.80 and is Cukup. It is 0 for an invalid x.
func (fw *Framework) PredicateOf(x smartcity.Number, basis PredicateBasis) Predicate {
	if !x.IsValid() {
		return 0
	}
	return fw.predicateFor(x.Num(), x.Den(), basis)
}

// predicateFor is PredicateOf for num/den with den > 0.
func (fw *Framework) predicateFor(num, den int64, basis PredicateBasis) Predicate {
	bands := fw.spec.Bands
	if len(bands) == 0 {
		return 0 // the zero Framework
	}
	if basis == Rounded {
		// Far outside the bands rounding changes nothing, and the rounded
		// value of a huge index would not fit in int64.
		x := smartcity.NewNumber(num, den)
		switch {
		case x.Cmp(smartcity.NewNumber(int64(LevelLimit)+1, 1)) >= 0:
			return bands[len(bands)-1].Predicate
		case x.Cmp(smartcity.NewNumber(-1, 1)) <= 0:
			return bands[0].Predicate
		}
		h := x.Round(bandPlaces)
		for i := len(bands) - 1; i > 0; i-- {
			if h >= fw.bandFrom[i]/(WeightTotal/100) {
				return bands[i].Predicate
			}
		}
		return bands[0].Predicate
	}
	if den == WeightTotal {
		// Every score is N/WeightTotal: compare the numerators.
		for i := len(bands) - 1; i > 0; i-- {
			if num >= fw.bandFrom[i] {
				return bands[i].Predicate
			}
		}
		return bands[0].Predicate
	}
	x := smartcity.NewNumber(num, den)
	for i := len(bands) - 1; i > 0; i-- {
		if x.Cmp(smartcity.NewNumber(fw.bandFrom[i], WeightTotal)) >= 0 {
			return bands[i].Predicate
		}
	}
	return bands[0].Predicate
}

// PredicateName returns the framework's word for p in lang — the band's
// name, its English gloss for English — or p.Name(lang) when p is not one
// of the framework's bands.
func (fw *Framework) PredicateName(p Predicate, lang smartcity.Lang) string {
	if i := fw.band(p); i >= 0 {
		return fw.spec.Bands[i].Name.In(lang)
	}
	return p.Name(lang)
}

// checkBands checks the bands and records their bounds in fw: at least
// one, each a declared predikat with a name and a bound of at most two
// decimals, predikat and bounds strictly rising, the first band starting
// at or below the lowest index an answered assessment can have (MinLevel).
func checkBands(ps *problems, s *FrameworkSpec, fw *Framework) {
	if len(s.Bands) == 0 {
		ps.add("bands", "at least one predikat band is required")
		return
	}
	fw.bandFrom = make([]int64, len(s.Bands))
	last := -1 // the last band with a readable bound
	for i, b := range s.Bands {
		f := "bands[" + strconv.Itoa(i) + "]"
		if !predicates.IsValid(b.Predicate) {
			ps.add(f+".predicate", "a predikat is required (Kurang, Cukup, Baik, Sangat Baik or Memuaskan)")
		} else if i > 0 && predicates.IsValid(s.Bands[i-1].Predicate) && b.Predicate <= s.Bands[i-1].Predicate {
			ps.add(f+".predicate", "%w: %s comes after %s", errBands, b.Predicate, s.Bands[i-1].Predicate)
		}
		if b.Name.ID == "" {
			ps.add(f+".name.id", "is required")
		}
		n, ok := parseBandFrom(b.From)
		if !ok {
			ps.add(f+".from", "%w: %s is not an index from 0 to %d with at most %d decimals", errBands, escape.Quote(b.From), LevelLimit, bandPlaces)
			continue
		}
		fw.bandFrom[i] = n
		if last >= 0 && n <= fw.bandFrom[last] {
			ps.add(f+".from", "%w: %s is not above %s", errBands, b.From, s.Bands[last].From)
		}
		last = i
	}
	if first := fw.bandFrom[0]; first > int64(s.MinLevel)*WeightTotal {
		ps.add("bands[0].from", "%w: the first band must start at or below the lowest index, %d, not at %s", errBands, s.MinLevel, s.Bands[0].From)
	}
}
