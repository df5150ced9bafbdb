package chart

// The Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008),
// which stays distinguishable under the common forms of colour blindness.
const (
	Black         = "#000000" // text and quick-win outlines
	Orange        = "#E69F00" // quick-win bars, the second bar series, highlighted ranks
	SkyBlue       = "#56B4E9" // spare
	BluishGreen   = "#009E73" // spare
	Yellow        = "#F0E442" // spare; too light for text on white
	Blue          = "#0072B2" // the first series of every chart, plain roadmap bars
	Vermillion    = "#D55E00" // the second radar or line series, the third bar series
	ReddishPurple = "#CC79A7" // spare
)

// Colours of the non-data ink: grid lines and secondary text. Grey #595959
// keeps a contrast above 7:1 on white for the small ring labels.
const (
	gridColour  = "#B0B0B0"
	mutedColour = "#595959"
)
