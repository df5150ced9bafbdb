package pillar

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

// sample is a scorecard with a pillar without data (ECO) and two partly
// covered pillars (BRD 2/3, SOC 1/3).
func sample(t testing.TB) Scorecard {
	t.Helper()
	s, err := NewScorecard("Kabupaten Rembang", Scale{Min: 0, Max: 100}, map[Element]float64{
		PublicService: 80, Bureaucracy: 70, PublicPolicy: 60,
		TourismBranding: 50, BusinessBranding: 40,
		SpatialHarmony: 90, Health: 60, Mobility: 30,
		Community:               55,
		EnvironmentalProtection: 20, Waste: 40, Energy: 60,
	})
	require.NoError(t, err)
	return s
}

func TestScorecardAccessors(t *testing.T) {
	s := sample(t)
	assert.Equal(t, "Kabupaten Rembang", s.Region())
	assert.Equal(t, Scale{Min: 0, Max: 100}, s.scale)
	assert.Equal(t, 12, s.Len())
	assert.False(t, s.isZero())
	assert.True(t, Scorecard{}.isZero())
	v, ok := s.Value(Mobility)
	assert.True(t, ok)
	assert.Equal(t, 30.0, v)
	_, ok = s.Value(Industry)
	assert.False(t, ok)
	_, ok = s.Value(0)
	assert.False(t, ok)
	_, ok = s.Value(200)
	assert.False(t, ok)

	var order []Element
	for e := range s.each() {
		order = append(order, e)
	}
	assert.Equal(t, []Element{PublicService, Bureaucracy, PublicPolicy, TourismBranding, BusinessBranding,
		SpatialHarmony, Health, Mobility, Community, EnvironmentalProtection, Waste, Energy}, order)

}

func TestScorecardUnweighted(t *testing.T) {
	s := sample(t)
	tests := []struct {
		p       Pillar
		value   float64
		covered int
		share   float64
	}{
		{Governance, 70, 3, 1},
		{Branding, 45, 2, 2.0 / 3},
		{Economy, 0, 0, 0},
		{Living, 60, 3, 1},
		{Society, 55, 1, 1.0 / 3},
		{Environment, 40, 3, 1},
	}
	for _, tt := range tests {
		a := s.Pillar(tt.p)
		assert.Equal(t, tt.value, a.Value, tt.p.String())
		assert.Equal(t, tt.covered, a.Covered, tt.p.String())
		assert.Equal(t, 3, a.Total)
		assert.InDelta(t, tt.share, a.Share, 1e-15, tt.p.String())
		assert.Equal(t, tt.covered > 0, a.hasData(), tt.p.String())
	}
	assert.Equal(t, "no data (0/3)", s.Pillar(Economy).String())
	assert.Equal(t, "45 (2/3)", s.Pillar(Branding).String())
	assert.Equal(t, Aggregate{}, s.Pillar(0))

	// Overall: the mean of the five pillars with data, not of the elements.
	o := s.Overall()
	assert.Equal(t, 54.0, o.Value)
	assert.Equal(t, 12, o.Covered)
	assert.Equal(t, 18, o.Total)
	assert.InDelta(t, 4.0/6, o.Share, 1e-15)

	empty, err := NewScorecard("Kota Kosong", Scale{Min: 1, Max: 5}, nil)
	require.NoError(t, err)
	assert.False(t, empty.Overall().hasData())
	assert.Equal(t, 0, empty.Len())
	b, err := json.Marshal(empty)
	require.NoError(t, err)
	assert.JSONEq(t, `{"region":"Kota Kosong","scale":{"min":1,"max":5}}`, string(b), "no values, no \"values\"")
}

