package spbe

// The codes of the level scales of the built-in frameworks.
const (
	// ScaleProcess is the process capability scale (kapabilitas proses) of
	// the policy, governance and management indicators: Rintisan,
	// Terkelola, Terdefinisi, Terpadu dan Terukur, Optimum.
	ScaleProcess = "process"
	// ScaleService is the service capability scale (kapabilitas layanan)
	// of the service indicators: Informasi, Interaksi, Transaksi,
	// Kolaborasi, Optimum.
	ScaleService = "service"
)

// capabilityScales returns the two level scales of PermenPANRB 59/2020,
// which 5/2018 uses too.
func capabilityScales() []Scale {
	return []Scale{
		{Code: ScaleProcess, Name: Text{"Kapabilitas Proses", "process capability"}, Levels: []ScaleLevel{
			{1, Text{"Rintisan", "initial"}},
			{2, Text{"Terkelola", "managed"}},
			{3, Text{"Terdefinisi", "defined"}},
			{4, Text{"Terpadu dan Terukur", "integrated and measured"}},
			{5, Text{"Optimum", "optimised"}},
		}},
		{Code: ScaleService, Name: Text{"Kapabilitas Layanan", "service capability"}, Levels: []ScaleLevel{
			{1, Text{"Informasi", "information"}},
			{2, Text{"Interaksi", "interaction"}},
			{3, Text{"Transaksi", "transaction"}},
			{4, Text{"Kolaborasi", "collaboration"}},
			{5, Text{"Optimum", "optimised"}},
		}},
	}
}
