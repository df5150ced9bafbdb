package spbe

// PermenPANRB59of2020 is the id of the framework of PermenPANRB 59/2020,
// used for the 2021–2024 evaluations and the Pemantauan SPBE 2025, and the
// package's default.
const PermenPANRB59of2020 = "permenpanrb-59-2020"

// spec59of2020 returns PermenPANRB 59/2020 (Lampiran: Tabel 7–13, B.3–B.4)
// as data: 4 domains, 8 aspects, 47 indicators.
//
// The weights are the regulation's: indicators 1–10 weigh 1.30 %, 11–20
// 2.50 %, 21–31 1.50 %, 32–41 2.75 % and 42–47 3.00 %. The official 2023
// and 2024 reports print 3.50 % for 42–47, which would add up to 103 %;
// the published results reproduce only with 3.00 %.
func spec59of2020() FrameworkSpec {
	const (
		p = scaleProcess
		s = scaleService
	)
	rows := []catalogueRow{
		{"A1", p, 130, "Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah", "internal policy: SPBE architecture"},
		{"A1", p, 130, "Kebijakan Internal Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah", "internal policy: SPBE roadmap"},
		{"A1", p, 130, "Kebijakan Internal Manajemen Data", "internal policy: data management"},
		{"A1", p, 130, "Kebijakan Internal Pembangunan Aplikasi SPBE", "internal policy: application development"},
		{"A1", p, 130, "Kebijakan Internal Layanan Pusat Data", "internal policy: data-centre services"},
		{"A1", p, 130, "Kebijakan Internal Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah", "internal policy: intra-government network"},
		{"A1", p, 130, "Kebijakan Internal Penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah", "internal policy: service-connector (interoperability) system"},
		{"A1", p, 130, "Kebijakan Internal Manajemen Keamanan Informasi", "internal policy: information-security management"},
		{"A1", p, 130, "Kebijakan Internal Audit TIK", "internal policy: ICT audit"},
		{"A1", p, 130, "Kebijakan Internal Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah", "internal policy: SPBE coordination team"},
		{"A2", p, 250, "Arsitektur SPBE Instansi Pusat/Pemerintah Daerah", "SPBE architecture"},
		{"A2", p, 250, "Peta Rencana SPBE Instansi Pusat/Pemerintah Daerah", "SPBE roadmap"},
		{"A2", p, 250, "Keterpaduan Rencana dan Anggaran SPBE", "integrated SPBE planning and budget"},
		{"A2", p, 250, "Inovasi Proses Bisnis SPBE", "business-process innovation"},
		{"A3", p, 250, "Pembangunan Aplikasi SPBE", "application development"},
		{"A3", p, 250, "Layanan Pusat Data", "data-centre services"},
		{"A3", p, 250, "Layanan Jaringan Intra Instansi Pusat/Pemerintah Daerah", "intra-government network services"},
		{"A3", p, 250, "Penggunaan Sistem Penghubung Layanan Instansi Pusat/Pemerintah Daerah", "use of the service-connector system"},
		{"A4", p, 250, "Pelaksanaan Tim Koordinasi SPBE Instansi Pusat/Pemerintah Daerah", "working SPBE coordination team"},
		{"A4", p, 250, "Kolaborasi Penerapan SPBE", "collaboration in SPBE implementation"},
		{"A5", p, 150, "Penerapan Manajemen Risiko SPBE", "risk management"},
		{"A5", p, 150, "Penerapan Manajemen Keamanan Informasi", "information-security management"},
		{"A5", p, 150, "Penerapan Manajemen Data", "data management"},
		{"A5", p, 150, "Penerapan Manajemen Aset TIK", "ICT asset management"},
		{"A5", p, 150, "Penerapan Kompetensi Sumber Daya Manusia", "digital competence of staff"},
		{"A5", p, 150, "Penerapan Manajemen Pengetahuan", "knowledge management"},
		{"A5", p, 150, "Penerapan Manajemen Perubahan", "change management"},
		{"A5", p, 150, "Penerapan Manajemen Layanan SPBE", "IT service management"},
		{"A6", p, 150, "Pelaksanaan Audit Infrastruktur SPBE", "infrastructure audit"},
		{"A6", p, 150, "Pelaksanaan Audit Aplikasi SPBE", "application audit"},
		{"A6", p, 150, "Pelaksanaan Audit Keamanan SPBE", "security audit"},
		{"A7", s, 275, "Layanan Perencanaan", "e-planning"},
		{"A7", s, 275, "Layanan Penganggaran", "e-budgeting"},
		{"A7", s, 275, "Layanan Keuangan", "financial management"},
		{"A7", s, 275, "Layanan Pengadaan Barang dan Jasa", "e-procurement"},
		{"A7", s, 275, "Layanan Kepegawaian", "civil-service HR"},
		{"A7", s, 275, "Layanan Kearsipan Dinamis", "records and archives"},
		{"A7", s, 275, "Layanan Pengelolaan Barang Milik Negara/Daerah", "state/regional property management"},
		{"A7", s, 275, "Layanan Pengawasan Internal Pemerintah", "internal oversight"},
		{"A7", s, 275, "Layanan Akuntabilitas Kinerja Organisasi", "organisational performance accountability"},
		{"A7", s, 275, "Layanan Kinerja Pegawai", "employee performance"},
		{"A8", s, 300, "Layanan Pengaduan Pelayanan Publik", "public-service complaints"},
		{"A8", s, 300, "Layanan Data Terbuka", "open data"},
		{"A8", s, 300, "Layanan Jaringan Dokumentasi dan Informasi Hukum (JDIH)", "legal documentation network"},
		{"A8", s, 300, "Layanan Publik Sektor 1", "sector public service 1 (the instansi's choice, other than 32–44)"},
		{"A8", s, 300, "Layanan Publik Sektor 2", "sector public service 2 (the instansi's choice, other than 32–44)"},
		{"A8", s, 300, "Layanan Publik Sektor 3", "sector public service 3 (the instansi's choice, other than 32–44)"},
	}
	return FrameworkSpec{
		ID:         PermenPANRB59of2020,
		Name:       Text{"Pemantauan dan Evaluasi SPBE (PermenPANRB 59/2020)", "SPBE monitoring and evaluation (Ministerial Regulation 59/2020)"},
		IndexName:  Text{"Indeks SPBE", "SPBE index"},
		LegalBasis: "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi Sistem Pemerintahan Berbasis Elektronik",
		Years:      []int{2021, 2022, 2023, 2024, 2025},
		Methods:    []YearMethod{{Year: 2025, Method: Pemantauan}},
		Note: Text{
			"Bobot indikator 42–47 adalah 3,00 %; laporan resmi 2023 dan 2024 mencetak 3,50 % (salah cetak: jumlahnya menjadi 103 %).",
			"Indicators 42–47 weigh 3.00 %; the official 2023 and 2024 reports print 3.50 % (a typo: it would add up to 103 %).",
		},
		MinLevel: 1,
		MaxLevel: 5,
		Bands:    spbeBands(),
		Scales:   capabilityScales(),
		Domains: []Domain{
			{"D1", Text{"Kebijakan Internal SPBE", "SPBE internal policy"}, 1300},
			{"D2", Text{"Tata Kelola SPBE", "SPBE governance"}, 2500},
			{"D3", Text{"Manajemen SPBE", "SPBE management"}, 1650},
			{"D4", Text{"Layanan SPBE", "SPBE services"}, 4550},
		},
		Aspects: []Aspect{
			{"A1", Text{"Kebijakan Internal Tata Kelola SPBE", "internal policy on SPBE governance"}, "D1", 1300},
			{"A2", Text{"Perencanaan Strategis SPBE", "SPBE strategic planning"}, "D2", 1000},
			{"A3", Text{"Teknologi Informasi dan Komunikasi", "information and communication technology"}, "D2", 1000},
			{"A4", Text{"Penyelenggara SPBE", "SPBE organisers"}, "D2", 500},
			{"A5", Text{"Penerapan Manajemen SPBE", "SPBE management in practice"}, "D3", 1200},
			{"A6", Text{"Pelaksanaan Audit TIK", "ICT audit"}, "D3", 450},
			{"A7", Text{"Layanan Administrasi Pemerintahan Berbasis Elektronik", "electronic government administration services"}, "D4", 2750},
			{"A8", Text{"Layanan Publik Berbasis Elektronik", "electronic public services"}, "D4", 1800},
		},
		Indicators: numbered(rows),
	}
}
