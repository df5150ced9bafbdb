package chart_test

import (
	"bytes"
	"errors"
	"fmt"
	"math"

	"github.com/kotacerdas/smartcity/internal/chart"
)

func ExampleRadar_SVG() {
	r := chart.Radar{
		Title: "Indeks domain SPBE Kab. Rembang 2023–2024",
		Axes:  []string{"D1 Kebijakan", "D2 Tata Kelola", "D3 Manajemen", "D4 Layanan"},
		Max:   5,
		Series: []chart.Series{
			{Name: "2023 (indeks 3,64)", Values: []float64{4.50, 3.10, 2.36, 4.14}},
			{Name: "2024 (indeks 3,99)", Values: []float64{4.40, 3.70, 2.64, 4.52}},
		},
	}
	svg, err := r.SVG()
	if err != nil {
		fmt.Println(err)
		return
	}
	lines := bytes.Split(svg, []byte("\n"))
	fmt.Printf("%s\n%s\n", lines[1], lines[2])
	// Output:
	// <svg xmlns="http://www.w3.org/2000/svg" width="680" height="510" viewBox="0 0 680 510" role="img" font-family="sans-serif">
	// <title>Indeks domain SPBE Kab. Rembang 2023–2024</title>
}

func ExampleRadar_SVG_errors() {
	r := chart.Radar{
		Title:  "Indeks domain SPBE",
		Axes:   []string{"D1", "D2", "D3", "D4"},
		Max:    5,
		Series: []chart.Series{{Name: "Kab. Rembang 2024", Values: []float64{4.40, math.NaN(), 2.64}}},
	}
	_, err := r.SVG()
	fmt.Println(err)
	fmt.Println(errors.Is(err, chart.ErrNotFinite))
	// Output:
	// chart: series[0].values: 3 values for 4 axes
	// chart: series[0].values[1]: NaN
	// true
}

func ExampleRoadmap_SVG() {
	r := chart.Roadmap{
		Title:    "Peta jalan (ilustratif)",
		FromYear: 2022,
		ToYear:   2026,
		Bars: []chart.Bar{
			{Label: "Rembang Gemilang Mobile", Group: "Smart Governance", Start: 2022, End: 2026, Highlight: true},
			{Label: "SIPUMA", Group: "Smart Economy", Start: 2023, End: 2027},
		},
	}
	svg, err := r.SVG()
	if err != nil {
		fmt.Println(err)
		return
	}
	lines := bytes.Split(svg, []byte("\n"))
	fmt.Printf("%s\n%s\n", lines[2], lines[3])
	// Output:
	// <title>Peta jalan (ilustratif)</title>
	// <desc>2022–2026. Smart Governance: Rembang Gemilang Mobile 2022–2026 (Quick win). Smart Economy: SIPUMA 2023–2027.</desc>
}
