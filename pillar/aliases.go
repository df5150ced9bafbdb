package pillar

// pillarAliases lists spellings of the pillars seen in regional documents,
// press releases and papers, besides the codes and the names in the
// catalogue. Matching is on normalised text (see normalize), so case,
// punctuation, a leading "Smart" and a trailing "Cerdas" do not matter.
var pillarAliases = [...]alias[Pillar]{
	{"governance", Governance},
	{"tata kelola", Governance},
	{"tata kelola pemerintahan", Governance},
	{"tata pemerintahan", Governance},
	{"pemerintahan", Governance},
	{"government", Governance},

	{"branding", Branding},
	{"branding daerah", Branding},
	{"pencitraan daerah", Branding},
	{"pemasaran daerah", Branding},
	{"regional branding", Branding},
	{"city branding", Branding},

	{"economy", Economy},
	{"ekonomi", Economy},

	{"living", Living},
	{"kehidupan", Living},
	{"kualitas hidup", Living},
	{"quality of life", Living},
	// Giffinger's Smart Mobility is an element of Living in this framework.
	{"mobility", Living},

	{"society", Society},
	{"masyarakat", Society},
	{"sosial", Society},
	{"social", Society},
	// Giffinger's Smart People is this framework's Smart Society.
	{"people", Society},

	{"environment", Environment},
	{"lingkungan", Environment},
	{"lingkungan hidup", Environment},
	{"environmental", Environment},
}

// elementAliases lists spellings of the elements seen in the wild besides
// the codes and the names in the catalogue.
var elementAliases = [...]alias[Element]{
	{"layanan publik", PublicService},
	{"pelayanan", PublicService},
	{"layanan", PublicService},
	{"public services", PublicService},
	{"service", PublicService},

	{"tata kelola birokrasi", Bureaucracy},
	{"birokrasi", Bureaucracy},
	{"bureaucracy", Bureaucracy},
	{"bureaucratic management", Bureaucracy},

	{"kebijakan publik", PublicPolicy},
	{"kebijakan", PublicPolicy},
	{"public policy", PublicPolicy},
	{"policy", PublicPolicy},

	{"pariwisata", TourismBranding},
	{"wisata", TourismBranding},
	{"tourism", TourismBranding},
	{"tourism ecosystem", TourismBranding},

	{"ekosistem bisnis", BusinessBranding},
	{"bisnis daerah", BusinessBranding},
	{"bisnis", BusinessBranding},
	{"business", BusinessBranding},
	{"business ecosystem", BusinessBranding},

	{"penataan wajah kota", CityAppearance},
	{"city appearance branding", CityAppearance},
	{"appearance", CityAppearance},

	{"ekosistem industri primer sekunder tersier", Industry},
	{"ekosistem industri primer sekunder dan tersier", Industry},
	{"industri", Industry},
	{"industrial ecosystem", Industry},

	{"kesejahteraan", Welfare},
	{"kesejahteraan masyarakat", Welfare},
	{"people s welfare", Welfare},

	{"transaksi keuangan", FinancialTransactions},
	{"financial transaction", FinancialTransactions},
	{"transaksi", FinancialTransactions},
	{"transactions", FinancialTransactions},

	{"harmonisasi tata ruang", SpatialHarmony},
	{"tata ruang", SpatialHarmony},
	{"tata ruang wilayah", SpatialHarmony},
	{"spatial harmonisation", SpatialHarmony},
	{"spatial harmonization", SpatialHarmony},
	{"spatial planning", SpatialHarmony},

	// See ParseElement: a university source names Living's third element
	// "Building".
	{"building", Mobility},

	{"sarana kesehatan", Health},
	{"layanan kesehatan", Health},
	{"healthy", Health},
	{"health care", Health},
	{"healthcare", Health},

	{"mobilitas sarana transportasi", Mobility},
	{"sarana transportasi", Mobility},
	{"transportasi", Mobility},
	{"transport", Mobility},
	{"transportation", Mobility},

	{"interaksi masyarakat komunitas", Community},
	{"komunitas", Community},
	{"interaksi komunitas", Community},
	{"communities", Community},

	{"ekosistem pembelajaran", Learning},
	{"belajar", Learning},
	{"pendidikan", Learning},
	{"learning ecosystem", Learning},
	{"education", Learning},

	{"keamanan", Security},
	{"public safety", Security},
	{"safety", Security},

	{"perlindungan lingkungan", EnvironmentalProtection},
	{"protection", EnvironmentalProtection},

	{"tata kelola sampah", Waste},
	{"pengelolaan sampah", Waste},
	{"pengelolaan sampah dan limbah", Waste},
	{"sampah", Waste},
	{"limbah", Waste},
	{"waste", Waste},

	{"pengelolaan energi", Energy},
	{"energi", Energy},
	{"energy", Energy},
}
