package spbe_test

import (
	"bytes"
	"encoding/json"
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/spbetest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scoreLine is a line of `smartcity spbe score --json` as a script reads
// it, with the fields in the order they are written.
type scoreLine struct {
	Instansi       string               `json:"instansi"`
	Tahun          int                  `json:"tahun"`
	Framework      string               `json:"framework"`
	Index          string               `json:"index"`
	IndexExact     string               `json:"index_exact"`
	IndexValue     float64              `json:"index_value"`
	Predicate      string               `json:"predicate"`
	PredicateBasis string               `json:"predicate_basis"`
	Unanswered     int                  `json:"unanswered"`
	Domains        []scorePart          `json:"domains"`
	Aspects        []scorePart          `json:"aspects"`
	External       []spbe.ExternalLevel `json:"external,omitempty"`
}

type scorePart struct {
	Code       string  `json:"code"`
	Name       string  `json:"name"`
	Index      string  `json:"index"`
	IndexExact string  `json:"index_exact"`
	IndexValue float64 `json:"index_value"`
}

// lineOf builds the line of s as encoding/json writes it, from the
// exported API alone.
func lineOf(s spbe.Scored, lang smartcity.Lang) scoreLine {
	r, fw := s.Result, s.Result.Framework
	part := func(code string, name spbe.Text, x smartcity.Number) scorePart {
		return scorePart{Code: code, Name: name.In(lang), Index: x.String(), IndexExact: x.Exact(), IndexValue: x.Float64()}
	}
	l := scoreLine{
		Instansi: s.Instansi, Tahun: s.Year, Framework: fw.ID(),
		Index: r.Index.String(), IndexExact: r.Index.Exact(), IndexValue: r.Index.Float64(),
		Predicate: r.Predicate.String(), PredicateBasis: r.Basis.String(), Unanswered: r.Unanswered,
		Domains: []scorePart{}, Aspects: []scorePart{}, External: r.External,
	}
	for d, x := range r.Domains {
		dom := fw.DomainAt(d)
		l.Domains = append(l.Domains, part(dom.Code, dom.Name, x))
	}
	for a, x := range r.Aspects {
		asp := fw.AspectAt(a)
		l.Aspects = append(l.Aspects, part(asp.Code, asp.Name, x))
	}
	return l
}

// testScored scores a 59/2020 assessment and a PermenPANRB 8/2026 one
// with a level from an outside score, under names that need escaping.
func testScored(t *testing.T) []spbe.Scored {
	t.Helper()
	pemdi, err := spbe.Lookup(spbe.PermenPANRB8of2026)
	require.NoError(t, err)
	var out []spbe.Scored
	for _, a := range []*spbe.Assessment{
		spbetest.Assessment().Instansi("Kab. \"Uji\" <&> \u2028 \x01 \xff tab\t").Level(3, 5).Level(40, 2).Build(),
		spbetest.Assessment().Framework(pemdi).Instansi("Kota Ü").External(5, spbe.SourceSDI, "70").Build(),
	} {
		fw, err := a.ResolveFramework(nil)
		require.NoError(t, err)
		res, err := fw.ScoreAssessment(a, spbe.Options{})
		require.NoError(t, err)
		out = append(out, spbe.Scored{Instansi: a.Instansi, Year: a.Year, Result: res})
	}
	return out
}

// The line is appended by hand for speed; it must be exactly what
// encoding/json writes, HTML escaping off for AppendJSON and on for
// json.Marshal, as for any Marshaler.
func TestScoredJSONMatchesEncodingJSON(t *testing.T) {
	for _, s := range testScored(t) {
		for _, lang := range []smartcity.Lang{smartcity.Indonesian, smartcity.English} {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			require.NoError(t, enc.Encode(lineOf(s, lang)))
			got, err := s.AppendJSON([]byte("prefix "), lang)
			require.NoError(t, err)
			assert.Equal(t, "prefix "+strings.TrimSuffix(want.String(), "\n"), string(got))

			escaped, err := json.Marshal(lineOf(s, lang))
			require.NoError(t, err)
			marshaled, err := json.Marshal(s.JSON(lang))
			require.NoError(t, err)
			assert.Equal(t, string(escaped), string(marshaled))
		}
		// MarshalJSON is Indonesian, the zero Lang.
		id, err := json.Marshal(s)
		require.NoError(t, err)
		want, err := json.Marshal(lineOf(s, smartcity.Indonesian))
		require.NoError(t, err)
		assert.Equal(t, string(want), string(id))
	}
}

// A Result is written as a line without who and when: a few hundred bytes
// in snake_case, not the whole catalogue.
func TestResultJSON(t *testing.T) {
	s := testScored(t)[0]
	data, err := json.Marshal(s.Result)
	require.NoError(t, err)
	assert.Less(t, len(data), 2000)
	assert.True(t, strings.HasPrefix(string(data), `{"framework":"permenpanrb-59-2020","index":"`), string(data))
	line, err := json.Marshal(s)
	require.NoError(t, err)
	who := `{"instansi":` + string(must(json.Marshal(s.Instansi))) + `,"tahun":` + strconv.Itoa(s.Year) + `,`
	assert.Equal(t, who+string(data[1:]), string(line))
	byValue, err := json.Marshal([]spbe.Result{*s.Result})
	require.NoError(t, err)
	assert.Equal(t, "["+string(data)+"]", string(byValue))
	en, err := json.Marshal(s.Result.JSON(smartcity.English))
	require.NoError(t, err)
	assert.Contains(t, string(en), `"name":"SPBE internal policy"`)

	_, err = json.Marshal(spbe.Scored{Instansi: "x"})
	assert.ErrorContains(t, err, "no result to report")
}

// Every exact value is written three ways, and the three agree: the
// published decimal is the fraction rounded, the float the fraction's
// nearest float64.
func TestJSONExactValuesAgree(t *testing.T) {
	for _, s := range testScored(t) {
		var line scoreLine
		require.NoError(t, json.Unmarshal(must(json.Marshal(s)), &line))
		parts := append(append([]scorePart{{Index: line.Index, IndexExact: line.IndexExact, IndexValue: line.IndexValue}}, line.Domains...), line.Aspects...)
		for _, p := range parts {
			r, ok := new(big.Rat).SetString(p.IndexExact)
			require.True(t, ok, p.IndexExact)
			f, _ := r.Float64()
			assert.Equal(t, f, p.IndexValue, p.IndexExact)
			x, err := smartcity.ParseNumber(p.IndexExact)
			require.NoError(t, err)
			assert.Equal(t, x.String(), p.Index)
		}
	}
}

func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

// A comparison names its sides, lists its Top gains and losses, and names
// the domains in the language asked for.
func TestComparisonJSON(t *testing.T) {
	from := spbetest.Assessment().Instansi("Kab. A").Build()
	to := spbetest.Assessment().Instansi("Kab. A").Year(2024).Level(1, 5).Level(2, 5).Level(3, 1).Build()
	var sides [2]spbe.Scored
	for k, a := range []*spbe.Assessment{from, to} {
		res, err := spbe.Default().ScoreAssessment(a, spbe.Options{})
		require.NoError(t, err)
		sides[k] = spbe.Scored{Instansi: a.Instansi, Year: a.Year, Result: res}
	}
	c, err := spbe.Compare(sides[0], sides[1])
	require.NoError(t, err)
	var got map[string]any
	require.NoError(t, json.Unmarshal(must(json.Marshal(c)), &got))
	assert.Equal(t, "Kab. A", got["from"].(map[string]any)["instansi"])
	assert.Equal(t, 2024.0, got["to"].(map[string]any)["tahun"])
	assert.Len(t, got["gains"], 2)
	assert.Len(t, got["losses"], 1)
	index := got["index"].(map[string]any)
	assert.Equal(t, c.Index.Delta.Float64(), index["delta_value"])
	assert.Equal(t, "Kebijakan Internal SPBE", got["domains"].([]any)[0].(map[string]any)["name"])

	c.Top = 1
	require.NoError(t, json.Unmarshal(must(json.Marshal(c.JSON(smartcity.English))), &got))
	assert.Len(t, got["gains"], 1)
	assert.Equal(t, "SPBE internal policy", got["domains"].([]any)[0].(map[string]any)["name"])
	gain := got["gains"].([]any)[0].(map[string]any)
	assert.Equal(t, "0.0260", gain["contribution"])
	assert.Equal(t, 0.026, gain["contribution_value"])
}

// A plan names whom it is for, the indicators it cannot price, and why it
// falls short in the language asked for.
func TestPlanJSON(t *testing.T) {
	fw := spbe.Default()
	levels := fw.NewLevels()
	for i := range levels {
		levels[i] = 2
	}
	p, err := fw.Plan(levels, spbe.Target{Predicate: spbe.Memuaskan}, spbe.PlanOptions{
		Costs: []spbe.Cost{{Indicator: 1, Cost: 10}}, Frozen: []int{2},
	})
	require.NoError(t, err)
	require.False(t, p.Reached)
	p.Instansi, p.Year = "Kab. A", 2024
	var got map[string]any
	require.NoError(t, json.Unmarshal(must(json.Marshal(p)), &got))
	assert.Equal(t, "Kab. A", got["instansi"])
	assert.Equal(t, 2024.0, got["tahun"])
	assert.Equal(t, "4.20", got["target_index"])
	assert.Equal(t, p.To.Float64(), got["to_index_value"])
	assert.Len(t, got["unpriced"], fw.NumIndicators()-1, "every indicator but the priced one")
	assert.Equal(t, p.Reason(smartcity.Indonesian), got["reason"])
	assert.Contains(t, got["reason"], "tertahan karena tidak ada harganya di daftar biaya")
	require.NoError(t, json.Unmarshal(must(json.Marshal(p.JSON(smartcity.English))), &got))
	assert.Contains(t, got["reason"], "held by no price in the costs")
}

// The summary of a framework is what `smartcity spbe frameworks --json`
// lists.
func TestFrameworkSummaryJSON(t *testing.T) {
	var got map[string]any
	require.NoError(t, json.Unmarshal(must(json.Marshal(spbe.Default().Summary())), &got))
	assert.Equal(t, spbe.PermenPANRB59of2020, got["id"])
	assert.Equal(t, true, got["default"])
	assert.Equal(t, 47.0, got["indicators"])
	require.NoError(t, json.Unmarshal(must(json.Marshal(spbe.Default().Summary().JSON(smartcity.English))), &got))
	assert.Contains(t, got["name"], "monitoring and evaluation")
}

// A float for charts is written as encoding/json writes a float64.
func TestJSONFloats(t *testing.T) {
	for _, x := range []smartcity.Number{
		smartcity.NewNumber(0, 1), smartcity.NewNumber(-297, 1000), smartcity.NewNumber(1, 3), smartcity.NewNumber(1, 10_000_000),
		smartcity.NewNumber(math.MaxInt64, 1), smartcity.NewNumber(-1, 7_000_000), smartcity.NewNumber(411, 91),
	} {
		want := must(json.Marshal(x.Float64()))
		s := testScored(t)[1]
		s.Result.Index = x
		var got scoreLine
		data := must(s.AppendJSON(nil, smartcity.Indonesian))
		require.NoError(t, json.Unmarshal(data, &got), string(data))
		assert.Contains(t, string(data), `"index_value":`+string(want)+`,`)
	}
}
