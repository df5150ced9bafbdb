package pillar

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// entry is one row of a catalogue: the enum's row — a stable code, names in
// both languages and the other spellings people write — and a definition in
// both languages. Tables of entries are arrays indexed by the enum value;
// index 0 (unset) is left empty and the arrays are never written to.
type entry struct {
	enum.Row
	defID, defEN string
}

func (en entry) definition(lang smartcity.Lang) string {
	if lang.Or(smartcity.Indonesian) == smartcity.English {
		return en.defEN
	}
	return en.defID
}

// rows returns the enum rows of a catalogue, for enum.New.
func rows(table []entry) []enum.Row {
	out := make([]enum.Row, len(table))
	for i, en := range table {
		out[i] = en.Row
	}
	return out
}

// pillarTable holds the six pillars. The Indonesian names translate the
// English ones the programme uses ("Smart Governance" → "Tata Kelola
// Cerdas"); documents of the programme often keep the English names, which
// Parse accepts as well, as it does the aliases: spellings seen in regional
// documents, press releases and papers.
var pillarTable = [pillarCount + 1]entry{
	Governance: {
		Row: enum.Row{Code: "GOV", ID: "Tata Kelola Cerdas", EN: "Smart Governance", Aliases: []string{
			"governance", "tata kelola", "tata kelola pemerintahan", "tata pemerintahan", "pemerintahan",
			"government",
		}},
		defID: "Tata kelola pemerintahan daerah yang cerdas: pemerintah sebagai pengarah kehidupan kota " +
			"menjalankan birokrasi yang cepat, efektif, efisien, transparan, dan komunikatif, serta terus " +
			"memperbaiki pelayanan publik dan kebijakan publik agar tepat sasaran bagi warga.",
		defEN: "Smart governance of the region: the government, as the steerer of city life, runs a fast, " +
			"effective, efficient, transparent and communicative bureaucracy and keeps improving public " +
			"services and public policy so that they serve residents well.",
	},
	Branding: {
		Row: enum.Row{Code: "BRD", ID: "Pencitraan Daerah Cerdas", EN: "Smart Branding", Aliases: []string{
			"branding", "branding daerah", "pencitraan daerah", "pemasaran daerah", "regional branding",
			"city branding",
		}},
		defID: "Pemasaran daerah yang inovatif untuk meningkatkan daya saing melalui ekosistem pariwisata, " +
			"ekosistem bisnis daerah, dan penataan wajah kota, sehingga daerah menarik bagi warga, pelaku " +
			"usaha, wisatawan, dan investor.",
		defEN: "Innovative marketing of the region that raises its competitiveness through its tourism " +
			"ecosystem, its business ecosystem and the appearance of the city, making the region attractive " +
			"to residents, businesses, visitors and investors.",
	},
	Economy: {
		Row: enum.Row{Code: "ECO", ID: "Ekonomi Cerdas", EN: "Smart Economy", Aliases: []string{
			"economy", "ekonomi",
		}},
		defID: "Ekosistem ekonomi daerah yang sesuai dengan era informasi, dibangun di atas sektor unggulan " +
			"daerah, untuk menumbuhkan industri, meningkatkan kesejahteraan rakyat, dan memudahkan " +
			"transaksi keuangan.",
		defEN: "A regional economic ecosystem fit for the information era, built on the region's leading " +
			"sectors, that grows industry, raises the people's welfare and makes financial transactions easy.",
	},
	Living: {
		Row: enum.Row{Code: "LIV", ID: "Kehidupan Cerdas", EN: "Smart Living", Aliases: []string{
			"living", "kehidupan", "kualitas hidup", "quality of life",
			// Giffinger's Smart Mobility is an element of Living in this framework.
			"mobility",
		}},
		defID: "Daerah yang layak huni, nyaman, dan efisien: tata ruang yang harmonis, layanan kesehatan " +
			"yang terjangkau, serta mobilitas orang dan barang yang lancar mendukung gaya hidup warga.",
		defEN: "A liveable, comfortable and efficient region: harmonious spatial planning, accessible health " +
			"care and the smooth movement of people and goods support the residents' way of life.",
	},
	Society: {
		Row: enum.Row{Code: "SOC", ID: "Masyarakat Cerdas", EN: "Smart Society", Aliases: []string{
			"society", "masyarakat", "sosial", "social",
			// Giffinger's Smart People is this framework's Smart Society.
			"people",
		}},
		defID: "Manusia sebagai inti kota cerdas: masyarakat yang humanis, produktif, dan melek digital, " +
			"dengan interaksi komunitas yang hidup, ekosistem belajar yang terbuka, dan rasa aman.",
		defEN: "People at the core of the smart city: a humane, productive and digitally literate society " +
			"with lively communities, an open learning ecosystem and a sense of security.",
	},
	Environment: {
		Row: enum.Row{Code: "ENV", ID: "Lingkungan Cerdas", EN: "Smart Environment", Aliases: []string{
			"environment", "lingkungan", "lingkungan hidup", "environmental",
		}},
		defID: "Tata kelola lingkungan yang baik, bertanggung jawab, dan berkelanjutan: melindungi " +
			"lingkungan hidup, mengelola sampah dan limbah, serta menggunakan energi secara hemat dan " +
			"terbarukan.",
		defEN: "Good, responsible and sustainable environmental governance: protecting the natural " +
			"environment, managing solid waste and wastewater, and using energy sparingly and from " +
			"renewable sources.",
	},
}

