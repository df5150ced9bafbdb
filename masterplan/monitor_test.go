package masterplan

import (
	"encoding/json"
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/jsonnum"
)

func TestRatioFormat(t *testing.T) {
	tests := []struct {
		num, den int64
		places   int
		want     string
	}{
		{17, 5, 2, "3.40"},
		{27, 8, 2, "3.38"},     // 3.375, a tie: up
		{-27, 8, 2, "-3.37"},   // −3.375, a tie: towards +∞
		{-11, 200, 2, "-0.05"}, // −0.055
		{-1, 200, 2, "0.00"},   // −0.005 rounds to zero, without a sign
		{-3, 200, 2, "-0.01"},  // −0.015
		{-7, 1000, 2, "-0.01"}, // −0.007, no tie: nearest
		{2, 3, 2, "0.67"},
		{-2, 3, 2, "-0.67"},
		{5, 1, 0, "5"},
		{-5, 2, 0, "-2"}, // −2.5 towards +∞
		{5, 2, 0, "3"},
		{1, 3, 9, "0.333333333"},
		{math.MaxInt64, 1, 2, "9223372036854775807.00"},
		{math.MinInt64 + 1, 1, 2, "-9223372036854775807.00"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, NewRatio(tt.num, tt.den).Format(tt.places), "%d/%d", tt.num, tt.den)
	}
	assert.Equal(t, "", Ratio{}.Format(2))
	assert.Equal(t, "3.40", NewRatio(17, 5).String())
	assert.Equal(t, "0", NewRatio(1, 3).Format(-4), "places below 0 are 0")
	assert.Equal(t, "0.333333333", NewRatio(1, 3).Format(12), "places above 9 are 9")
}

func TestRatioPercent(t *testing.T) {
	tests := []struct {
		num, den int64
		id, en   string
		text     string
	}{
		{2, 3, "66,7%", "66.7%", "66.7"},
		{61, 80, "76,3%", "76.3%", "76.3"}, // 76.25: a tie, up
		{0, 1, "0,0%", "0.0%", "0.0"},
		{26, 25, "104,0%", "104.0%", "104.0"},
		{-1, 8, "-12,5%", "-12.5%", "-12.5"},
		{-1, 16, "-6,2%", "-6.2%", "-6.2"}, // −6.25 towards +∞
		{125, 1, "12.500,0%", "12,500.0%", "12500.0"},
	}
	for _, tt := range tests {
		r := NewRatio(tt.num, tt.den)
		assert.Equal(t, tt.id, r.Percent(1, smartcity.Indonesian))
		assert.Equal(t, tt.en, r.Percent(1, smartcity.English))
		assert.Equal(t, tt.text, r.PercentText(1))
	}
	assert.Equal(t, "", Ratio{}.Percent(1, smartcity.English))
	assert.Equal(t, "", Ratio{}.PercentText(1))
}

func TestRatioExactAndCompare(t *testing.T) {
	assert.Equal(t, "17/5", NewRatio(340, 100).Exact())
	assert.Equal(t, "4/1", NewRatio(4, 1).Exact())
	assert.Equal(t, "-1/20", NewRatio(1, -20).Exact())
	assert.Equal(t, "", NewRatio(1, 0).Exact())
	assert.False(t, NewRatio(1, 0).IsValid())

	a, b := NewRatio(3401, 1000), NewRatio(17, 5)
	assert.Equal(t, 1, a.Cmp(b))
	assert.Equal(t, -1, b.Cmp(a))
	assert.Equal(t, 0, b.Cmp(NewRatio(34, 10)))
	assert.Equal(t, -1, Ratio{}.Cmp(NewRatio(-5, 1)))
	assert.Equal(t, 1, NewRatio(-5, 1).Cmp(Ratio{}))
	assert.Equal(t, 0, Ratio{}.Cmp(Ratio{}))
	assert.Equal(t, "1/1000", a.Sub(b).Exact())
	assert.False(t, a.Sub(Ratio{}).IsValid())
	assert.Equal(t, -1, NewRatio(-1, 3).Sign())
	assert.Equal(t, 0, Ratio{}.Sign())

	// Rat returns a copy: changing it leaves the Ratio alone.
	r := a.Rat()
	r.SetInt64(0)
	assert.Equal(t, "3401/1000", a.Exact())
	assert.Nil(t, Ratio{}.Rat())
	assert.Equal(t, "1/3", RatioOf(big.NewRat(2, 6)).Exact())
	assert.False(t, RatioOf(nil).IsValid())
}

func TestParseRatio(t *testing.T) {
	tests := []struct{ in, want string }{
		{"17/5", "17/5"},
		{"34/10", "17/5"},
		{"-1/20", "-1/20"},
		{"3.40", "17/5"},
		{"3,40", "17/5"},
		{" 0 ", "0/1"},
		{"-0.055", "-11/200"},
	}
	for _, tt := range tests {
		r, err := ParseRatio(tt.in)
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, r.Exact(), tt.in)
	}
	for _, bad := range []string{"", "1/0", "1/-2", "+1/2", "1/+2", "a/b", "1e3", "3.4.0", "1,000.5", "NaN", "/", "1/", strings.Repeat("9", 1001)} {
		_, err := ParseRatio(bad)
		var pe *ParseError
		require.ErrorAs(t, err, &pe, bad)
		require.ErrorIs(t, err, ErrUnknown, bad)
	}
}

func TestRatioText(t *testing.T) {
	type doc struct {
		R Ratio `json:"r,omitzero"`
	}
	out, err := json.Marshal(doc{R: NewRatio(2, 3)})
	require.NoError(t, err)
	assert.JSONEq(t, `{"r": "2/3"}`, string(out))
	out, err = json.Marshal(doc{})
	require.NoError(t, err)
	assert.JSONEq(t, `{}`, string(out))

	var d doc
	require.NoError(t, json.Unmarshal([]byte(`{"r": "3.40"}`), &d))
	assert.Equal(t, "17/5", d.R.Exact())
	require.NoError(t, d.R.UnmarshalText(nil))
	assert.False(t, d.R.IsValid())
	require.Error(t, json.Unmarshal([]byte(`{"r": "x"}`), &d))
}

func TestNumberRat(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"85.5", "171/2", true},
		{"1e3", "1000/1", true},
		{"-2.5E-1", "-1/4", true},
		// Bounds on the position of the decimal point: 0.1e1000 and
		// 1e999 put it 1000 places right, 1e-1001 1000 places left.
		{"1e999", "", true},
		{"0.1e1000", "", true},
		{"1e1000", "", false},
		{"1e-1001", "", true},
		{"1e-1002", "", false},
		{"1,5", "", false},
		{"", "", false},
		{strings.Repeat("1", 1001), "", false},
	} {
		r, ok := jsonnum.Rat(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		if ok && tt.want != "" {
			assert.Equal(t, tt.want, r.String(), tt.in)
		}
	}
}
