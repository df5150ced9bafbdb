package spbe

// PermenPANRB5of2018 is the id of the framework of PermenPANRB 5/2018,
// used for the 2018–2020 evaluations.
const PermenPANRB5of2018 = "permenpanrb-5-2018"

// spec5of2018 returns PermenPANRB 5/2018 as data: 3 domains, 7 aspects, 35
// indicators, levels 0–5 where 0 means no policy or service.
//
// Medium confidence: the structure counts come from KemenPANRB's slides
// "Sekilas PermenPANRB 59/2020" (2020) and the weights from the Kota
// Denpasar SPBE monitoring application, not from the regulation's text.
// With them the 2018 and 2020 national figures (1.98 and 2.26) are
// reachable. The levels are named with the capability scales of 59/2020:
// process for the policy and governance indicators, service for the
// services.
func spec5of2018() FrameworkSpec {
	const (
		p = scaleProcess
		s = scaleService
	)
	rows := []catalogueRow{
		{"A1", p, 100, "Kebijakan Internal Tim Pengarah SPBE Instansi Pemerintah", "internal policy: SPBE steering team"},
		{"A1", p, 100, "Kebijakan Internal Inovasi Proses Bisnis Terintegrasi", "internal policy: integrated business-process innovation"},
		{"A1", p, 100, "Kebijakan Internal Rencana Induk SPBE Instansi Pemerintah", "internal policy: SPBE master plan"},
		{"A1", p, 100, "Kebijakan Internal Anggaran dan Belanja TIK", "internal policy: ICT budget and spending"},
		{"A1", p, 100, "Kebijakan Internal Pengoperasian Pusat Data", "internal policy: data-centre operation"},
		{"A1", p, 100, "Kebijakan Internal Integrasi Sistem Aplikasi", "internal policy: application integration"},
		{"A1", p, 100, "Kebijakan Internal Penggunaan Aplikasi Umum Berbagi Pakai", "internal policy: shared common applications"},
		{"A2", p, 100, "Kebijakan Internal Layanan Naskah Dinas", "internal policy: official correspondence service"},
		{"A2", p, 100, "Kebijakan Internal Layanan Manajemen Kepegawaian", "internal policy: civil-service HR service"},
		{"A2", p, 100, "Kebijakan Internal Layanan Manajemen Perencanaan dan Penganggaran", "internal policy: planning and budgeting service"},
		{"A2", p, 100, "Kebijakan Internal Layanan Manajemen Keuangan", "internal policy: financial management service"},
		{"A2", p, 100, "Kebijakan Internal Layanan Manajemen Kinerja", "internal policy: performance management service"},
		{"A2", p, 100, "Kebijakan Internal Layanan Pengadaan", "internal policy: procurement service"},
		{"A2", p, 100, "Kebijakan Internal Layanan Pengaduan Publik", "internal policy: public complaints service"},
		{"A2", p, 100, "Kebijakan Internal Layanan Dokumentasi dan Informasi Hukum", "internal policy: legal documentation service"},
		{"A2", p, 100, "Kebijakan Internal Layanan Whistle Blowing System (WBS)", "internal policy: whistle-blowing service"},
		{"A2", p, 100, "Kebijakan Internal Layanan Publik Instansi Pemerintah", "internal policy: the instansi's public services"},
		{"A3", p, 400, "Tim Pengarah SPBE Instansi Pemerintah", "SPBE steering team"},
		{"A3", p, 400, "Inovasi Proses Bisnis Terintegrasi", "integrated business-process innovation"},
		{"A4", p, 400, "Rencana Induk SPBE Instansi Pemerintah", "SPBE master plan"},
		{"A4", p, 400, "Anggaran dan Belanja TIK", "ICT budget and spending"},
		{"A5", p, 400, "Pengoperasian Pusat Data", "data-centre operation"},
		{"A5", p, 400, "Integrasi Sistem Aplikasi", "application integration"},
		{"A5", p, 400, "Penggunaan Aplikasi Umum Berbagi Pakai", "use of shared common applications"},
		{"A6", s, 500, "Layanan Naskah Dinas", "official correspondence"},
		{"A6", s, 500, "Layanan Manajemen Kepegawaian", "civil-service HR management"},
		{"A6", s, 500, "Layanan Manajemen Perencanaan", "planning management"},
		{"A6", s, 500, "Layanan Manajemen Penganggaran", "budgeting management"},
		{"A6", s, 500, "Layanan Manajemen Keuangan", "financial management"},
		{"A6", s, 500, "Layanan Manajemen Kinerja", "performance management"},
		{"A6", s, 500, "Layanan Pengadaan", "procurement"},
		{"A7", s, 500, "Layanan Pengaduan Publik", "public complaints"},
		{"A7", s, 500, "Layanan Dokumentasi dan Informasi Hukum", "legal documentation and information"},
		{"A7", s, 500, "Layanan Whistle-Blowing System", "whistle-blowing system"},
		{"A7", s, 500, "Layanan Publik Instansi Pemerintah", "the instansi's public services"},
	}
	return FrameworkSpec{
		ID:         PermenPANRB5of2018,
		Name:       Text{"Pedoman Evaluasi SPBE (PermenPANRB 5/2018)", "SPBE evaluation guidelines (Ministerial Regulation 5/2018)"},
		IndexName:  Text{"Indeks SPBE", "SPBE index"},
		LegalBasis: "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 5 Tahun 2018 tentang Pedoman Evaluasi Sistem Pemerintahan Berbasis Elektronik",
		Years:      []int{2018, 2019, 2020},
		Note: Text{
			"Keyakinan sedang: jumlah domain, aspek dan indikator dari paparan KemenPANRB \"Sekilas PermenPANRB 59/2020\" (2020); bobot dari aplikasi pemantauan SPBE Kota Denpasar.",
			"Medium confidence: the structure counts come from KemenPANRB's slides \"Sekilas PermenPANRB 59/2020\" (2020); the weights from the Kota Denpasar SPBE monitoring application.",
		},
		MinLevel: 0,
		MaxLevel: 5,
		Bands:    spbeBands(),
		Scales:   capabilityScales(),
		Domains: []Domain{
			{"D1", Text{"Kebijakan Internal SPBE", "SPBE internal policy"}, 1700},
			{"D2", Text{"Tata Kelola SPBE", "SPBE governance"}, 2800},
			{"D3", Text{"Layanan SPBE", "SPBE services"}, 5500},
		},
		Aspects: []Aspect{
			{"A1", Text{"Kebijakan Internal Tata Kelola SPBE", "internal policy on SPBE governance"}, "D1", 700},
			{"A2", Text{"Kebijakan Internal Layanan SPBE", "internal policy on SPBE services"}, "D1", 1000},
			{"A3", Text{"Kelembagaan", "institutions"}, "D2", 800},
			{"A4", Text{"Strategi dan Perencanaan", "strategy and planning"}, "D2", 800},
			{"A5", Text{"Teknologi Informasi dan Komunikasi", "information and communication technology"}, "D2", 1200},
			{"A6", Text{"Layanan Administrasi Pemerintahan Berbasis Elektronik", "electronic government administration services"}, "D3", 3500},
			{"A7", Text{"Layanan Publik Berbasis Elektronik", "electronic public services"}, "D3", 2000},
		},
		Indicators: numbered(rows),
	}
}