func TestScorecardWeighted(t *testing.T) {
	s := sample(t)
	w, err := NewWeights(
		map[Pillar]int{Governance: 3000, Branding: 2000, Economy: 2000, Living: 1000, Society: 1000, Environment: 1000},
		map[Element]int{PublicService: 5000, Bureaucracy: 3000, PublicPolicy: 2000},
	)
	require.NoError(t, err)
	assert.Equal(t, [2]int{3000, 10000}, [2]int{w.pillarWeight(Governance), w.pillarTotal()})
	assert.Equal(t, [2]int{5000, 10000}, [2]int{w.elementWeight(PublicService), w.elementTotal(Governance)})
	assert.Equal(t, [2]int{1, 3}, [2]int{w.elementWeight(Health), w.elementTotal(Living)},
		"unlisted pillars weigh their elements equally")

	sum := s.Summarize(w)
	assert.Equal(t, "Kabupaten Rembang", sum.Region)
	require.Len(t, sum.Pillars, 6)
	assert.Equal(t, 73.0, sum.Pillars[Governance].Value) // (5000·80 + 3000·70 + 2000·60) / 10000
	assert.Equal(t, 45.0, sum.Pillars[Branding].Value)
	assert.False(t, sum.Pillars[Economy].hasData())
	// ECO has no data: its 20 % is left out and the rest renormalised.
	// (3000·73 + 2000·45 + 1000·60 + 1000·55 + 1000·40) / 8000 = 58
	assert.Equal(t, 58.0, sum.Overall.Value)
	assert.InDelta(t, (3000+2000*2.0/3+1000+1000.0/3+1000)/10000, sum.Overall.Share, 1e-15)

	// The zero Weights are the unweighted mean.
	assert.Equal(t, s.Overall(), s.Summarize(Weights{}).Overall)
	for p := range All() {
		assert.Equal(t, s.Pillar(p), s.Summarize(Weights{}).Pillars[p])
	}

	// A value whose weight is zero is covered but carries no weight.
	w0, err := NewWeights(nil, map[Element]int{Community: 0, Learning: 5000, Security: 5000})
	require.NoError(t, err)
	soc := s.Summarize(w0).Pillars[Society]
	assert.Equal(t, 1, soc.Covered)
	assert.False(t, soc.hasData())
}

// fr is a problem's path and message, as the tables write them.
type fr struct{ field, rule string }

// fieldsOf returns the path and English message of each problem.
func fieldsOf(ps smartcity.Problems) []fr {
	out := make([]fr, len(ps))
	for i, p := range ps {
		out[i] = fr{p.Path, p.Err.Error()}
	}
	return out
}

func TestWeightsValidation(t *testing.T) {
	tests := []struct {
		name     string
		pillars  map[Pillar]int
		elements map[Element]int
		problems []fr
	}{
		{"pillars short", map[Pillar]int{Governance: 5000, Living: 4000}, nil,
			[]fr{{"weights.pillars", "shares sum to 9000 bp, want 10000 (100 %)"}}},
		{"bad pillar entries", map[Pillar]int{0: 10, Governance: -1, Living: 10001, 9: 1}, nil,
			[]fr{
				{"weights.pillars[<unset>]", "not a declared pillar"},
				{"weights.pillars[GOV]", "share -1 bp must be between 0 and 10000"},
				{"weights.pillars[LIV]", "share 10001 bp must be between 0 and 10000"},
				{"weights.pillars[Pillar(9)]", "not a declared pillar"},
			}},
		{"elements of two pillars", nil, map[Element]int{PublicService: 5000, Bureaucracy: 5000, PublicPolicy: 1, Energy: 10000, Waste: 1},
			[]fr{
				{"weights.elements[GOV]", "shares of the pillar's elements sum to 10001 bp, want 10000 (100 %)"},
				{"weights.elements[ENV]", "shares of the pillar's elements sum to 10001 bp, want 10000 (100 %)"},
			}},
		{"bad element entries", nil, map[Element]int{0: 1, Health: -5, 42: 1},
			[]fr{
				{"weights.elements[<unset>]", "not a declared element"},
				{"weights.elements[LIV.HEA]", "share -5 bp must be between 0 and 10000"},
				{"weights.elements[Element(42)]", "not a declared element"},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewWeights(tt.pillars, tt.elements)
			require.ErrorAs(t, err, new(smartcity.Problems))
			var ve smartcity.Problems
			require.ErrorAs(t, err, &ve)
			assert.True(t, strings.HasPrefix(err.Error(), "pillar: invalid weights: "), err.Error())
			assert.Equal(t, tt.problems, fieldsOf(ve))
		})
	}
	w, err := NewWeights(map[Pillar]int{Governance: 10000}, nil)
	require.NoError(t, err)
	assert.Equal(t, 70.0, sample(t).Summarize(w).Overall.Value, "only GOV counts")
}

