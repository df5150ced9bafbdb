package pillar_test

import (
	"errors"
	"fmt"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/pillar"
)

func ExampleAll() {
	for p := range pillar.All() {
		fmt.Printf("%s %s\n", p, p.Name(smartcity.English))
		for e := range p.Elements() {
			fmt.Printf("  %-7s %s\n", e, e.Name(smartcity.Indonesian))
		}
	}
	// Output:
	// GOV Smart Governance
	//   GOV.SVC Pelayanan Publik
	//   GOV.BUR Manajemen Birokrasi
	//   GOV.POL Efisiensi Kebijakan Publik
	// BRD Smart Branding
	//   BRD.TOU Ekosistem Pariwisata
	//   BRD.BUS Ekosistem Bisnis Daerah
	//   BRD.APP Wajah Kota
	// ECO Smart Economy
	//   ECO.IND Ekosistem Industri
	//   ECO.WEL Kesejahteraan Rakyat
	//   ECO.TRX Ekosistem Transaksi Keuangan
	// LIV Smart Living
	//   LIV.HAR Harmonisasi Tata Ruang Wilayah
	//   LIV.HEA Kesehatan
	//   LIV.MOB Mobilitas
	// SOC Smart Society
	//   SOC.COM Interaksi Masyarakat
	//   SOC.LRN Ekosistem Belajar
	//   SOC.SEC Keamanan Masyarakat
	// ENV Smart Environment
	//   ENV.PRO Proteksi Lingkungan
	//   ENV.WST Tata Kelola Sampah dan Limbah
	//   ENV.ENE Tata Kelola Energi
}

func ExampleParse() {
	for _, s := range []string{"Smart Governance", "tata kelola", "Smart People", "smart mobility"} {
		p, err := pillar.Parse(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-18q → %s (%s)\n", s, p, p.Name(smartcity.Indonesian))
	}
	// Output:
	// "Smart Governance" → GOV (Tata Kelola Cerdas)
	// "tata kelola"      → GOV (Tata Kelola Cerdas)
	// "Smart People"     → SOC (Masyarakat Cerdas)
	// "smart mobility"   → LIV (Kehidupan Cerdas)
}

func ExampleParseElement() {
	for _, s := range []string{"Layanan Publik", "Tata Kelola Birokrasi", "wajah kota", "gov-pol"} {
		e, err := pillar.ParseElement(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s %s, pillar %s\n", e, e.Name(smartcity.English), e.Pillar())
	}
	// Output:
	// GOV.SVC Public Service, pillar GOV
	// GOV.BUR Bureaucracy Management, pillar GOV
	// BRD.APP City Appearance, pillar BRD
	// GOV.POL Public Policy Efficiency, pillar GOV
}

func ExampleParseError() {
	_, err := pillar.ParseElement("Pelayanan Publk")
	var pe *smartcity.ParseError
	if errors.As(err, &pe) {
		fmt.Println(pe.Kind, pe.Near, errors.As(err, new(*smartcity.ParseError)))
	}
	fmt.Println(err)
	// Output:
	// element GOV.SVC true
	// unknown element "Pelayanan Publk" (did you mean GOV.SVC?)
}

func ExampleElement_Giffinger() {
	e := pillar.Mobility
	fmt.Println(e, e.Giffinger(), e.ISOThemes())
	fmt.Println(pillar.GiffingerPeople.Elements())
	// Output:
	// LIV.MOB [mobility] [transportation]
	// [SOC.COM SOC.LRN]
}

func ExampleNewScorecard() {
	// Illustrative values on a 0–100 scale; the economy pillar has none.
	s, err := pillar.NewScorecard("Kabupaten Rembang", pillar.Scale{Min: 0, Max: 100}, map[pillar.Element]float64{
		pillar.PublicService: 80, pillar.Bureaucracy: 70, pillar.PublicPolicy: 60,
		pillar.TourismBranding: 50, pillar.BusinessBranding: 40,
		pillar.SpatialHarmony: 90, pillar.Health: 60, pillar.Mobility: 30,
		pillar.Community:               55,
		pillar.EnvironmentalProtection: 20, pillar.Waste: 40, pillar.Energy: 60,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for p := range pillar.All() {
		fmt.Printf("%s %s\n", p, s.Pillar(p))
	}
	fmt.Printf("overall %s, %.0f%% of the weight covered\n", s.Overall(), 100*s.Overall().Share)

	w, err := pillar.NewWeights(map[pillar.Pillar]int{
		pillar.Governance: 3000, pillar.Branding: 2000, pillar.Economy: 2000,
		pillar.Living: 1000, pillar.Society: 1000, pillar.Environment: 1000,
	}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("weighted %.2f\n", s.Summarize(w).Overall.Value)
	// Output:
	// GOV 70 (3/3)
	// BRD 45 (2/3)
	// ECO no data (0/3)
	// LIV 60 (3/3)
	// SOC 55 (1/3)
	// ENV 40 (3/3)
	// overall 54 (12/18), 67% of the weight covered
	// weighted 56.88
}

func ExampleNewScorecard_invalid() {
	_, err := pillar.NewScorecard("Kabupaten Rembang", pillar.Scale{Min: 1, Max: 5}, map[pillar.Element]float64{
		pillar.PublicService: 5.5, pillar.Health: 0,
	})
	fmt.Println(err)
	fmt.Println(errors.As(err, new(smartcity.Problems)))
	// Output:
	// pillar: invalid scorecard "Kabupaten Rembang": values[GOV.SVC]: 5.5 is off the scale [1, 5]; values[LIV.HEA]: 0 is off the scale [1, 5]
	// true
}

func ExampleNormalizeZScore() {
	pct := pillar.Scale{Min: 0, Max: 100}
	a, _ := pillar.NewScorecard("Kota A", pct, map[pillar.Element]float64{pillar.Health: 10, pillar.Mobility: 40})
	b, _ := pillar.NewScorecard("Kota B", pct, map[pillar.Element]float64{pillar.Health: 20, pillar.Mobility: 40})
	c, _ := pillar.NewScorecard("Kota C", pct, map[pillar.Element]float64{pillar.Health: 60})
	z, err := pillar.NormalizeZScore([]pillar.Scorecard{a, b, c})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range z {
		h, _ := s.Value(pillar.Health)
		m, ok := s.Value(pillar.Mobility)
		fmt.Printf("%s health %+.3f mobility %+.3f %v\n", s.Region(), h, m, ok)
	}
	_, err = pillar.NormalizeZScore(z[:1])
	fmt.Println(err)
	// Output:
	// Kota A health -0.756 mobility +0.000 true
	// Kota B health -0.378 mobility +0.000 true
	// Kota C health +1.134 mobility +0.000 false
	// pillar: normalising "Kota A" alone: cohort needs at least two regions
}
