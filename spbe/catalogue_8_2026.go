package spbe

// PermenPANRB8of2026 is the id of the framework of PermenPANRB 8/2026, the
// Indeks Pemerintah Digital, in force from the 2026 evaluation.
const PermenPANRB8of2026 = "permenpanrb-8-2026"

// scaleMaturity is the code of the maturity scale of PermenPANRB 8/2026:
// Merintis, Membangun, Berkembang, Melembaga, Unggul.
const scaleMaturity = "maturity"

// The codes of the outside evaluations that value indicators of
// PermenPANRB 8/2026.
const (
	SourceSDI  = "sdi"  // Satu Data Indonesia score (Bappenas), 0–100: indicator 5
	SourceSJIG = "sjig" // Simpul Jaringan Informasi Geospasial score (BIG), 1–5: indicator 6
	SourceEPSS = "epss" // Evaluasi Penyelenggaraan Statistik Sektoral score (BPS), 1–5: indicator 7
)

// spec8of2026 returns PermenPANRB 8/2026 tentang Evaluasi Kinerja
// Pemerintah Digital (Lampiran, Tabel 1 and 4) as data: 7 aspects directly
// under the index, 20 indicators, no domains, and the Pemdi predikat bands
// (Memuaskan from 4.00, Baik from 2.50).
//
// Transcribed from public copies of the Lampiran, not from the official
// text, which could not be read: check it against the official Lampiran.
// The regulation states no rounding rule; this encoding assumes the
// practice of 59/2020 — the index exact, shown to two decimals rounded half
// up, the predikat from the unrounded value (PredicateBasis Unrounded, the
// default). The tables that turn outside scores into the levels of
// indicators 5–7 come from a single regional portal and are data a user
// can replace, not law; indicator 18 is also valued from an outside
// questionnaire (Bappenas), whose conversion was not published.
func spec8of2026() FrameworkSpec {
	const m = scaleMaturity
	rows := []catalogueRow{
		{"A1", m, 500, "Tata Kelola Pemdi", "digital government governance"},
		{"A1", m, 500, "Manajemen Layanan Digital Pemerintah", "digital government service management"},
		{"A2", m, 500, "Sumber Daya Manusia Pemdi", "digital government human resources"},
		{"A2", m, 500, "Kolaborasi Pemdi", "digital government collaboration"},
		{"A3", m, 500, "Tata Kelola Data", "data governance"},
		{"A3", m, 300, "Penyelenggaraan Informasi Geospasial", "geospatial information"},
		{"A3", m, 300, "Pembangunan Statistik", "statistics development"},
		{"A3", m, 400, "Pelindungan Data Pribadi", "personal data protection"},
		{"A4", m, 400, "Pelaksanaan Audit Keamanan Pemdi dan Teknologi Pemdi", "security and technology audits"},
		{"A4", m, 400, "Keamanan Pemdi", "digital government security"},
		{"A4", m, 300, "Penerapan Kriptografi untuk Keamanan Data", "cryptography for data security"},
		{"A4", m, 400, "Kapabilitas Penanganan Insiden Siber", "cyber incident handling capability"},
		{"A5", m, 500, "Aplikasi Pemdi", "digital government applications"},
		{"A5", m, 500, "Infrastruktur Pemdi", "digital government infrastructure"},
		{"A6", m, 400, "Keterpaduan Proses Bisnis Pemdi Lintas Unit dan Instansi", "business processes integrated across units and agencies"},
		{"A6", m, 400, "Integrasi Aplikasi", "application integration"},
		{"A6", m, 400, "Portal Layanan Digital Pemerintah", "digital government service portal"},
		{"A6", m, 300, "Interoperabilitas Data", "data interoperability"},
		{"A7", m, 1000, "Fasilitas Dukungan Pengguna Layanan Digital Pemerintah", "user support for digital government services"},
		{"A7", m, 1500, "Tingkat (Pengelolaan) Kepuasan Pengguna Layanan Digital Pemerintah", "(management of) user satisfaction with digital government services"},
	}
	return FrameworkSpec{
		ID:         PermenPANRB8of2026,
		Name:       Text{"Evaluasi Kinerja Pemerintah Digital — Indeks Pemerintah Digital (PermenPANRB 8/2026)", "digital government performance evaluation — Digital Government Index (Ministerial Regulation 8/2026)"},
		IndexName:  Text{"Indeks Pemerintah Digital", "Digital Government Index"},
		LegalBasis: "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 8 Tahun 2026 tentang Evaluasi Kinerja Pemerintah Digital",
		Years:      []int{2026},
		InForce:    true,
		Note: Text{
			"Ditranskripsi dari salinan publik Lampiran (Tabel 1 dan 4), belum dicocokkan dengan naskah resmi. Aturan pembulatan tidak tertulis; diasumsikan seperti 59/2020: indeks eksak, ditampilkan dua desimal dibulatkan setengah ke atas, predikat dari nilai tanpa pembulatan. Tabel konversi skor SDI, SJIG dan EPSS ke level berasal dari satu portal daerah (batas inklusif tidak dinyatakan: skor tepat di batas masuk level yang lebih tinggi). Indikator 18 juga dinilai dari kuesioner interoperabilitas data Bappenas; konversinya tidak dipublikasikan.",
			"Transcribed from public copies of the Lampiran (Tables 1 and 4), not yet checked against the official text. The rounding rule is not written; assumed as under 59/2020: the index exact, shown to two decimals rounded half up, the predikat from the unrounded value. The tables converting SDI, SJIG and EPSS scores to levels come from one regional portal (inclusive edges not stated: a score exactly on an edge takes the higher level). Indicator 18 is also valued from a Bappenas data-interoperability questionnaire whose conversion was not published.",
		},
		MinLevel: 1,
		MaxLevel: 5,
		Bands: []Band{
			{Kurang, Text{"Kurang", "poor"}, "1.00"},
			{Cukup, Text{"Cukup", "fair"}, "1.50"},
			{Baik, Text{"Baik", "good"}, "2.50"},
			{SangatBaik, Text{"Sangat Baik", "very good"}, "3.50"},
			{Memuaskan, Text{"Memuaskan", "satisfactory"}, "4.00"},
		},
		Scales: []Scale{{Code: scaleMaturity, Name: Text{"Tingkat Kematangan", "maturity level"}, Levels: []ScaleLevel{
			{1, Text{"Merintis", "Initiate"}},
			{2, Text{"Membangun", "Emerging"}},
			{3, Text{"Berkembang", "Developing"}},
			{4, Text{"Melembaga", "Embedded"}},
			{5, Text{"Unggul", "Leading"}},
		}}},
		Aspects: []Aspect{
			{Code: "A1", Name: Text{"Tata Kelola dan Manajemen", "governance and management"}, WeightBP: 1000},
			{Code: "A2", Name: Text{"Penyelenggara", "organisers"}, WeightBP: 1000},
			{Code: "A3", Name: Text{"Data", "data"}, WeightBP: 1500},
			{Code: "A4", Name: Text{"Keamanan Pemdi", "digital government security"}, WeightBP: 1500},
			{Code: "A5", Name: Text{"Teknologi Pemdi", "digital government technology"}, WeightBP: 1000},
			{Code: "A6", Name: Text{"Keterpaduan Layanan Digital Pemerintah", "integrated digital government services"}, WeightBP: 1500},
			{Code: "A7", Name: Text{"Kepuasan Pengguna Layanan Digital Pemerintah", "user satisfaction with digital government services"}, WeightBP: 2500},
		},
		Indicators: numbered(rows),
		Conversions: []Conversion{
			{Indicator: 5, Source: SourceSDI, Name: Text{"Skor Satu Data Indonesia (Bappenas)", "One Data Indonesia score (Bappenas)"},
				Min: "0", Max: "100", Edges: []string{"12.5", "37.5", "62.5", "75"}},
			{Indicator: 6, Source: SourceSJIG, Name: Text{"Skor Simpul Jaringan Informasi Geospasial (BIG)", "geospatial information network node score (BIG)"},
				Min: "1", Max: "5", Edges: []string{"1.5", "2.5", "3.5", "4.0"}},
			{Indicator: 7, Source: SourceEPSS, Name: Text{"Skor Evaluasi Penyelenggaraan Statistik Sektoral (BPS)", "sectoral statistics evaluation score (BPS)"},
				Min: "1", Max: "5", Edges: []string{"1.8", "2.6", "3.5", "4.2"}},
		},
	}
}
