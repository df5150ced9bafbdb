package pillar

import "github.com/kotacerdas/smartcity"

// entry is one row of a catalogue: a stable code, names and a definition in
// both languages. Tables of entries are arrays indexed by the enum value;
// index 0 (unset) is left empty and the arrays are never written to.
type entry struct {
	code           string
	nameID, nameEN string
	defID, defEN   string
}

func (en entry) name(lang smartcity.Lang) string {
	if lang.Or(smartcity.Indonesian) == smartcity.English {
		return en.nameEN
	}
	return en.nameID
}

func (en entry) definition(lang smartcity.Lang) string {
	if lang.Or(smartcity.Indonesian) == smartcity.English {
		return en.defEN
	}
	return en.defID
}

// pillarTable holds the six pillars. The Indonesian names translate the
// English ones the programme uses ("Smart Governance" → "Tata Kelola
// Cerdas"); documents of the programme often keep the English names, which
// Parse accepts as well.
var pillarTable = [pillarCount + 1]entry{
	Governance: {
		code: "GOV", nameID: "Tata Kelola Cerdas", nameEN: "Smart Governance",
		defID: "Tata kelola pemerintahan daerah yang cerdas: pemerintah sebagai pengarah kehidupan kota " +
			"menjalankan birokrasi yang cepat, efektif, efisien, transparan, dan komunikatif, serta terus " +
			"memperbaiki pelayanan publik dan kebijakan publik agar tepat sasaran bagi warga.",
		defEN: "Smart governance of the region: the government, as the steerer of city life, runs a fast, " +
			"effective, efficient, transparent and communicative bureaucracy and keeps improving public " +
			"services and public policy so that they serve residents well.",
	},
	Branding: {
		code: "BRD", nameID: "Pencitraan Daerah Cerdas", nameEN: "Smart Branding",
		defID: "Pemasaran daerah yang inovatif untuk meningkatkan daya saing melalui ekosistem pariwisata, " +
			"ekosistem bisnis daerah, dan penataan wajah kota, sehingga daerah menarik bagi warga, pelaku " +
			"usaha, wisatawan, dan investor.",
		defEN: "Innovative marketing of the region that raises its competitiveness through its tourism " +
			"ecosystem, its business ecosystem and the appearance of the city, making the region attractive " +
			"to residents, businesses, visitors and investors.",
	},
	Economy: {
		code: "ECO", nameID: "Ekonomi Cerdas", nameEN: "Smart Economy",
		defID: "Ekosistem ekonomi daerah yang sesuai dengan era informasi, dibangun di atas sektor unggulan " +
			"daerah, untuk menumbuhkan industri, meningkatkan kesejahteraan rakyat, dan memudahkan " +
			"transaksi keuangan.",
		defEN: "A regional economic ecosystem fit for the information era, built on the region's leading " +
			"sectors, that grows industry, raises the people's welfare and makes financial transactions easy.",
	},
	Living: {
		code: "LIV", nameID: "Kehidupan Cerdas", nameEN: "Smart Living",
		defID: "Daerah yang layak huni, nyaman, dan efisien: tata ruang yang harmonis, layanan kesehatan " +
			"yang terjangkau, serta mobilitas orang dan barang yang lancar mendukung gaya hidup warga.",
		defEN: "A liveable, comfortable and efficient region: harmonious spatial planning, accessible health " +
			"care and the smooth movement of people and goods support the residents' way of life.",
	},
	Society: {
		code: "SOC", nameID: "Masyarakat Cerdas", nameEN: "Smart Society",
		defID: "Manusia sebagai inti kota cerdas: masyarakat yang humanis, produktif, dan melek digital, " +
			"dengan interaksi komunitas yang hidup, ekosistem belajar yang terbuka, dan rasa aman.",
		defEN: "People at the core of the smart city: a humane, productive and digitally literate society " +
			"with lively communities, an open learning ecosystem and a sense of security.",
	},
	Environment: {
		code: "ENV", nameID: "Lingkungan Cerdas", nameEN: "Smart Environment",
		defID: "Tata kelola lingkungan yang baik, bertanggung jawab, dan berkelanjutan: melindungi " +
			"lingkungan hidup, mengelola sampah dan limbah, serta menggunakan energi secara hemat dan " +
			"terbarukan.",
		defEN: "Good, responsible and sustainable environmental governance: protecting the natural " +
			"environment, managing solid waste and wastewater, and using energy sparingly and from " +
			"renewable sources.",
	},
}

