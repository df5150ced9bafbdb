package chart

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
