package spbetest

import (
	"encoding/hex"
	"math/rand/v2"
	"strconv"

	"github.com/kotacerdas/smartcity/spbe"
)

// stageOrder is the evaluation stages in the order they happen.
var stageOrder = [...]spbe.Stage{spbe.Mandiri, spbe.Dokumen, spbe.Interviu, spbe.Visitasi}

// Random returns a valid assessment of fw (nil means spbe.Default()) with
// every indicator answered, drawn from rng: a level anywhere on fw's
// scale; for some indicators the levels set at successive evaluation
// stages, for others the stage that set the level; explanations; and
// evidence with http(s) addresses or file names and SHA-256 digests. For
// about half the indicators fw values by an outside score (indicators 5–7
// of PermenPANRB 8/2026), the answer carries one: a score within the
// source's range — often exactly on a bound or an edge — or, now and then,
// none yet (pending); its level is then the converted one, or left 0 for
// scoring to convert. The answers come in random order, as a file may list
// them. The instansi is a made-up name and the year one of fw's years.
//
// The same seed gives the same assessment. A nil rng is a generator seeded
// with zeros.
func Random(rng *rand.Rand, fw *spbe.Framework) *spbe.Assessment {
	if rng == nil {
		rng = rand.New(rand.NewPCG(0, 0))
	}
	if fw == nil {
		fw = spbe.Default()
	}
	kinds := [...]string{"Kab.", "Kota", "Provinsi"}
	a := &spbe.Assessment{
		Instansi:  "Pemerintah " + kinds[rng.IntN(len(kinds))] + " Contoh " + strconv.Itoa(1+rng.IntN(999)),
		Year:      defaultYear,
		Framework: fw.ID(),
	}
	if years := fw.Years(); len(years) > 0 {
		a.Year = years[rng.IntN(len(years))]
	}
	lo, hi := int(fw.MinLevel()), int(fw.MaxLevel())
	level := func() spbe.Level { return spbe.Level(lo + rng.IntN(hi-lo+1)) }
	for _, ind := range fw.Indicators() {
		ans := spbe.Answer{Indicator: ind.Number, Level: level()}
		switch rng.IntN(3) {
		case 0: // the history of the stages; the latest one's level is final
			n := 1 + rng.IntN(len(stageOrder))
			for _, st := range stageOrder[:n] {
				ans.Stages = append(ans.Stages, spbe.StageLevel{Stage: st, Level: level()})
			}
			ans.Level, ans.Stage = ans.Final()
			if rng.IntN(2) == 0 {
				ans.Level, ans.Stage = 0, 0 // left for the stages to say
			}
		case 1:
			ans.Stage = stageOrder[rng.IntN(len(stageOrder))]
		}
		if rng.IntN(2) == 0 {
			ans.Explanation = "Penjelasan indikator " + strconv.Itoa(ind.Number) + ": " + ind.Name.ID
		}
		for k := range rng.IntN(3) {
			ans.Evidence = append(ans.Evidence, evidence(rng, ind.Number, k+1))
		}
		if c, ok := fw.Conversion(ind.Number); ok && rng.IntN(2) == 0 {
			external(rng, fw, &ans, c)
		}
		a.Indicators = append(a.Indicators, ans)
	}
	rng.Shuffle(len(a.Indicators), func(i, j int) {
		a.Indicators[i], a.Indicators[j] = a.Indicators[j], a.Indicators[i]
	})
	return a
}

// external gives ans an outside score for c: a score within c's range, or
// one in eight times none yet. Its level becomes the converted one, or 0
// one in three times, for scoring to convert; the stage history goes, as
// the level no longer comes from the stages.
func external(rng *rand.Rand, fw *spbe.Framework, ans *spbe.Answer, c spbe.Conversion) {
	x := &spbe.ExternalScore{Source: c.Source}
	if rng.IntN(8) != 0 {
		x.Score = randomScore(rng, c)
	}
	l, err := fw.Convert(ans.Indicator, *x)
	if err != nil {
		// The score lies within the range of a checked table.
		panic("spbetest: outside score: " + err.Error())
	}
	ans.External, ans.Stages, ans.Level = x, nil, l
	if rng.IntN(3) == 0 {
		ans.Level = spbe.Unanswered
	}
}

// evidence returns the k-th bukti dukung of an indicator: a published
// page, a submitted file with its digest, or both.
func evidence(rng *rand.Rand, indicator, k int) spbe.Evidence {
	name := "bukti-" + strconv.Itoa(indicator) + "-" + strconv.Itoa(k) + ".pdf"
	ev := spbe.Evidence{Title: "Bukti dukung " + strconv.Itoa(k) + " indikator " + strconv.Itoa(indicator)}
	switch rng.IntN(3) {
	case 0:
		ev.URL = "https://contoh.go.id/spbe/" + name
	case 1:
		ev.File = name
	default:
		ev.URL, ev.File = "https://contoh.go.id/spbe/"+name, name
	}
	if ev.File != "" && rng.IntN(2) == 0 {
		var sum [32]byte
		for i := range sum {
			sum[i] = byte(rng.Uint32())
		}
		ev.SHA256 = hex.EncodeToString(sum[:])
	}
	return ev
}
