package chart

import "github.com/kotacerdas/smartcity"

// spbe2024 compares the SPBE domain indices of Kabupaten Rembang and
// Kabupaten Sumedang, the region Rembang learns from, in the 2024
// evaluation (KemenPANRB, published results).
func spbe2024() Radar {
	return Radar{
		Title: "Indeks domain SPBE 2024: Kab. Rembang dan Kab. Sumedang",
		Axes:  []string{"D1 Kebijakan", "D2 Tata Kelola", "D3 Manajemen", "D4 Layanan"},
		Max:   5,
		Series: []Series{
			{Name: "Kab. Rembang 2024 (indeks 3,99)", Values: []float64{4.40, 3.70, 2.64, 4.52}},
			{Name: "Kab. Sumedang 2024 (indeks 4,51)", Values: []float64{5.00, 4.30, 3.91, 4.69}},
		},
	}
}

// pillarsIllustrative has six pillar axes and one series whose figures are
// invented, two of them off the scale to show clamping.
func pillarsIllustrative() Radar {
	return Radar{
		Title: "Skor pilar smart city (ilustratif) — nilai di luar skala dijepit",
		Axes: []string{"Smart Governance", "Smart Branding", "Smart Economy",
			"Smart Living", "Smart Society", "Smart Environment"},
		Max:    5,
		Rings:  5,
		Series: []Series{{Name: "Contoh: skor <di luar> skala & dijepit", Values: []float64{3.5, -1, 2.75, 6.5, 4, 1.25}}},
	}
}

// rembangRoadmap is a roadmap built from Rembang's published initiatives;
// the years and the grouping are illustrative, as the masterplan's
// programme list was not published.
func rembangRoadmap() Roadmap {
	return Roadmap{
		Title:    "Peta jalan smart city Kab. Rembang 2022–2031 (ilustratif)",
		FromYear: 2022,
		ToYear:   2031,
		Groups: []string{"Smart Governance", "Smart Branding", "Smart Economy",
			"Smart Living", "Smart Society", "Smart Environment"},
		Bars: []Bar{
			{Label: "Rembang Gemilang Mobile (super-app)", Group: "Smart Governance", Start: 2022, End: 2026, Highlight: true},
			{Label: "Layanan pengaduan tunggal via WhatsApp", Group: "Smart Governance", Start: 2022, End: 2022, Highlight: true},
			{Label: "Penyelarasan RPJMD 2021–2026", Group: "Smart Governance", Start: 2021, End: 2026},
			{Label: `Portal wisata "Enjoy Rembang"`, Group: "Smart Branding", Start: 2022, End: 2024, Highlight: true},
			{Label: "SIPUMA: informasi & perizinan usaha mikro, kecil dan menengah", Group: "Smart Economy", Start: 2023, End: 2027},
			{Label: "Pendaftaran online RSUD & puskesmas", Group: "Smart Living", Start: 2023, End: 2025},
			{Label: "CCTV di titik strategis", Group: "Smart Society", Start: 2024, End: 2031},
			{Label: "Tahap lanjut <RPJMD berikutnya>", Group: "Smart Society", Start: 2031, End: 2035},
			{Label: "Bank sampah & daur ulang 'desa mandiri'", Group: "Smart Environment", Start: 2025, End: 2028},
		},
		Legend: [2]string{"Program", "Quick win"},
	}
}

// rembangDomains sets Rembang's 2024 domain indices beside the target of
// Memuaskan (4.20) and Sumedang, the region it learns from (published
// results, 2024).
func rembangDomains() Bars {
	return Bars{
		Title:      "Indeks domain SPBE Kab. Rembang 2024: target dan pembanding",
		Categories: []string{"D1 Kebijakan Internal SPBE", "D2 Tata Kelola SPBE", "D3 Manajemen SPBE", "D4 Layanan SPBE"},
		Series: []Series{
			{Name: "Kab. Rembang 2024 (indeks 3,99)", Values: []float64{4.40, 3.70, 2.64, 4.52}},
			{Name: "Target Memuaskan (4,20)", Values: []float64{4.20, 4.20, 4.20, 4.20}},
			{Name: "Kab. Sumedang 2024 (indeks 4,51)", Values: []float64{5.00, 4.30, 3.91, 4.69}},
		},
		Max:        5,
		ValueLabel: "Indeks (0–5)",
		Places:     2,
	}
}

// pemdiAspects has the seven aspects of the Indeks Pemerintah Digital,
// with invented values, in English.
func pemdiAspects() Bars {
	return Bars{
		Title: "Digital Government Index aspects, Contoh City 2026 (illustrative)",
		Categories: []string{"A1 Tata Kelola dan Manajemen Pemerintah Digital", "A2 Penyelenggara", "A3 Data", "A4 Keamanan Pemdi",
			"A5 Teknologi Pemdi", "A6 Keterpaduan Layanan Digital Pemerintah", "A7 Kepuasan Pengguna Layanan Digital Pemerintah"},
		Series: []Series{
			{Name: "Contoh City 2026", Values: []float64{2.5, 2.5, 2.67, 2.33, 3, 2.07, 2.6}},
			{Name: "Target <Baik> & 4.00", Values: []float64{4, 4, 4, 4, 4, 4, 4}},
		},
		Max: 5, ValueLabel: "Index (0–5)", Places: 2, Lang: smartcity.English,
	}
}

