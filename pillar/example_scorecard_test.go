package pillar_test

import (
	"encoding/json"
	"fmt"

	"github.com/kotacerdas/smartcity/pillar"
)

// Regions measured on different footings are compared on 0–100 by
// rescaling each element between the cohort's lowest and highest value.
func ExampleNormalizeMinMax() {
	five := pillar.Scale{Min: 1, Max: 5}
	a, _ := pillar.NewScorecard("Kabupaten A", five, map[pillar.Element]float64{pillar.PublicService: 2, pillar.Health: 3})
	b, _ := pillar.NewScorecard("Kabupaten B", five, map[pillar.Element]float64{pillar.PublicService: 4, pillar.Health: 3})
	c, _ := pillar.NewScorecard("Kota C", five, map[pillar.Element]float64{pillar.PublicService: 5})
	out, err := pillar.NormalizeMinMax([]pillar.Scorecard{a, b, c}, pillar.Scale{Min: 0, Max: 100})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range out {
		svc, _ := s.Value(pillar.PublicService)
		h, ok := s.Value(pillar.Health)
		fmt.Printf("%-11s public service %5.1f  health %5.1f %v\n", s.Region(), svc, h, ok)
	}
	// Output:
	// Kabupaten A public service   0.0  health  50.0 true
	// Kabupaten B public service  66.7  health  50.0 true
	// Kota C      public service 100.0  health   0.0 false
}

// A scorecard reads from JSON with its elements named in any spelling
// ParseElement accepts, strictly: two keys naming the same element are an
// error, as a value off the scale would be.
func ExampleScorecard_UnmarshalJSON() {
	var s pillar.Scorecard
	err := json.Unmarshal([]byte(`{"region": "Kabupaten Rembang", "scale": {"min": 0, "max": 100},
		"values": {"GOV.SVC": 80, "Layanan Publik": 75}}`), &s)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"region": "Kabupaten Rembang", "scale": {"min": 0, "max": 100},
		"values": {"pelayanan publik": 80, "kesehatan": 65, "sarana transportasi": 40}}`), &s)
	fmt.Println(err)
	fmt.Println(s.Region(), s.Len(), s.Pillar(pillar.Governance), s.Pillar(pillar.Living))
	// Output:
	// pillar: invalid scorecard "Kabupaten Rembang": values["Layanan Publik"]: names GOV.SVC, as "GOV.SVC" does
	// <nil>
	// Kabupaten Rembang 3 80 (1/3) 52.5 (2/3)
}
