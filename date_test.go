package smartcity

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestDate(t *testing.T) {
	tests := []struct {
		y      int
		m      time.Month
		d      int
		id, en string
	}{
		{2022, time.April, 21, "21 April 2022", "21 April 2022"}, // Rembang MoU
		{2022, time.June, 23, "23 Juni 2022", "23 June 2022"},    // Rembang Bimtek I
		{2022, time.July, 20, "20 Juli 2022", "20 July 2022"},    // Rembang Bimtek II
		{2022, time.September, 22, "22 September 2022", "22 September 2022"},
		{2022, time.December, 1, "1 Desember 2022", "1 December 2022"}, // 2022 cohort awarded
		{2024, time.February, 29, "29 Februari 2024", "29 February 2024"},
		{2023, time.May, 2, "2 Mei 2023", "2 May 2023"},
		{2023, time.August, 17, "17 Agustus 2023", "17 August 2023"},
		{2023, time.October, 5, "5 Oktober 2023", "5 October 2023"},
		// Written as given, not normalised.
		{2023, time.February, 31, "31 Februari 2023", "31 February 2023"},
		{2023, 13, 1, "1 13 2023", "1 13 2023"},
		{2023, 0, 1, "1 0 2023", "1 0 2023"},
	}
	for _, tt := range tests {
		saysBoth(t, func(l Lang) string { return l.Date(tt.y, tt.m, tt.d) }, tt.id, tt.en, tt.id)
	}
}

func TestDateOfUsesTheTimesLocation(t *testing.T) {
	wib := time.FixedZone("WIB", 7*3600)
	// 17:30 UTC on 20 April is already 21 April in Rembang (UTC+7).
	mou := time.Date(2022, time.April, 20, 17, 30, 0, 0, time.UTC)
	assert.Equal(t, "20 April 2022", Indonesian.DateOf(mou))
	assert.Equal(t, "21 April 2022", Indonesian.DateOf(mou.In(wib)))
	assert.Equal(t, "21 April 2022", English.DateOf(mou.In(wib)))
}

func TestMonthNames(t *testing.T) {
	var id, unset, en []string
	for m := time.January; m <= time.December; m++ {
		id = append(id, Indonesian.Month(m))
		unset = append(unset, Lang(0).Month(m))
		en = append(en, English.Month(m))
	}
	assert.Equal(t, []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni",
		"Juli", "Agustus", "September", "Oktober", "November", "Desember"}, id)
	assert.Equal(t, id, unset, "the zero Lang is Indonesian")
	assert.Equal(t, []string{"January", "February", "March", "April", "May", "June",
		"July", "August", "September", "October", "November", "December"}, en)
}
