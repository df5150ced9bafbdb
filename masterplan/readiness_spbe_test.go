package masterplan

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/kotacerdas/smartcity"
)

// TestValidateSPBEByYear checks the SPBE snapshot against the rule of its
// year: the SPBE bands up to 2025 (Memuaskan from 4.2, Baik from 2.6), the
// Indeks Pemdi bands from 2026 (Memuaskan from 4.00, Baik from 2.50).
func TestValidateSPBEByYear(t *testing.T) {
	strict := ValidateOptions{RequireQuickWinPerPillar: true}
	tests := []struct {
		name string
		spbe SPBEResult
		want []found
	}{
		// 59/2020, evaluated in full.
		{"2024, 4.10 is Sangat Baik under SPBE", SPBEResult{2024, "4.10", "Memuaskan"}, []found{{
			"readiness.spbe.predikat", "spbe_predikat", smartcity.Warning,
			"predikat Memuaskan tidak sesuai dengan indeks 4.10 pada evaluasi tahun 2024; seharusnya Sangat Baik",
			"the rating Memuaskan does not match index 4.10 in the 2024 evaluation; expected Sangat Baik",
		}}},
		{"2024, Rembang", SPBEResult{2024, "3.99", "Sangat Baik"}, nil},
		// 4.195 to 4.2049 show as 4.20: Sangat Baik below 4.2, Memuaskan from it.
		{"2024, 4.20 from below", SPBEResult{2024, "4.20", "Sangat Baik"}, nil},
		{"2024, 4.20 from above", SPBEResult{2024, "4.20", "Memuaskan"}, nil},
		{"2024, 4.20 is no lower", SPBEResult{2024, "4.20", "Baik"}, []found{{
			"readiness.spbe.predikat", "spbe_predikat", smartcity.Warning,
			"predikat Baik tidak sesuai dengan indeks 4.20 pada evaluasi tahun 2024; seharusnya Sangat Baik atau Memuaskan",
			"the rating Baik does not match index 4.20 in the 2024 evaluation; expected Sangat Baik or Memuaskan",
		}}},
		// Kabupaten Boven Digoel 2023: exact 1.7995, shown 1.80, rated Cukup.
		{"2023, Boven Digoel", SPBEResult{2023, "1.80", "Cukup"}, nil},
		{"the English gloss", SPBEResult{2024, "3.99", "very good"}, nil},
		// 2025: the Pemantauan SPBE, still on the 59/2020 bands.
		{"2025, Jepara", SPBEResult{2025, "3.75", "Sangat Baik"}, nil},
		{"2025, Kalimantan Tengah", SPBEResult{2025, "3.41", "Baik"}, nil},
		{"2025, 2.55 is Cukup under SPBE", SPBEResult{2025, "2.55", "Baik"}, []found{{
			"readiness.spbe.predikat", "spbe_predikat", smartcity.Warning,
			"predikat Baik tidak sesuai dengan indeks 2.55 pada evaluasi tahun 2025; seharusnya Cukup",
			"the rating Baik does not match index 2.55 in the 2025 evaluation; expected Cukup",
		}}},
		{"2025, 4.10 is Sangat Baik under SPBE", SPBEResult{2025, "4.10", "Memuaskan"}, []found{{
			"readiness.spbe.predikat", "spbe_predikat", smartcity.Warning,
			"predikat Memuaskan tidak sesuai dengan indeks 4.10 pada evaluasi tahun 2025; seharusnya Sangat Baik",
			"the rating Memuaskan does not match index 4.10 in the 2025 evaluation; expected Sangat Baik",
		}}},
		// 2026: the Indeks Pemdi of PermenPANRB 8/2026.
		{"2026, 4.10 is Memuaskan under Pemdi", SPBEResult{2026, "4.10", "Memuaskan"}, nil},
		{"2026, 2.55 is Baik under Pemdi", SPBEResult{2026, "2.55", "Baik"}, nil},
		{"2026, 4.10 is no longer Sangat Baik", SPBEResult{2026, "4.10", "Sangat Baik"}, []found{{
			"readiness.spbe.predikat", "spbe_predikat", smartcity.Warning,
			"predikat Sangat Baik tidak sesuai dengan indeks 4.10 pada evaluasi tahun 2026; seharusnya Memuaskan",
			"the rating Sangat Baik does not match index 4.10 in the 2026 evaluation; expected Memuaskan",
		}}},
		// 3.995 to 4.0049 show as 4.00.
		{"2026, 4.00 from below", SPBEResult{2026, "4.00", "Sangat Baik"}, nil},
		{"2026, 4.00 from above", SPBEResult{2026, "4.00", "Memuaskan"}, nil},
		{"2026, 1.50", SPBEResult{2026, "1.50", "Sangat Baik"}, []found{{
			"readiness.spbe.predikat", "spbe_predikat", smartcity.Warning,
			"predikat Sangat Baik tidak sesuai dengan indeks 1.50 pada evaluasi tahun 2026; seharusnya Kurang atau Cukup",
			"the rating Sangat Baik does not match index 1.50 in the 2026 evaluation; expected Kurang or Cukup",
		}}},
		// 5/2018.
		{"2020, Sumedang", SPBEResult{2020, "3.81", "Sangat Baik"}, nil},
		// Before the first SPBE evaluation: the year is reported, the
		// predikat not checked, the index still is.
		{"a year no rule covers", SPBEResult{2017, "4.10", "Memuaskan"}, []found{{
			"readiness.spbe.year", "spbe_year", smartcity.Warning,
			"tidak ada aturan evaluasi SPBE untuk tahun 2017; predikat tidak diperiksa",
			"no SPBE evaluation rule covers the year 2017; the rating is not checked",
		}}},
		{"a year no rule covers, and a bad index", SPBEResult{2017, "4,10", "Memuaskan"}, []found{
			{"readiness.spbe.year", "spbe_year", smartcity.Warning,
				"tidak ada aturan evaluasi SPBE untuk tahun 2017; predikat tidak diperiksa",
				"no SPBE evaluation rule covers the year 2017; the rating is not checked"},
			{"readiness.spbe.index", "spbe_index", smartcity.Error,
				`indeks SPBE "4,10" harus berupa angka 0–5 dengan paling banyak dua desimal`,
				`SPBE index "4,10" must be a number from 0 to 5 with at most two decimals`},
		}},
		{"not a four-digit year", SPBEResult{224, "4.10", "Memuaskan"}, []found{{
			"readiness.spbe.year", "year", smartcity.Error,
			"tahun 224 tidak sah; tulis tahun dengan empat angka", "year 224 is not valid; write a four-digit year",
		}}},
		{"no year", SPBEResult{0, "4.10", "Memuaskan"}, []found{{
			"readiness.spbe.year", "required", smartcity.Error, "tahun SPBE wajib diisi", "SPBE year is required",
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := loadRembang(t)
			p.Readiness.SPBE = &tt.spbe
			assert.Equal(t, tt.want, validateBoth(t, p, strict))
		})
	}
}
