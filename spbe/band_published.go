package spbe

import "github.com/kotacerdas/smartcity"

// publishedMax is the highest index the ministry publishes: the index of
// every built-in framework runs from 0 to 5, its highest level.
const publishedMax = 5

// ParsePublishedIndex reads an index as the ministry publishes it: a
// decimal from 0 to 5 with at most two decimals, written with a point,
// such as "3.99", "4" or "3.5". A fraction, a decimal comma, a sign or a
// third decimal, which smartcity.ParseNumber takes, is refused: a published result
// has none. The error is a *smartcity.ParseError.
func ParsePublishedIndex(s string) (smartcity.Number, error) {
	n, ok := parseBandFrom(s)
	if !ok || n > publishedMax*WeightTotal {
		return smartcity.Number{}, unknown("index", s, `a decimal from 0 to 5 with at most two decimals, such as "3.64"`)
	}
	return smartcity.NewNumber(n, WeightTotal), nil
}

// PublishedPredicates returns the predikats an index published as x can
// carry under the framework's bands. A result is published rounded half
// up to two decimals, and some years take the predikat from the rounded
// index (Rounded, 2023) and others from the exact one (Unrounded, 2024),
// so x stands for every exact index that rounds to it: lo is the predikat
// of the lowest, hi of the highest, and as bands begin on hundredths,
// every index between has one of the two. Under 59/2020 an index
// published as 4.20 may be Sangat Baik (4.195) or Memuaskan (4.20); one
// published as 3.99 is Sangat Baik either way. x is first rounded to
// hundredths; lo and hi are 0 for an invalid x.
func (fw *Framework) PublishedPredicates(x smartcity.Number) (lo, hi Predicate) {
	if !x.IsValid() {
		return 0, 0
	}
	const perHundredth = WeightTotal / 100
	// Far outside the bands the predikat is the first or the last band's
	// whatever the rounding; clamping keeps the numerators in int64.
	h := min(max(x.Round(bandPlaces), -100), (int64(LevelLimit)+1)*100)
	lo = fw.predicateFor(h*perHundredth-perHundredth/2, WeightTotal, Unrounded)
	hi = fw.predicateFor(h*perHundredth+(perHundredth-1)/2, WeightTotal, Unrounded)
	return lo, hi
}