// elementTable holds the 18 elements. The Indonesian names are those of the
// programme's guidance; the English names are this library's renderings;
// the aliases are spellings seen in the wild.
var elementTable = [elementCount + 1]entry{
	PublicService: {
		Row: enum.Row{Code: "GOV.SVC", ID: "Pelayanan Publik", EN: "Public Service", Aliases: []string{
			"layanan publik", "pelayanan", "layanan", "public services", "service",
		}},
		defID: "Penyelenggaraan layanan kepada warga dan pelaku usaha, termasuk layanan administrasi dan " +
			"perizinan, yang cepat, mudah dijangkau, terpadu, dan dapat dipantau, baik secara daring " +
			"maupun tatap muka.",
		defEN: "The delivery of services to residents and businesses, including administration and " +
			"licensing, in a way that is fast, easy to reach, integrated and traceable, online as well as " +
			"in person.",
	},
	Bureaucracy: {
		Row: enum.Row{Code: "GOV.BUR", ID: "Manajemen Birokrasi", EN: "Bureaucracy Management", Aliases: []string{
			"tata kelola birokrasi", "birokrasi", "bureaucracy", "bureaucratic management",
		}},
		defID: "Pengelolaan birokrasi pemerintah daerah yang efektif dan efisien: perencanaan, penganggaran, " +
			"kepegawaian, dan kerja antarperangkat daerah yang terintegrasi dan akuntabel.",
		defEN: "Effective and efficient management of the regional bureaucracy: planning, budgeting, " +
			"personnel and the work between government offices, integrated and accountable.",
	},
	PublicPolicy: {
		Row: enum.Row{Code: "GOV.POL", ID: "Efisiensi Kebijakan Publik", EN: "Public Policy Efficiency", Aliases: []string{
			"kebijakan publik", "kebijakan", "public policy", "policy",
		}},
		defID: "Perumusan dan evaluasi kebijakan publik yang berbasis data dan partisipasi warga, sehingga " +
			"kebijakan tepat sasaran dan sumber daya daerah digunakan secara efisien.",
		defEN: "Making and evaluating public policy from data and with residents' participation, so that " +
			"policies hit their targets and the region's resources are used efficiently.",
	},
	TourismBranding: {
		Row: enum.Row{Code: "BRD.TOU", ID: "Ekosistem Pariwisata", EN: "Tourism Branding", Aliases: []string{
			"pariwisata", "wisata", "tourism", "tourism ecosystem",
		}},
		defID: "Pengembangan ekosistem pariwisata daerah (destinasi, atraksi, pelaku wisata, dan " +
			"promosinya) agar daerah dikenal dan dikunjungi.",
		defEN: "Developing the region's tourism ecosystem (destinations, attractions, tourism businesses and " +
			"their promotion) so that the region becomes known and visited.",
	},
	BusinessBranding: {
		Row: enum.Row{Code: "BRD.BUS", ID: "Ekosistem Bisnis Daerah", EN: "Business Branding", Aliases: []string{
			"ekosistem bisnis", "bisnis daerah", "bisnis", "business", "business ecosystem",
		}},
		defID: "Pembangunan platform dan pemasaran ekosistem bisnis daerah, termasuk produk unggulan dan " +
			"UMKM, untuk menarik pasar dan investasi.",
		defEN: "Building platforms for the regional business ecosystem, its leading products and small " +
			"businesses included, and marketing it to attract markets and investment.",
	},
	CityAppearance: {
		Row: enum.Row{Code: "BRD.APP", ID: "Wajah Kota", EN: "City Appearance", Aliases: []string{
			"penataan wajah kota", "city appearance branding", "appearance",
		}},
		defID: "Penataan wajah kota atau kawasan (ruang publik, taman, penanda, dan identitas visual) " +
			"sehingga daerah memiliki citra yang khas dan menarik.",
		defEN: "Shaping the face of the city or area (public spaces, parks, signage and visual identity) so " +
			"that the region has a distinctive and attractive image.",
	},
	Industry: {
		Row: enum.Row{Code: "ECO.IND", ID: "Ekosistem Industri", EN: "Industry", Aliases: []string{
			"ekosistem industri primer sekunder tersier", "ekosistem industri primer sekunder dan tersier",
			"industri", "industrial ecosystem",
		}},
		defID: "Pengembangan ekosistem industri primer, sekunder, dan tersier yang berdaya saing, berbasis " +
			"sektor unggulan daerah.",
		defEN: "Developing a competitive ecosystem of primary, secondary and tertiary industries built on the " +
			"region's leading sectors.",
	},
	Welfare: {
		Row: enum.Row{Code: "ECO.WEL", ID: "Kesejahteraan Rakyat", EN: "Welfare", Aliases: []string{
			"kesejahteraan", "kesejahteraan masyarakat", "people s welfare",
		}},
		defID: "Peningkatan kesejahteraan rakyat: pengurangan kemiskinan dan pengangguran, perluasan " +
			"kesempatan kerja, dan perlindungan sosial yang tepat sasaran.",
		defEN: "Raising the people's welfare: reducing poverty and unemployment, widening job opportunities " +
			"and targeting social protection well.",
	},
	FinancialTransactions: {
		Row: enum.Row{Code: "ECO.TRX", ID: "Ekosistem Transaksi Keuangan", EN: "Financial Transactions", Aliases: []string{
			"transaksi keuangan", "financial transaction", "transaksi", "transactions",
		}},
		defID: "Pembangunan ekosistem transaksi keuangan yang mudah, aman, dan inklusif, termasuk " +
			"pembayaran nontunai dan elektronifikasi transaksi pemerintah daerah.",
		defEN: "Building an easy, safe and inclusive ecosystem for financial transactions, including cashless " +
			"payments and the electronification of the regional government's transactions.",
	},
	SpatialHarmony: {
		Row: enum.Row{Code: "LIV.HAR", ID: "Harmonisasi Tata Ruang Wilayah", EN: "Spatial Harmony", Aliases: []string{
			"harmonisasi tata ruang", "tata ruang", "tata ruang wilayah", "spatial harmonisation",
			"spatial harmonization", "spatial planning",
		}},
		defID: "Penyelarasan tata ruang, bangunan, dan permukiman dengan rencana tata ruang wilayah agar " +
			"daerah tertata, layak huni, dan tangguh.",
		defEN: "Bringing land use, buildings and settlements into line with the regional spatial plan so that " +
			"the region is orderly, liveable and resilient.",
	},
	Health: {
		Row: enum.Row{Code: "LIV.HEA", ID: "Kesehatan", EN: "Health", Aliases: []string{
			"sarana kesehatan", "layanan kesehatan", "healthy", "health care", "healthcare",
		}},
		defID: "Penyediaan sarana dan layanan kesehatan yang terjangkau dan bermutu, serta upaya menjaga " +
			"warga tetap sehat.",
		defEN: "Providing affordable, good-quality health facilities and services, and keeping residents " +
			"healthy.",
	},
	Mobility: {
		Row: enum.Row{Code: "LIV.MOB", ID: "Mobilitas", EN: "Mobility", Aliases: []string{
			"mobilitas sarana transportasi", "sarana transportasi", "transportasi", "transport",
			"transportation",
			// See ParseElement: a university source names Living's third element "Building".
			"building",
		}},
		defID: "Penyediaan sarana transportasi dan pengaturan lalu lintas agar perpindahan orang dan barang " +
			"lancar, aman, dan terjangkau.",
		defEN: "Providing transport and managing traffic so that people and goods move smoothly, safely and " +
			"affordably.",
	},
	Community: {
		Row: enum.Row{Code: "SOC.COM", ID: "Interaksi Masyarakat", EN: "Community", Aliases: []string{
			"interaksi masyarakat komunitas", "komunitas", "interaksi komunitas", "communities",
		}},
		defID: "Penguatan interaksi masyarakat dan komunitas, partisipasi warga, dan modal sosial, termasuk " +
			"melalui ruang dan kanal digital.",
		defEN: "Strengthening interaction between residents and communities, civic participation and social " +
			"capital, through physical and digital channels alike.",
	},
	Learning: {
		Row: enum.Row{Code: "SOC.LRN", ID: "Ekosistem Belajar", EN: "Learning", Aliases: []string{
			"ekosistem pembelajaran", "belajar", "pendidikan", "learning ecosystem", "education",
		}},
		defID: "Pembangunan ekosistem belajar sepanjang hayat yang terbuka bagi semua warga, termasuk " +
			"literasi digital.",
		defEN: "Building an ecosystem of lifelong learning open to every resident, digital literacy included.",
	},
	Security: {
		Row: enum.Row{Code: "SOC.SEC", ID: "Keamanan Masyarakat", EN: "Security", Aliases: []string{
			"keamanan", "public safety", "safety",
		}},
		defID: "Penciptaan rasa aman bagi warga melalui pencegahan dan penanganan kejahatan, bencana, dan " +
			"kedaruratan.",
		defEN: "Making residents feel safe by preventing and handling crime, disasters and emergencies.",
	},
	EnvironmentalProtection: {
		Row: enum.Row{Code: "ENV.PRO", ID: "Proteksi Lingkungan", EN: "Environmental Protection", Aliases: []string{
			"perlindungan lingkungan", "protection",
		}},
		defID: "Perlindungan lingkungan hidup: menjaga kualitas udara, air, dan tanah, ruang terbuka hijau, " +
			"serta mengurangi risiko perubahan iklim.",
		defEN: "Protecting the environment: keeping air, water and soil clean, preserving green open space " +
			"and reducing the risks of climate change.",
	},
	Waste: {
		Row: enum.Row{Code: "ENV.WST", ID: "Tata Kelola Sampah dan Limbah", EN: "Waste Management", Aliases: []string{
			"tata kelola sampah", "pengelolaan sampah", "pengelolaan sampah dan limbah", "sampah", "limbah",
			"waste",
		}},
		defID: "Pengelolaan sampah dan limbah dari sumbernya hingga pemrosesan akhir, dengan mengurangi, " +
			"memilah, dan mendaur ulang.",
		defEN: "Managing solid waste and wastewater from the source to final treatment by reducing, sorting " +
			"and recycling.",
	},
	Energy: {
		Row: enum.Row{Code: "ENV.ENE", ID: "Tata Kelola Energi", EN: "Energy Management", Aliases: []string{
			"pengelolaan energi", "energi", "energy",
		}},
		defID: "Pengelolaan energi yang hemat dan berkelanjutan, termasuk efisiensi energi dan pemanfaatan " +
			"energi terbarukan.",
		defEN: "Managing energy sparingly and sustainably, with energy efficiency and the use of renewable " +
			"energy.",
	},
}
