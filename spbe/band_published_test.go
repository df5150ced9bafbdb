package spbe_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// A published index stands for every exact index that rounds to it: under
// 59/2020 (Sangat Baik from 3.5, Memuaskan from 4.2) and under the Indeks
// Pemdi of 8/2026 (Memuaskan from 4.00).
func TestPublishedPredicates(t *testing.T) {
	fw2024, ok := spbe.ForYear(2024)
	require.True(t, ok)
	fw2026, ok := spbe.ForYear(2026)
	require.True(t, ok)
	tests := []struct {
		fw     *spbe.Framework
		shown  string
		lo, hi spbe.Predicate
	}{
		{fw2024, "3.99", spbe.SangatBaik, spbe.SangatBaik},
		{fw2024, "4.20", spbe.SangatBaik, spbe.Memuaskan}, // 4.195 and 4.20
		{fw2024, "3.5", spbe.Baik, spbe.SangatBaik},       // 3.4985, Pacitan 2024
		{fw2024, "1.80", spbe.Kurang, spbe.Cukup},         // 1.7995, Boven Digoel 2023
		{fw2024, "0", spbe.Kurang, spbe.Kurang},
		{fw2024, "5", spbe.Memuaskan, spbe.Memuaskan},
		{fw2026, "4.10", spbe.Memuaskan, spbe.Memuaskan},
		{fw2026, "4.00", spbe.SangatBaik, spbe.Memuaskan},
	}
	for _, tt := range tests {
		x, err := spbe.ParsePublishedIndex(tt.shown)
		require.NoError(t, err, tt.shown)
		lo, hi := tt.fw.PublishedPredicates(x)
		assert.Equal(t, tt.lo, lo, "%s %s", tt.fw.ID(), tt.shown)
		assert.Equal(t, tt.hi, hi, "%s %s", tt.fw.ID(), tt.shown)
	}

	lo, hi := fw2024.PublishedPredicates(smartcity.Number{})
	assert.Zero(t, lo)
	assert.Zero(t, hi)
	lo, hi = fw2024.PublishedPredicates(smartcity.NewNumber(1_000_000_000_000_000, 1))
	assert.Equal(t, spbe.Memuaskan, lo)
	assert.Equal(t, spbe.Memuaskan, hi)
}

func TestParsePublishedIndex(t *testing.T) {
	for fw := range spbe.Frameworks() {
		assert.Equal(t, spbe.Level(5), fw.MaxLevel(), "%s: a published index runs to 5", fw.ID())
	}
	x, err := spbe.ParsePublishedIndex("3.64")
	require.NoError(t, err)
	assert.Equal(t, "91/25", x.Exact())
	for _, s := range []string{"", "4,10", "3.641", "-1", "5.01", "9", "+3", "727/200", "3.", "1e0", " 3.5"} {
		_, err := spbe.ParsePublishedIndex(s)
		require.ErrorAs(t, err, new(*smartcity.ParseError), s)
	}
}
