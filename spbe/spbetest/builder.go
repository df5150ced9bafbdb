package spbetest

import (
	"slices"

	"github.com/kotacerdas/smartcity/spbe"
)

// The defaults of Assessment.
const (
	// defaultInstansi is the instansi of a new builder's assessment.
	defaultInstansi = "Pemerintah Kab. Contoh"
	// defaultYear is its year.
	defaultYear = 2024
	// defaultLevel is the level of every indicator, or the framework's
	// highest level when that is lower.
	defaultLevel spbe.Level = 3
)

// AssessmentBuilder builds an spbe.Assessment from a valid default. Its
// methods change the assessment in place and return the builder; Build
// returns a copy, so one builder can make several variants.
type AssessmentBuilder struct {
	fw *spbe.Framework
	a  spbe.Assessment
}

// Assessment returns a builder holding a valid assessment of the default
// framework (PermenPANRB 59/2020) by "Pemerintah Kab. Contoh" in 2024,
// every indicator answered at level 3.
func Assessment() *AssessmentBuilder {
	b := &AssessmentBuilder{a: spbe.Assessment{Instansi: defaultInstansi, Year: defaultYear}}
	return b.Framework(spbe.Default())
}

// Framework starts the answers over for fw (nil means spbe.Default()):
// every indicator of fw answered at level 3 (or fw's highest level when
// that is lower), and the assessment naming
// fw. The year is kept when fw applies to it and becomes fw's latest year
// otherwise. Instansi and catatan are kept.
func (b *AssessmentBuilder) Framework(fw *spbe.Framework) *AssessmentBuilder {
	if fw == nil {
		fw = spbe.Default()
	}
	b.fw = fw
	b.a.Framework = fw.ID()
	if years := fw.Years(); len(years) > 0 && !fw.AppliesTo(b.a.Year) {
		b.a.Year = years[len(years)-1]
	}
	level := min(defaultLevel, fw.MaxLevel())
	b.a.Indicators = make([]spbe.Answer, 0, fw.NumIndicators())
	for _, ind := range fw.Indicators() {
		b.a.Indicators = append(b.a.Indicators, spbe.Answer{Indicator: ind.Number, Level: level})
	}
	return b
}

// Instansi sets the assessed government body.
func (b *AssessmentBuilder) Instansi(name string) *AssessmentBuilder {
	b.a.Instansi = name
	return b
}

// Year sets the evaluation year; 0 means unknown.
func (b *AssessmentBuilder) Year(year int) *AssessmentBuilder {
	b.a.Year = year
	return b
}

// Note sets the catatan, the remark on the assessment as a whole.
func (b *AssessmentBuilder) Note(note string) *AssessmentBuilder {
	b.a.Note = note
	return b
}

// Level sets the level of the indicator with the given number, dropping
// any stage history it had, and answers it when it was unanswered. A
// number the framework does not have is answered all the same, which
// makes the assessment invalid (spbe.ErrUnknownIndicator). An outside
// score set by External stays, and l must then equal its converted level.
func (b *AssessmentBuilder) Level(indicator int, l spbe.Level) *AssessmentBuilder {
	ans := b.answer(indicator)
	ans.Level, ans.Stage, ans.Stages = l, 0, nil
	return b
}

// Unanswered removes the answers of the indicators with the given numbers.
// An assessment with an unanswered indicator is valid, but scoring it is
// an error (spbe.ErrUnanswered) unless unanswered indicators score 0.
func (b *AssessmentBuilder) Unanswered(indicators ...int) *AssessmentBuilder {
	b.a.Indicators = slices.DeleteFunc(b.a.Indicators, func(ans spbe.Answer) bool {
		return slices.Contains(indicators, ans.Indicator)
	})
	return b
}

// Stages gives the indicator with the given number the levels set at each
// evaluation stage, in any order; its level and stage become those of the
// latest stage, as spbe.Answer.Final reads them.
func (b *AssessmentBuilder) Stages(indicator int, stages ...spbe.StageLevel) *AssessmentBuilder {
	ans := b.answer(indicator)
	ans.Stages = slices.Clone(stages)
	ans.Level, ans.Stage = ans.Final()
	if len(stages) == 0 {
		ans.Stages = nil
	}
	return b
}

// External gives the indicator with the given number an outside score
// from source — .External(5, spbe.SourceSDI, "70") under PermenPANRB
// 8/2026 — and clears its level and stage history, so that scoring takes
// the level the score converts to (level 4 here); Level afterwards states
// a level as well, which must then equal the converted one. An empty score
// is one not known yet: the indicator counts at level 1 and the result
// marks it pending. The builder does not check the score, the source or
// whether the framework converts the indicator at all
// (spbe.ErrExternal).
func (b *AssessmentBuilder) External(indicator int, source, score string) *AssessmentBuilder {
	ans := b.answer(indicator)
	ans.External = &spbe.ExternalScore{Source: source, Score: score}
	ans.Level, ans.Stages = spbe.Unanswered, nil
	return b
}

// Explanation sets the penjelasan of the indicator with the given number.
func (b *AssessmentBuilder) Explanation(indicator int, text string) *AssessmentBuilder {
	b.answer(indicator).Explanation = text
	return b
}

// Evidence adds bukti dukung to the indicator with the given number.
func (b *AssessmentBuilder) Evidence(indicator int, evidence ...spbe.Evidence) *AssessmentBuilder {
	ans := b.answer(indicator)
	ans.Evidence = append(ans.Evidence, evidence...)
	return b
}

// Build returns the assessment built so far, a deep copy that shares
// nothing with the builder.
func (b *AssessmentBuilder) Build() *spbe.Assessment {
	return clone(&b.a)
}

// answer returns the answer of the indicator with the given number, adding
// an unanswered one at the end when there is none.
func (b *AssessmentBuilder) answer(indicator int) *spbe.Answer {
	i := slices.IndexFunc(b.a.Indicators, func(ans spbe.Answer) bool { return ans.Indicator == indicator })
	if i < 0 {
		b.a.Indicators = append(b.a.Indicators, spbe.Answer{Indicator: indicator})
		i = len(b.a.Indicators) - 1
	}
	return &b.a.Indicators[i]
}

// clone returns a deep copy of a.
func clone(a *spbe.Assessment) *spbe.Assessment {
	c := *a
	c.Indicators = slices.Clone(a.Indicators)
	for i := range c.Indicators {
		ans := &c.Indicators[i]
		ans.Stages = slices.Clone(ans.Stages)
		ans.Evidence = slices.Clone(ans.Evidence)
		if ans.External != nil {
			x := *ans.External
			ans.External = &x
		}
	}
	return &c
}