// rembangNeighbours ranks Rembang among its neighbours on the north coast
// of Central Java by the published 2024 index, with Sumedang, the region
// it learns from, and a long invented name that needs two lines.
func rembangNeighbours() Ranking {
	return Ranking{
		Title: "Peringkat Indeks SPBE 2024: Kab. Rembang dan tetangganya",
		Members: []Ranked{
			{Label: "Kab. Blora", Value: 3.28}, {Label: "Kab. Demak", Value: 3.93},
			{Label: "Kab. Grobogan", Value: 3.57}, {Label: "Kab. Jepara", Value: 3.51},
			{Label: "Kab. Kudus", Value: 4.23}, {Label: "Kab. Pati", Value: 3.75},
			{Label: "Kab. Rembang", Value: 3.99, Highlight: true}, {Label: "Kab. Sumedang (Jawa Barat)", Value: 4.51},
			{Label: "Kab. Tuban (Jawa Timur)", Value: 4.24},
			{Label: "Kab. Contoh dengan nama yang sangat panjang sekali sampai harus dibungkus <ilustratif>", Value: 3.51},
		},
		Max: 5, ValueLabel: "Indeks SPBE (0–5)", Places: 2,
	}
}

// cohortHead is the head of a long cohort and a member further down, with
// their ranks in the whole cohort.
func cohortHead() Ranking {
	return Ranking{
		Title: "SPBE Index 2024, top five and Rembang Regency",
		Members: []Ranked{
			{Label: "Kota A", Value: 4.81, Rank: 1}, {Label: "Kota B", Value: 4.75, Rank: 2},
			{Label: "Kab. C", Value: 4.75, Rank: 2}, {Label: "Kab. D", Value: 4.7, Rank: 4},
			{Label: "Kab. E", Value: 4.66, Rank: 5}, {Label: "Rembang Regency", Value: 3.99, Rank: 214, Highlight: true},
		},
		Max: 5, ValueLabel: "SPBE Index", Places: 2, Lang: smartcity.English,
	}
}

// rembangYears follows Rembang's index and Sumedang's over the two
// published years (2023, 2024).
func rembangYears() Line {
	return Line{
		Title:  "Indeks SPBE Kab. Rembang dan Kab. Sumedang, 2023–2024",
		Points: []string{"2023", "2024"},
		Series: []Series{
			{Name: "Kab. Rembang", Values: []float64{3.64, 3.99}},
			{Name: "Kab. Sumedang", Values: []float64{4.14, 4.51}},
		},
		Max: 5, ValueLabel: "Indeks SPBE (0–5)", Places: 2,
	}
}

// illustrativeYears is an invented index over seven years, in English,
// with the axis fitted to the values.
func illustrativeYears() Line {
	return Line{
		Title:      "SPBE Index of Example Regency, 2018–2024 (illustrative)",
		Points:     []string{"2018", "2019", "2020", "2021", "2022", "2023", "2024"},
		Series:     []Series{{Name: "Example Regency", Values: []float64{1.92, 2.1, 2.47, 2.85, 3.3, 3.64, 3.99}}},
		ValueLabel: "SPBE Index", Places: 2, Lang: smartcity.English,
	}
}

// rembangPillars spreads the programmes and budget of Rembang's
// masterplan (examples/rembang) over the six pillars.
func rembangPillars() Shares {
	return Shares{
		Title: "Sebaran program dan anggaran per pilar, Kabupaten Rembang 2022–2031",
		Categories: []string{"Tata Kelola Cerdas", "Pencitraan Daerah Cerdas", "Ekonomi Cerdas",
			"Kehidupan Cerdas", "Masyarakat Cerdas", "Lingkungan Cerdas"},
		Series: []Share{
			{Name: "Program (19)", Values: []int64{4, 3, 3, 3, 3, 3}},
			{Name: "Anggaran (Rp17.620.000.000)", Values: []int64{2970000000, 3825000000, 2150000000, 2950000000, 2075000000, 3650000000}, Rupiah: true},
		},
		ValueLabel: "Bagian dari jumlah (%)",
	}
}

// sharesEnglish has one series, in English, with a long category and a
// category of nothing.
func sharesEnglish() Shares {
	return Shares{
		Title:      "Programmes by pillar (illustrative)",
		Categories: []string{"Smart Governance", "Smart Branding & <Tourism> with a rather long name to wrap", "Smart Economy", "Smart Living"},
		Series:     []Share{{Name: "Programmes (9)", Values: []int64{4, 3, 2, 0}}},
		ValueLabel: "Share (%)",
		Lang:       smartcity.English,
	}
}
