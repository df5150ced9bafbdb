package spbe

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
)

func TestDecodeCostsDialects(t *testing.T) {
	want := []Cost{{Indicator: 12, Cost: 1500000}, {Indicator: 34, Cost: 250000000}, {Indicator: 34, Level: 5, Cost: 0}}
	for name, in := range map[string]string{
		"comma":             "indikator,cost\n12,1500000\n34,250000000\n",
		"semicolon and bom": "\ufeffindikator;biaya\r\n12;1.500.000\r\n34;Rp 250.000.000\r\n",
		"quoted groups":     "indicator,cost\n12,\"1,500,000\"\n\n34,\"250,000,000\"\n",
		"spaces":            "indikator;cost\n12;1 500 000\n34;Rp.250\u00a0000\u00a0000\n",
	} {
		t.Run(name, func(t *testing.T) {
			got, err := DecodeCosts(strings.NewReader(in), ReadOptions{})
			require.NoError(t, err)
			assert.Equal(t, want[:2], got)
		})
	}
	got, err := DecodeCosts(strings.NewReader("level,cost,indikator\n,1500000,12\n,250000000,34\n5,0,34\n"), ReadOptions{})
	require.NoError(t, err)
	assert.Equal(t, want, got)
}

func TestDecodeCostsErrorsNameRowAndColumn(t *testing.T) {
	in := "indikator,cost,level\n" +
		"x,1,\n" + // line 2: not a number
		"48,1,\n" + // line 3: unknown
		"1,1.5,\n" + // line 4: a fraction
		"2,-3,\n" + // line 5: negative
		"3,1,6\n" + // line 6: level out of range
		"3,1,0\n" + // line 7: no raise reaches 0
		"4,1,\n" + // row 8
		"4,2,\n" + // line 9: priced twice
		"5,12.34.567,\n" + // line 10: bad grouping
		"6,1000000000000000000,\n" // line 11: beyond maxCost
	_, err := DecodeCosts(strings.NewReader(in), ReadOptions{})
	var ve smartcity.Problems
	require.True(t, errors.As(err, &ve))
	var got []string
	for _, p := range ve {
		got = append(got, p.Error())
	}
	assert.Equal(t, []string{
		`line 2, column 1 (indikator): "x" is not an indicator number`,
		`line 3, column 1 (indikator): unknown indicator: permenpanrb-59-2020 has no indicator 48`,
		`line 4, column 2 (cost): "1.5" is not a whole cost from 0 to 1000000000000000`,
		`line 5, column 2 (cost): "-3" is not a whole cost from 0 to 1000000000000000`,
		`line 6, column 3 (level): level out of range: no raise reaches level 6 (raises reach levels 2–5)`,
		`line 7, column 3 (level): level out of range: no raise reaches level 0 (raises reach levels 2–5)`,
		`line 9, column 1 (indikator): duplicate: indicator 4 is priced also on line 8`,
		`line 10, column 2 (cost): "12.34.567" is not a whole cost from 0 to 1000000000000000`,
		`line 11, column 2 (cost): "1000000000000000000" is not a whole cost from 0 to 1000000000000000`,
	}, got)
	assert.ErrorIs(t, err, ErrUnknownIndicator)
	assert.ErrorIs(t, err, ErrDuplicate)
	assert.ErrorIs(t, err, ErrLevelRange)

	for _, in := range []string{"", "indikator\n1\n", "nomor,cost\n1,2\n", "indikator,cost\n1,\"2\n"} {
		_, err := DecodeCosts(strings.NewReader(in), ReadOptions{})
		assert.ErrorIs(t, err, ErrMalformed, "%q", in)
	}
	_, err = DecodeCosts(strings.NewReader("indikator,cost\n1,1\n2,2\n3,3\n"), ReadOptions{MaxRows: 2})
	assert.ErrorIs(t, err, ErrMalformed)
}

func TestDecodeCostsFramework(t *testing.T) {
	fw, err := Lookup(PermenPANRB5of2018)
	require.NoError(t, err)
	got, err := DecodeCosts(strings.NewReader("indikator,cost,level\n35,7,1\n"), ReadOptions{Framework: fw})
	require.NoError(t, err)
	assert.Equal(t, []Cost{{Indicator: 35, Level: 1, Cost: 7}}, got)
	_, err = DecodeCosts(strings.NewReader("indikator,cost\n36,7\n"), ReadOptions{Framework: fw})
	assert.ErrorIs(t, err, ErrUnknownIndicator)
}

func TestParseCost(t *testing.T) {
	for in, want := range map[string]int64{
		"0": 0, "7": 7, "1.000": 1000, "1,000": 1000, "12 345 678": 12345678, "Rp 5.000": 5000, "Rp.5.000": 5000,
		"1000000000000000": maxCost, "001": 1,
	} {
		got, ok := parseCost(in)
		assert.True(t, ok, "%q", in)
		assert.Equal(t, want, got, "%q", in)
	}
	for _, in := range []string{"", "Rp", "-1", "+1", "1.5", "1,5", "1.000,5", "1.000,000", "1..000", ".100", "1000.000", "1 000.000",
		"1e6", "0x10", "١٢", "1000000000000001", "99999999999999999999"} {
		_, ok := parseCost(in)
		assert.False(t, ok, "%q", in)
	}
}
