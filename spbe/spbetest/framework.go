package spbetest

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// RandomFramework returns a valid framework spec with the given id drawn
// from rng, for property tests of code that must work for any framework,
// not only the built-ins. spbe.NewFramework accepts it and gives it back
// unchanged from Framework.Spec.
//
// It has one to three consecutive evaluation years, sometimes in force
// after the last and sometimes with a method recorded for a year; levels
// from 0 or 1 up to 3, 4 or 5, named by one scale for all indicators or
// one per aspect; one to four domains of one to three aspects of one to
// five indicators — or, in about a third of the frameworks, aspects
// directly under the index with no domains, as in the Indeks Pemerintah
// Digital — with weights in basis points that add up at every level, and
// indicator numbers that rise with gaps. Its predikat bands are a rising
// selection of the five predikat, the first starting at or below the
// lowest level, their bounds written with zero, one or two decimals. About
// half the frameworks turn outside scores into the levels of one to three
// indicators, with ranges such as 0–100 or 1–5, edges that may fall
// exactly on a hundredth, and either edge rule.
//
// The same seed gives the same spec. A nil rng is a generator seeded with
// zeros.
func RandomFramework(rng *rand.Rand, id string) spbe.FrameworkSpec {
	if rng == nil {
		rng = rand.New(rand.NewPCG(0, 0))
	}
	spec := spbe.FrameworkSpec{
		ID:         id,
		Name:       spbe.Text{ID: "Kerangka " + id, EN: "Framework " + id},
		LegalBasis: "contoh untuk pengujian",
		MinLevel:   spbe.Level(rng.IntN(2)),
		MaxLevel:   spbe.Level(3 + rng.IntN(3)),
	}
	first := 2018 + rng.IntN(12)
	for y := range 1 + rng.IntN(3) {
		spec.Years = append(spec.Years, first+y)
		if rng.IntN(3) == 0 {
			spec.Methods = append(spec.Methods, spbe.YearMethod{Year: first + y, Method: spbe.Evaluasi + spbe.Method(rng.IntN(2))})
		}
	}
	spec.InForce = rng.IntN(3) == 0
	spec.Bands = randomBands(rng, spec.MinLevel, spec.MaxLevel)

	scale := func(code string) spbe.Scale {
		sc := spbe.Scale{Code: code, Name: spbe.Text{ID: "Skala " + code}}
		for l := spbe.Level(1); l <= spec.MaxLevel; l++ {
			sc.Levels = append(sc.Levels, spbe.ScaleLevel{Level: l, Name: spbe.Text{ID: "Tingkat " + l.String() + " " + code}})
		}
		return sc
	}
	shared := rng.IntN(2) == 0
	if shared {
		spec.Scales = append(spec.Scales, scale("umum"))
	}
	flat := rng.IntN(3) == 0
	number := 0
	for d, dw := range split(rng, spbe.WeightTotal, 1+rng.IntN(4)) {
		dc := "D" + strconv.Itoa(d+1)
		if !flat {
			spec.Domains = append(spec.Domains, spbe.Domain{Code: dc, Name: spbe.Text{ID: "Domain " + dc}, WeightBP: dw})
		}
		for a, aw := range split(rng, dw, min(int(dw), 1+rng.IntN(3))) {
			ac := dc + "A" + strconv.Itoa(a+1)
			asp := spbe.Aspect{Code: ac, Name: spbe.Text{ID: "Aspek " + ac}, Domain: dc, WeightBP: aw}
			if flat {
				asp.Domain = ""
			}
			spec.Aspects = append(spec.Aspects, asp)
			sc := "umum"
			if !shared {
				sc = "s" + strings.ToLower(ac)
				spec.Scales = append(spec.Scales, scale(sc))
			}
			for _, iw := range split(rng, aw, min(int(aw), 1+rng.IntN(5))) {
				number += 1 + rng.IntN(3)
				spec.Indicators = append(spec.Indicators, spbe.Indicator{
					Number: number, Name: spbe.Text{ID: "Indikator " + strconv.Itoa(number)}, Aspect: ac, Scale: sc, WeightBP: iw,
				})
			}
		}
	}
	if rng.IntN(2) == 0 {
		spec.Conversions = randomConversions(rng, spec.Indicators, spec.MaxLevel)
	}
	return spec
}

// split divides n into k positive parts at random; 1 ≤ k ≤ n.
func split(rng *rand.Rand, n int64, k int) []int64 {
	cuts := []int64{0, n}
	for len(cuts) < k+1 {
		if c := 1 + rng.Int64N(n-1); !slices.Contains(cuts, c) {
			cuts = append(cuts, c)
		}
	}
	slices.Sort(cuts)
	parts := make([]int64, k)
	for i := range parts {
		parts[i] = cuts[i+1] - cuts[i]
	}
	return parts
}