func TestNewScorecardReportsEveryProblem(t *testing.T) {
	_, err := NewScorecard(" ", Scale{Min: 0, Max: 100}, map[Element]float64{
		0:             1,
		PublicService: math.NaN(),
		Health:        math.Inf(1),
		Mobility:      100.5,
		Energy:        -0.1,
		Waste:         100,
		25:            3,
	})
	require.ErrorAs(t, err, new(smartcity.Problems))
	var ve smartcity.Problems
	require.ErrorAs(t, err, &ve)
	assert.Equal(t, []fr{
		{"region", "must not be blank"},
		{"values[<unset>]", "not a declared element"},
		{"values[GOV.SVC]", "must be a number, not NaN"},
		{"values[LIV.HEA]", "must be finite, not +Inf"},
		{"values[LIV.MOB]", "100.5 is off the scale [0, 100]"},
		{"values[ENV.ENE]", "-0.1 is off the scale [0, 100]"},
		{"values[Element(25)]", "not a declared element"},
	}, fieldsOf(ve))
	assert.Equal(t, "pillar: invalid scorecard: region: must not be blank; values[<unset>]: not a declared element; "+
		"values[GOV.SVC]: must be a number, not NaN; values[LIV.HEA]: must be finite, not +Inf; "+
		"values[LIV.MOB]: 100.5 is off the scale [0, 100]; values[ENV.ENE]: -0.1 is off the scale [0, 100]; "+
		"values[Element(25)]: not a declared element", err.Error())
}

func TestScaleValidation(t *testing.T) {
	tests := []struct {
		s        Scale
		problems []fr
	}{
		{Scale{Min: 1, Max: 5}, nil},
		{Scale{Min: 5, Max: 5}, []fr{{"scale", "min (5) must be below max (5)"}}},
		{Scale{Min: 100, Max: 0}, []fr{{"scale", "min (100) must be below max (0)"}}},
		{Scale{Min: math.NaN(), Max: math.Inf(1)}, []fr{
			{"scale.min", "must be a finite number, not NaN"},
			{"scale.max", "must be a finite number, not +Inf"},
		}},
		{Scale{Min: -math.MaxFloat64, Max: math.MaxFloat64}, []fr{{"scale", "max − min must be a finite number"}}},
	}
	for _, tt := range tests {
		var ps problems
		tt.s.check(&ps, "scale")
		if tt.problems == nil {
			assert.Empty(t, ps, tt.s.String())
			continue
		}
		assert.Equal(t, tt.problems, fieldsOf(smartcity.Problems(ps)), tt.s.String())
	}
	// Values are not checked against a broken scale, only the scale is.
	_, err := NewScorecard("Kota X", Scale{Min: 5, Max: 1}, map[Element]float64{Health: 3})
	var ve smartcity.Problems
	require.ErrorAs(t, err, &ve)
	assert.True(t, strings.HasPrefix(err.Error(), `pillar: invalid scorecard "Kota X": `), err.Error())
	assert.Equal(t, []fr{{"scale", "min (5) must be below max (1)"}}, fieldsOf(ve))
	assert.True(t, Scale{Min: 0, Max: 1}.contains(1))
	assert.False(t, Scale{Min: 0, Max: 1}.contains(math.NaN()))
}

func TestScorecardJSON(t *testing.T) {
	s, err := NewScorecard("Kabupaten Rembang", Scale{Min: 1, Max: 5}, map[Element]float64{
		PublicService: 3.64, Mobility: 2.5, Energy: 1,
	})
	require.NoError(t, err)
	b, err := json.Marshal(s)
	require.NoError(t, err)
	assert.JSONEq(t, `{"region":"Kabupaten Rembang","scale":{"min":1,"max":5},
		"values":{"GOV.SVC":3.64,"LIV.MOB":2.5,"ENV.ENE":1}}`, string(b))
	var back Scorecard
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, s, back)

	// Keys may be any spelling of an element.
	require.NoError(t, json.Unmarshal([]byte(`{"region":"R","scale":{"min":0,"max":1},"values":{"Layanan Publik":0.5}}`), &back))
	v, ok := back.Value(PublicService)
	assert.True(t, ok)
	assert.Equal(t, 0.5, v)

	// null leaves the value alone.
	require.NoError(t, json.Unmarshal([]byte(`null`), &back))
	assert.Equal(t, "R", back.Region())
}

