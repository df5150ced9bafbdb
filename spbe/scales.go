package spbe

// The codes of the level scales of the built-in frameworks.
const (
	// scaleProcess is the process capability scale (kapabilitas proses) of
	// the policy, governance and management indicators: Rintisan,
	// Terkelola, Terdefinisi, Terpadu dan Terukur, Optimum.
	scaleProcess = "process"
	// scaleService is the service capability scale (kapabilitas layanan)
	// of the service indicators: Informasi, Interaksi, Transaksi,
	// Kolaborasi, Optimum.
	scaleService = "service"
)

// capabilityScales returns the two level scales of PermenPANRB 59/2020,
// which 5/2018 uses too.
func capabilityScales() []Scale {
	return []Scale{
		{Code: scaleProcess, Name: Text{"Kapabilitas Proses", "process capability"}, Levels: []ScaleLevel{
			{1, Text{"Rintisan", "initial"}},
			{2, Text{"Terkelola", "managed"}},
			{3, Text{"Terdefinisi", "defined"}},
			{4, Text{"Terpadu dan Terukur", "integrated and measured"}},
			{5, Text{"Optimum", "optimised"}},
		}},
		{Code: scaleService, Name: Text{"Kapabilitas Layanan", "service capability"}, Levels: []ScaleLevel{
			{1, Text{"Informasi", "information"}},
			{2, Text{"Interaksi", "interaction"}},
			{3, Text{"Transaksi", "transaction"}},
			{4, Text{"Kolaborasi", "collaboration"}},
			{5, Text{"Optimum", "optimised"}},
		}},
	}
}

// spbeBands returns the predikat bands of the SPBE evaluation, which
// PermenPANRB 5/2018 and 59/2020 share: Kurang below 1.8, Cukup from 1.8,
// Baik from 2.6, Sangat Baik from 3.5, Memuaskan from 4.2.
func spbeBands() []Band {
	return []Band{
		{Kurang, Text{"Kurang", "poor"}, "0"},
		{Cukup, Text{"Cukup", "fair"}, "1.8"},
		{Baik, Text{"Baik", "good"}, "2.6"},
		{SangatBaik, Text{"Sangat Baik", "very good"}, "3.5"},
		{Memuaskan, Text{"Memuaskan", "satisfactory"}, "4.2"},
	}
}

// catalogueRow is one indicator of a built-in catalogue, numbered by its
// place in the list from 1.
type catalogueRow struct {
	aspect, scale string
	w             int64
	id, en        string
}

// numbered turns a catalogue's rows into its indicators, numbered 1…n.
func numbered(rows []catalogueRow) []Indicator {
	inds := make([]Indicator, len(rows))
	for i, r := range rows {
		inds[i] = Indicator{Number: i + 1, Name: Text{r.id, r.en}, Aspect: r.aspect, Scale: r.scale, WeightBP: r.w}
	}
	return inds
}
