package workspace

import (
	"slices"

	"github.com/kotacerdas/smartcity/spbe"
)

// DefaultOutside returns the numbers of fw's indicators that take their
// level from another national evaluation rather than from evidence: the
// indicators fw converts an outside score for (5, 6 and 7 of PermenPANRB
// 8/2026: Satu Data Indonesia, SJIG, EPSS) and, under PermenPANRB 8/2026,
// indicator 18, valued from a Bappenas questionnaire whose conversion is
// not published. It is Options.Outside's default, a documented choice of
// one region's portal; pass a list of your own to change it.
func DefaultOutside(fw *spbe.Framework) []int {
	var nums []int
	for _, c := range fw.Conversions() {
		nums = append(nums, c.Indicator)
	}
	if fw.ID() == spbe.PermenPANRB8of2026 {
		if _, ok := fw.Indicator(18); ok {
			nums = append(nums, 18)
		}
	}
	slices.Sort(nums)
	return slices.Compact(nums)
}

// outsideLevel returns the level an outside indicator takes: its recorded
// value converted by fw, or its level as recorded; ok is false while no
// value is recorded (or the recorded one does not convert).
func (w *Workspace) outsideLevel(fw *spbe.Framework, number int) (spbe.Level, bool) {
	for _, o := range w.Outside {
		if o.Indicator != number {
			continue
		}
		if o.Score != nil {
			if l, err := fw.Convert(number, *o.Score); err == nil {
				return l, true
			}
			return 0, false
		}
		if o.Level != spbe.Unanswered {
			return o.Level, true
		}
	}
	return 0, false
}
