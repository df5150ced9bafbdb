package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunPrintsOverview(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out, nil))
	lines := strings.Split(out.String(), "\n")

	// The profile opens the overview with the region's facts.
	assert.Equal(t, []string{
		"== Profil ==",
		"Kabupaten Rembang, Jawa Tengah (Kemendagri 33.17)",
		"Gerakan Menuju Smart City angkatan 2022 (50 daerah)",
		"MoU: 21 April 2022",
		"",
		"== Pilar dan elemen ==",
	}, lines[:6])

	// Then the six pillars, each followed by its three elements.
	for _, want := range []string{
		"GOV       Tata Kelola Cerdas",
		"  GOV.SVC Pelayanan Publik",
		"  BRD.APP Wajah Kota",
		"LIV       Kehidupan Cerdas",
		"  LIV.MOB Mobilitas",
		"SOC       Masyarakat Cerdas",
		"  ENV.WST Tata Kelola Sampah dan Limbah",
	} {
		assert.Contains(t, lines, want)
	}
	pillars, elements := 0, 0
	for _, l := range lines[6:] {
		switch {
		case strings.HasPrefix(l, "  "):
			elements++
		case l != "":
			pillars++
		}
	}
	assert.Equal(t, 6, pillars)
	assert.Equal(t, 18, elements)
	assert.Equal(t, "  ENV.ENE Tata Kelola Energi", lines[len(lines)-2])
}

func TestRunRejectsArguments(t *testing.T) {
	var out bytes.Buffer
	err := run(&out, []string{"--lang", "en"})
	require.ErrorIs(t, err, errUsage)
	assert.Equal(t, `unexpected argument "--lang": usage: rembang`, err.Error())
	assert.Empty(t, out.String())
}

type failingWriter struct{ n int }

func (w *failingWriter) Write(p []byte) (int, error) {
	w.n++
	if w.n > 3 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func TestRunReportsWriteErrors(t *testing.T) {
	w := &failingWriter{}
	require.EqualError(t, run(w, nil), "disk full")
	assert.Equal(t, 4, w.n, "printing stops at the first failed write")
}

func TestTanggal(t *testing.T) {
	tests := []struct {
		t    time.Time
		want string
	}{
		{time.Date(2022, time.April, 21, 0, 0, 0, 0, time.UTC), "21 April 2022"},
		{time.Date(2022, time.June, 23, 0, 0, 0, 0, time.UTC), "23 Juni 2022"},
		{time.Date(2022, time.December, 1, 0, 0, 0, 0, time.UTC), "1 Desember 2022"},
		{time.Date(2023, time.August, 17, 0, 0, 0, 0, time.UTC), "17 Agustus 2023"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tanggal(tt.t))
	}
}
