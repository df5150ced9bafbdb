package chart

import (
	"iter"
	"math"
	"strconv"

	"github.com/kotacerdas/smartcity"
)

// MaxTicks is the most grid lines a value axis gets.
const MaxTicks = 10

// scale is a value axis from 0 to top, with a grid line every step.
type scale struct{ top, step float64 }

// scaleFor returns the axis of a chart: 0..top with ticks grid lines when
// top is given (above 0), else a round axis just above the largest value,
// with a step of 1, 2, 2.5 or 5 times a power of ten and at most six
// steps. ticks of 0 or above MaxTicks give one line per whole unit when
// that is at most MaxTicks lines, else five.
func scaleFor(top float64, ticks int, values iter.Seq[float64]) scale {
	if top > 0 {
		if ticks <= 0 || ticks > MaxTicks {
			ticks = 5
			if whole := math.Round(top); whole == top && whole <= MaxTicks {
				ticks = int(whole)
			}
		}
		return scale{top: top, step: top / float64(ticks)}
	}
	hi := 0.0
	for v := range values {
		hi = max(hi, v)
	}
	if hi <= 0 {
		return scale{top: 1, step: 0.2}
	}
	if hi > math.MaxFloat64/100 {
		// A round step above hi would leave the float64s: the axis ends
		// at hi itself.
		return scale{top: hi, step: hi / 5}
	}
	mag := math.Pow(10, math.Floor(math.Log10(hi/6)))
	for _, m := range []float64{1, 2, 2.5, 5, 10, 20} {
		step := m * mag
		if top := math.Ceil(hi/step-1e-9) * step; top/step <= 6 {
			return scale{top: top, step: step}
		}
	}
	return scale{top: math.Ceil(hi/(50*mag)) * 50 * mag, step: 50 * mag}
}

// ticks returns the grid values from 0 to the top, inclusive.
func (s scale) ticks() []float64 {
	n := int(math.Round(s.top / s.step))
	out := make([]float64, 0, n+1)
	for k := range n + 1 {
		out = append(out, s.step*float64(k))
	}
	return out
}

// at returns the fraction of the axis at which v lies, clamped to 0..1.
func (s scale) at(v float64) float64 { return clamp(v, s.top) / s.top }

// value writes v for people in lang's separators with places decimals
// ("4,40" in Indonesian, "4.40" in English); "-0,00" is "0,00".
func value(lang smartcity.Lang, v float64, places int) string {
	s := strconv.FormatFloat(v, 'f', places, 64)
	if z := strconv.FormatFloat(0, 'f', places, 64); s == "-"+z {
		s = z
	}
	return lang.Decimal(s)
}

// tick writes a grid value with no more decimals than it needs: "1",
// "2,5", "0,25".
func tick(lang smartcity.Lang, v float64) string { return lang.Decimal(short(v)) }
