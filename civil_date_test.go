package smartcity

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		ok   bool
	}{
		{"2022-04-21", Date{2022, time.April, 21}, true},
		{"2024-02-29", Date{2024, time.February, 29}, true},
		{"2023-02-29", Date{}, false},
		{"2022-4-21", Date{}, false},
		{"21-04-2022", Date{}, false},
		{"2022-04-21T00:00:00Z", Date{}, false},
		{"0000-01-01", Date{}, false},
		{"", Date{}, false},
		{" 2022-04-21", Date{}, false},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if !tt.ok {
			var pe *ParseError
			require.ErrorAs(t, err, &pe, tt.in)
			assert.Equal(t, "date", pe.Kind)
			continue
		}
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got)
		assert.Equal(t, tt.in, got.String())
	}
}

func TestCivilDate(t *testing.T) {
	mou, bimtek := MustParseDate("2022-04-21"), MustParseDate("2022-06-23")
	assert.True(t, mou.Before(bimtek))
	assert.False(t, bimtek.Before(mou))
	assert.False(t, mou.Before(mou))
	assert.Equal(t, 1, bimtek.Compare(mou))
	assert.Equal(t, 0, mou.Compare(Date{2022, time.April, 21}))
	dates := []Date{bimtek, MustParseDate("2021-12-31"), mou}
	slices.SortFunc(dates, Date.Compare)
	assert.Equal(t, []Date{MustParseDate("2021-12-31"), mou, bimtek}, dates)

	assert.True(t, Date{}.IsZero())
	assert.False(t, Date{}.Valid())
	assert.Equal(t, "", Date{}.String())
	assert.False(t, Date{2022, time.February, 30}.Valid())
	assert.False(t, Date{2022, 13, 1}.Valid())
	assert.Equal(t, mou, DateOf(time.Date(2022, 4, 21, 23, 59, 0, 0, time.FixedZone("WIB", 7*3600))))
	assert.Panics(t, func() { MustParseDate("2022-02-30") })
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		D Date `json:"d"`
		E Date `json:"e,omitzero"`
	}
	data, err := json.Marshal(doc{D: MustParseDate("2022-12-01")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"d":"2022-12-01"}`, string(data))
	var back doc
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, MustParseDate("2022-12-01"), back.D)
	require.NoError(t, json.Unmarshal([]byte(`{"d":""}`), &back))
	assert.True(t, back.D.IsZero())
	assert.Error(t, json.Unmarshal([]byte(`{"d":"2022-13-01"}`), &back))
	_, err = json.Marshal(doc{D: Date{2022, 2, 30}})
	assert.Error(t, err)
}