// elementTable holds the 18 elements. The Indonesian names are those of the
// programme's guidance; the English names are this library's renderings.
var elementTable = [elementCount + 1]entry{
	PublicService: {
		code: "GOV.SVC", nameID: "Pelayanan Publik", nameEN: "Public Service",
		defID: "Penyelenggaraan layanan kepada warga dan pelaku usaha, termasuk layanan administrasi dan " +
			"perizinan, yang cepat, mudah dijangkau, terpadu, dan dapat dipantau, baik secara daring " +
			"maupun tatap muka.",
		defEN: "The delivery of services to residents and businesses, including administration and " +
			"licensing, in a way that is fast, easy to reach, integrated and traceable, online as well as " +
			"in person.",
	},
	Bureaucracy: {
		code: "GOV.BUR", nameID: "Manajemen Birokrasi", nameEN: "Bureaucracy Management",
		defID: "Pengelolaan birokrasi pemerintah daerah yang efektif dan efisien: perencanaan, penganggaran, " +
			"kepegawaian, dan kerja antarperangkat daerah yang terintegrasi dan akuntabel.",
		defEN: "Effective and efficient management of the regional bureaucracy: planning, budgeting, " +
			"personnel and the work between government offices, integrated and accountable.",
	},
	PublicPolicy: {
		code: "GOV.POL", nameID: "Efisiensi Kebijakan Publik", nameEN: "Public Policy Efficiency",
		defID: "Perumusan dan evaluasi kebijakan publik yang berbasis data dan partisipasi warga, sehingga " +
			"kebijakan tepat sasaran dan sumber daya daerah digunakan secara efisien.",
		defEN: "Making and evaluating public policy from data and with residents' participation, so that " +
			"policies hit their targets and the region's resources are used efficiently.",
	},
	TourismBranding: {
		code: "BRD.TOU", nameID: "Ekosistem Pariwisata", nameEN: "Tourism Branding",
		defID: "Pengembangan ekosistem pariwisata daerah (destinasi, atraksi, pelaku wisata, dan " +
			"promosinya) agar daerah dikenal dan dikunjungi.",
		defEN: "Developing the region's tourism ecosystem (destinations, attractions, tourism businesses and " +
			"their promotion) so that the region becomes known and visited.",
	},
	BusinessBranding: {
		code: "BRD.BUS", nameID: "Ekosistem Bisnis Daerah", nameEN: "Business Branding",
		defID: "Pembangunan platform dan pemasaran ekosistem bisnis daerah, termasuk produk unggulan dan " +
			"UMKM, untuk menarik pasar dan investasi.",
		defEN: "Building platforms for the regional business ecosystem, its leading products and small " +
			"businesses included, and marketing it to attract markets and investment.",
	},
	CityAppearance: {
		code: "BRD.APP", nameID: "Wajah Kota", nameEN: "City Appearance",
		defID: "Penataan wajah kota atau kawasan (ruang publik, taman, penanda, dan identitas visual) " +
			"sehingga daerah memiliki citra yang khas dan menarik.",
		defEN: "Shaping the face of the city or area (public spaces, parks, signage and visual identity) so " +
			"that the region has a distinctive and attractive image.",
	},
	Industry: {
		code: "ECO.IND", nameID: "Ekosistem Industri", nameEN: "Industry",
		defID: "Pengembangan ekosistem industri primer, sekunder, dan tersier yang berdaya saing, berbasis " +
			"sektor unggulan daerah.",
		defEN: "Developing a competitive ecosystem of primary, secondary and tertiary industries built on the " +
			"region's leading sectors.",
	},
	Welfare: {
		code: "ECO.WEL", nameID: "Kesejahteraan Rakyat", nameEN: "Welfare",
		defID: "Peningkatan kesejahteraan rakyat: pengurangan kemiskinan dan pengangguran, perluasan " +
			"kesempatan kerja, dan perlindungan sosial yang tepat sasaran.",
		defEN: "Raising the people's welfare: reducing poverty and unemployment, widening job opportunities " +
			"and targeting social protection well.",
	},
	FinancialTransactions: {
		code: "ECO.TRX", nameID: "Ekosistem Transaksi Keuangan", nameEN: "Financial Transactions",
		defID: "Pembangunan ekosistem transaksi keuangan yang mudah, aman, dan inklusif, termasuk " +
			"pembayaran nontunai dan elektronifikasi transaksi pemerintah daerah.",
		defEN: "Building an easy, safe and inclusive ecosystem for financial transactions, including cashless " +
			"payments and the electronification of the regional government's transactions.",
	},
	SpatialHarmony: {
		code: "LIV.HAR", nameID: "Harmonisasi Tata Ruang Wilayah", nameEN: "Spatial Harmony",
		defID: "Penyelarasan tata ruang, bangunan, dan permukiman dengan rencana tata ruang wilayah agar " +
			"daerah tertata, layak huni, dan tangguh.",
		defEN: "Bringing land use, buildings and settlements into line with the regional spatial plan so that " +
			"the region is orderly, liveable and resilient.",
	},
	Health: {
		code: "LIV.HEA", nameID: "Kesehatan", nameEN: "Health",
		defID: "Penyediaan sarana dan layanan kesehatan yang terjangkau dan bermutu, serta upaya menjaga " +
			"warga tetap sehat.",
		defEN: "Providing affordable, good-quality health facilities and services, and keeping residents " +
			"healthy.",
	},
	Mobility: {
		code: "LIV.MOB", nameID: "Mobilitas", nameEN: "Mobility",
		defID: "Penyediaan sarana transportasi dan pengaturan lalu lintas agar perpindahan orang dan barang " +
			"lancar, aman, dan terjangkau.",
		defEN: "Providing transport and managing traffic so that people and goods move smoothly, safely and " +
			"affordably.",
	},
	Community: {
		code: "SOC.COM", nameID: "Interaksi Masyarakat", nameEN: "Community",
		defID: "Penguatan interaksi masyarakat dan komunitas, partisipasi warga, dan modal sosial, termasuk " +
			"melalui ruang dan kanal digital.",
		defEN: "Strengthening interaction between residents and communities, civic participation and social " +
			"capital, through physical and digital channels alike.",
	},
	Learning: {
		code: "SOC.LRN", nameID: "Ekosistem Belajar", nameEN: "Learning",
		defID: "Pembangunan ekosistem belajar sepanjang hayat yang terbuka bagi semua warga, termasuk " +
			"literasi digital.",
		defEN: "Building an ecosystem of lifelong learning open to every resident, digital literacy included.",
	},
	Security: {
		code: "SOC.SEC", nameID: "Keamanan Masyarakat", nameEN: "Security",
		defID: "Penciptaan rasa aman bagi warga melalui pencegahan dan penanganan kejahatan, bencana, dan " +
			"kedaruratan.",
		defEN: "Making residents feel safe by preventing and handling crime, disasters and emergencies.",
	},
	EnvironmentalProtection: {
		code: "ENV.PRO", nameID: "Proteksi Lingkungan", nameEN: "Environmental Protection",
		defID: "Perlindungan lingkungan hidup: menjaga kualitas udara, air, dan tanah, ruang terbuka hijau, " +
			"serta mengurangi risiko perubahan iklim.",
		defEN: "Protecting the environment: keeping air, water and soil clean, preserving green open space " +
			"and reducing the risks of climate change.",
	},
	Waste: {
		code: "ENV.WST", nameID: "Tata Kelola Sampah dan Limbah", nameEN: "Waste Management",
		defID: "Pengelolaan sampah dan limbah dari sumbernya hingga pemrosesan akhir, dengan mengurangi, " +
			"memilah, dan mendaur ulang.",
		defEN: "Managing solid waste and wastewater from the source to final treatment by reducing, sorting " +
			"and recycling.",
	},
	Energy: {
		code: "ENV.ENE", nameID: "Tata Kelola Energi", nameEN: "Energy Management",
		defID: "Pengelolaan energi yang hemat dan berkelanjutan, termasuk efisiensi energi dan pemanfaatan " +
			"energi terbarukan.",
		defEN: "Managing energy sparingly and sustainably, with energy efficiency and the use of renewable " +
			"energy.",
	},
}