func TestScorecardJSONStrict(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		msg     string
		partial bool // msg is a part: the rest is encoding/json's wording
	}{
		{"unknown field", `{"region":"R","scale":{"min":0,"max":1},"valeus":{}}`,
			`pillar: decoding scorecard: line 1, column 41 (valeus): unknown field "valeus"`, false},
		{"unknown nested field", `{"region":"R","scale":{"min":0,"max":1,"step":1}}`,
			`pillar: decoding scorecard: line 1, column 40 (scale.step): unknown field "step"`, false},
		{"trailing data", `{"region":"R","scale":{"min":0,"max":1}} {}`,
			`pillar: decoding scorecard: line 1, column 42: unexpected data after the JSON value`, false},
		// One reading of the file, as every document of the library.
		{"key twice", `{"region":"R","region":"S","scale":{"min":0,"max":1}}`,
			`pillar: decoding scorecard: line 1, column 15 (region): duplicate key "region"`, false},
		{"element twice", `{"region":"R","scale":{"min":0,"max":1},"values":{"GOV.SVC":1,"GOV.SVC":0}}`,
			`pillar: decoding scorecard: line 1, column 63 (values.GOV.SVC): duplicate key "GOV.SVC"`, false},
		{"key in caps", `{"Region":"R","scale":{"min":0,"max":1}}`,
			`pillar: decoding scorecard: line 1, column 2 (Region): key "Region" is written "region"`, false},
		{"text not UTF-8", "{\"region\":\"Kab. \xc1ceh\",\"scale\":{\"min\":0,\"max\":1}}",
			`pillar: decoding scorecard: line 1, column 17 (region): text is not UTF-8 (byte 0xC1); save the file as UTF-8`, false},
		{"NaN", `{"region":"R","scale":{"min":0,"max":NaN}}`,
			`pillar: decoding scorecard: line 1, column 38 (scale.max): invalid character 'N' looking for beginning of value`, false},
		{"wrong type", `{"region":"R","scale":{"min":"0","max":1}}`,
			`scale.min`, true},
		{"every problem", `{"region":"","scale":{"min":0,"max":10},"values":{"GOV.SVC":5,"pelayanan publik":6,"LIV.MOV":1,"xyz":2,"ENV.ENE":11}}`,
			`pillar: invalid scorecard: region: must not be blank; values["LIV.MOV"]: unknown element "LIV.MOV" (did you mean LIV.MOB?); ` +
				`values["pelayanan publik"]: names GOV.SVC, as "GOV.SVC" does; values["xyz"]: unknown element "xyz"; ` +
				`values[ENV.ENE]: 11 is off the scale [0, 10]`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s Scorecard
			err := s.UnmarshalJSON([]byte(tt.in))
			require.Error(t, err)
			if tt.partial {
				assert.ErrorContains(t, err, tt.msg)
			} else {
				assert.Equal(t, tt.msg, err.Error())
			}
			assert.True(t, s.isZero(), "a failed decode leaves the value alone")
		})
	}
}

func TestSummaryJSON(t *testing.T) {
	s, err := NewScorecard("Kota Contoh", Scale{Min: 0, Max: 10}, map[Element]float64{Health: 4, Mobility: 6})
	require.NoError(t, err)
	b, err := json.Marshal(s.Summarize(Weights{}))
	require.NoError(t, err)
	assert.JSONEq(t, `{"region":"Kota Contoh","pillars":{
		"GOV":{"value":null,"covered":0,"total":3,"share":0},
		"BRD":{"value":null,"covered":0,"total":3,"share":0},
		"ECO":{"value":null,"covered":0,"total":3,"share":0},
		"LIV":{"value":5,"covered":2,"total":3,"share":0.6666666666666666},
		"SOC":{"value":null,"covered":0,"total":3,"share":0},
		"ENV":{"value":null,"covered":0,"total":3,"share":0}},
		"overall":{"value":5,"covered":2,"total":18,"share":0.1111111111111111}}`, string(b))
}
