// Package pillar models the six pillars and eighteen elements of Indonesia's
// smart-city movement (Gerakan Menuju Smart City), relates them to the
// frameworks they descend from, and aggregates per-element measurements of a
// region into pillar and overall values.
//
// Every masterplan of the movement is organised by these pillars: each
// programme of package [github.com/kotacerdas/smartcity/masterplan] sits
// under one [Element], and the ministry publishes scores per [Pillar].
//
// # Where to start
//
//   - List the catalogue: [All], [AllElements], [Pillar.Elements].
//   - Read what people write: [Parse], [ParseElement].
//   - Relate to other frameworks: [Element.Giffinger], [Element.ISOThemes].
//   - Aggregate measurements: [NewScorecard], [Scorecard.Summarize],
//     [NormalizeZScore].
//
// The command-line tool of the repository lists the catalogue ("smartcity
// pillars", with --json for both languages).
//
// # Pillars and elements
//
// A [Pillar] is one of Governance, Branding, Economy, Living, Society and
// Environment, in the programme's official order; an [Element] is one of
// the three elements of each pillar, eighteen in all. Both are small enums:
// the zero value means "unset", String returns a stable code ("GOV",
// "GOV.SVC"), Name and Definition speak Indonesian or English
// ([github.com/kotacerdas/smartcity.Lang], Indonesian by default), and
// MarshalText/UnmarshalText make them usable in JSON and YAML and as map
// keys. [All], [AllElements] and [Pillar.Elements] iterate over the
// catalogue in the official order; [Element.Pillar] goes back up. The
// [Catalogue] is the whole of it in JSON, names in both languages, as
// `smartcity pillars --json` prints it.
//
// # Parsing
//
// [Parse] and [ParseElement] read what people write: codes, names in either
// language and the aliases found in regional documents ("tata kelola",
// "Layanan Publik", "Tata Kelola Birokrasi", "wajah kota"), with case,
// punctuation and spacing ignored and "Smart" optional. Giffinger's
// characteristic names found in press releases are mapped too: "Smart
// People" is Society, "Smart Mobility" the Living pillar (or, as an
// element, LIV.MOB). An unknown text gives a *smartcity.ParseError that
// names the input and suggests the nearest valid code. Every enum of the
// package reads from text with UnmarshalText as well, which accepts what
// people write in the same way: the pillars and elements in JSON and YAML,
// and the Giffinger characteristics and ISO 37120 themes, which have no
// Parse of their own.
//
// # Crosswalks
//
// [Element.Giffinger] and [Element.ISOThemes] relate each element to the six
// characteristics of Giffinger et al. (2007) ([GiffingerCharacteristic])
// and the 19 themes of ISO 37120:2018 ([ISOTheme]);
// [GiffingerCharacteristic.Elements] and [ISOTheme.Elements] go the other
// way, and their UnmarshalText methods read their names. The
// mapping is this library's own reading of the frameworks, not an official
// crosswalk: use it to line up indicators, not to cite.
//
// # Scorecards
//
// A [Scorecard] holds a region's values per element on a declared [Scale],
// such as an index from 0 to 100. Values are measurements (float64),
// checked for NaN, infinities and values off the scale.
// [Scorecard.Pillar] and [Scorecard.Overall] give unweighted means;
// [Scorecard.Summarize] takes [Weights] in basis points that sum to 100 %.
// An element without a value is left out, not counted as zero, and a
// pillar without any value has no data; every [Aggregate] says how much of
// the weight is behind it.
//
// [NormalizeZScore] and [NormalizeMinMax] put a cohort of regions on a
// common footing, element by element: z-scores as in Giffinger's ranking,
// or rescaling between the cohort's lowest and highest values.
//
// # Errors
//
// Parsers return a *smartcity.ParseError that names the input and, when
// one is near, suggests a code. Checks report every problem at once as
// [github.com/kotacerdas/smartcity.Problems], each with its field path and
// rule: NewScorecard, NewWeights, Scorecard.UnmarshalJSON and the cohort
// normalisations return an error that errors.As finds them in, and a
// cohort that cannot be normalised says why by its rule ("cohort_size",
// "same_scale", "zero"). Every error is said in Indonesian or English by
// smartcity.ErrorMessage.
//
// # Sources
//
// The pillars, elements and their Indonesian names follow the Gerakan
// Menuju Smart City guidance of the Ministry of Communication and
// Informatics; the definitions paraphrase it. Giffinger, R. et al. (2007),
// Smart cities: ranking of European medium-sized cities, TU Wien; ISO
// 37120:2018, Sustainable cities and communities — Indicators for city
// services and quality of life.
package pillar