// randomBands returns rising predikat bands for levels lo…hi: a rising
// selection of the predikat, the first from lo or a little below it, each
// next one from 0.01 to 1.20 higher.
func randomBands(rng *rand.Rand, lo, hi spbe.Level) []spbe.Band {
	var ps []spbe.Predicate
	for p := spbe.Kurang; p <= spbe.Memuaskan; p++ {
		if rng.IntN(4) != 0 {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		ps = append(ps, spbe.Predicate(1+rng.IntN(5)))
	}
	from := int64(lo) * 100 // hundredths of an index
	if rng.IntN(4) == 0 {
		from = rng.Int64N(from + 1)
	}
	var bands []spbe.Band
	for i, p := range ps {
		if i > 0 {
			from += 1 + rng.Int64N(120)
		}
		if from > int64(hi)*100 {
			break
		}
		bands = append(bands, spbe.Band{
			Predicate: p,
			Name:      spbe.Text{ID: p.String(), EN: p.Name(smartcity.English)},
			From:      hundredths(from, rng.IntN(3)),
		})
	}
	return bands
}

// hundredths writes h/100 with at least places decimals (0 to 2), more
// when h needs them: hundredths(420, 2) is "4.20", hundredths(420, 0)
// "4.2", hundredths(400, 0) "4".
func hundredths(h int64, places int) string {
	s := strconv.FormatInt(h/100, 10) + "." + strconv.FormatInt(100+h%100, 10)[1:]
	for places < 2 && strings.HasSuffix(s, "0") {
		s = s[:len(s)-1]
		places++
	}
	return strings.TrimSuffix(s, ".")
}

// randomConversions returns conversion tables for one to three of inds:
// a range of 0–100, 1–5, 0–10 or 0–4 and maxLevel−1 edges inside it on
// distinct hundredths.
func randomConversions(rng *rand.Rand, inds []spbe.Indicator, maxLevel spbe.Level) []spbe.Conversion {
	ranges := [...][2]int64{{0, 10000}, {100, 500}, {0, 1000}, {0, 400}}
	sources := [...]string{"sdi", "sjig", "epss", "skor-luar", "kuesioner_2.0"}
	picked := rng.Perm(len(inds))[:min(len(inds), 1+rng.IntN(3))]
	slices.Sort(picked)
	var out []spbe.Conversion
	for _, i := range picked {
		r := ranges[rng.IntN(len(ranges))]
		edges := make([]int64, 0, maxLevel-1)
		for len(edges) < int(maxLevel)-1 {
			if e := r[0] + 1 + rng.Int64N(r[1]-r[0]-1); !slices.Contains(edges, e) {
				edges = append(edges, e)
			}
		}
		slices.Sort(edges)
		c := spbe.Conversion{
			Indicator: inds[i].Number,
			Source:    sources[rng.IntN(len(sources))],
			Name:      spbe.Text{ID: "Skor luar indikator " + strconv.Itoa(inds[i].Number)},
			Min:       hundredths(r[0], 0),
			Max:       hundredths(r[1], 0),
			EdgeLower: rng.IntN(3) == 0,
		}
		for _, e := range edges {
			c.Edges = append(c.Edges, hundredths(e, rng.IntN(3)))
		}
		out = append(out, c)
	}
	return out
}

// randomScore returns a score within c's range as a plain decimal: the
// bounds, an edge, or a point between two of them.
func randomScore(rng *rand.Rand, c spbe.Conversion) string {
	points := make([]*big.Rat, 0, len(c.Edges)+2)
	for _, s := range append(append([]string{c.Min}, c.Edges...), c.Max) {
		r, ok := new(big.Rat).SetString(strings.Replace(strings.TrimSpace(s), ",", ".", 1))
		if !ok {
			return c.Min
		}
		points = append(points, r)
	}
	k := rng.IntN(len(points) - 1)
	lo, hi := points[k], points[k+1]
	if rng.IntN(4) == 0 {
		return plain(lo) // on the bound or exactly on an edge
	}
	// lo + (hi − lo)·j/16 is a terminating decimal between lo and hi.
	j := rng.Int64N(17)
	x := new(big.Rat).Sub(hi, lo)
	x.Mul(x, big.NewRat(j, 16))
	return plain(x.Add(x, lo))
}

// plain writes a terminating decimal without an exponent or trailing
// zeros: "62.5", "70". The scores it writes come from decimals, so they
// terminate; the bound on the places only keeps a broken input finite.
func plain(r *big.Rat) string {
	places := 0
	for x := new(big.Rat).Set(r); !x.IsInt() && places < 2*decimalDigits; places++ {
		x.Mul(x, big.NewRat(10, 1))
	}
	return r.FloatString(places)
}

// decimalDigits is the most digits spbe reads after a decimal point.
const decimalDigits = 1000
