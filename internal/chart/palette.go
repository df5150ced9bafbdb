package chart

// The Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008),
// which stays distinguishable under the common forms of colour blindness.
const (
	Black         = "#000000"
	Orange        = "#E69F00"
	SkyBlue       = "#56B4E9"
	BluishGreen   = "#009E73"
	Yellow        = "#F0E442"
	Blue          = "#0072B2"
	Vermillion    = "#D55E00"
	ReddishPurple = "#CC79A7"
)

// Colours of the non-data ink: grid lines and secondary text. Grey #595959
// keeps a contrast above 7:1 on white for the small ring labels.
const (
	gridColour  = "#B0B0B0"
	mutedColour = "#595959"
)
