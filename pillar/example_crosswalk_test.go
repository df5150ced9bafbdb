package pillar_test

import (
	"fmt"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/pillar"
)

// The crosswalk to ISO 37120:2018 runs both ways: from an element to the
// themes it corresponds to, the closest first, and from a theme back to the
// elements. The mapping is this library's reading, not an official
// crosswalk: use it to line up indicators, not to cite.
func ExampleISOTheme_Elements() {
	for _, e := range []pillar.Element{pillar.PublicService, pillar.Waste, pillar.FinancialTransactions} {
		fmt.Println(e, e.ISOThemes())
	}
	for t := range pillar.AllISOThemes() {
		fmt.Printf("%-17s %v\n", t, t.Elements())
	}
	// Output:
	// GOV.SVC [governance telecommunication]
	// ENV.WST [solid_waste wastewater]
	// ECO.TRX [economy finance]
	// economy           [BRD.TOU BRD.BUS ECO.IND ECO.WEL ECO.TRX]
	// education         [SOC.LRN]
	// energy            [ENV.ENE]
	// environment       [ENV.PRO]
	// finance           [GOV.BUR ECO.TRX]
	// governance        [GOV.SVC GOV.BUR GOV.POL]
	// health            [LIV.HEA]
	// housing           [ECO.WEL LIV.HAR]
	// population        [ECO.WEL SOC.COM]
	// recreation        [BRD.TOU BRD.APP]
	// safety            [SOC.SEC]
	// solid_waste       [ENV.WST]
	// sport_culture     [BRD.TOU SOC.COM]
	// telecommunication [GOV.SVC]
	// transportation    [LIV.MOB]
	// agriculture       [ECO.IND]
	// urban_planning    [BRD.APP LIV.HAR]
	// wastewater        [ENV.WST]
	// water             [ENV.PRO]
}

// Press releases mix Giffinger's characteristic names into the Indonesian
// pillars; a GiffingerCharacteristic reads them as what they are.
func ExampleGiffingerCharacteristic_UnmarshalText() {
	for _, s := range []string{"Smart People", "social and human capital", "smart mobility", "Smart Branding"} {
		var c pillar.GiffingerCharacteristic
		if err := c.UnmarshalText([]byte(s)); err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-26q → %s %v\n", s, c, c.Elements())
	}
	// Output:
	// "Smart People"             → people [SOC.COM SOC.LRN]
	// "social and human capital" → people [SOC.COM SOC.LRN]
	// "smart mobility"           → mobility [LIV.MOB]
	// unknown Giffinger characteristic "Smart Branding"
}

func ExamplePillar_Definition() {
	fmt.Println(pillar.Branding.Name(smartcity.English))
	fmt.Println(pillar.Branding.Definition(smartcity.English))
	// Output:
	// Smart Branding
	// Innovative marketing of the region that raises its competitiveness through its tourism ecosystem, its business ecosystem and the appearance of the city, making the region attractive to residents, businesses, visitors and investors.
}
