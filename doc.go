// Package smartcity models Indonesia's smart-city framework, the Gerakan
// Menuju Smart City, so that regencies, cities and the people who serve them
// share one trustworthy implementation of its rules instead of re-typing them
// into spreadsheets.
//
// This package holds what the others share: the [Lang] that names,
// messages and figures are said in, [ErrorMessage], which says the
// library's errors in it, [Number], the exact number of every index,
// score and rate, the methods of Lang that write numbers, rupiah,
// percentages and dates as the language does, and the one vocabulary of
// problems — [Problem], [Problems], [Severity] and [ParseError] — in
// which every package reports what it finds wrong. The work is done in
// the three packages below. The repository's examples/rembang tells one
// region's story with all three, end to end (go run ./examples/rembang),
// and examples/smartcity is the command-line tool for people who do not
// write Go. The package example below is the README's quick start.
//
// # The programme
//
// Each year the Ministry of Communication and Informatics (Kominfo, Komdigi
// since late 2024) selects regencies and cities, signs a memorandum of
// understanding with each, and mentors it through four technical workshops
// (Bimtek I–IV) to a masterplan of five to ten years with quick wins; it then
// evaluates the implementation every year. Kabupaten Rembang, one of the 50
// regions of the 2022 cohort, is the library's running example.
//
// # The six pillars
//
// A masterplan rests on six pillars (dimensi) of three elements each: Smart
// Governance, Smart Branding, Smart Economy, Smart Living, Smart Society and
// Smart Environment. Package [github.com/kotacerdas/smartcity/pillar] has
// them as typed values with stable codes (GOV … ENV, GOV.SVC … ENV.ENE),
// Indonesian and English names, parsing of the names people write,
// crosswalks to Giffinger's characteristics and the ISO 37120 themes, and
// scorecards.
//
// # SPBE, the starting point
//
// A smart city starts with SPBE (Sistem Pemerintahan Berbasis Elektronik),
// the e-government system whose maturity every instansi is evaluated on
// yearly — since 2026 as the Indeks Pemerintah Digital. Package
// [github.com/kotacerdas/smartcity/spbe] encodes the official catalogues
// (PermenPANRB 8/2026 with 20 indicators from 2026, 59/2020 with 47 for
// 2021–2025, 5/2018 with 35 for 2018–2020; others load as data), picks the
// rule of an assessment's year, scores
// assessments exactly so that the results equal the published ones to the
// last digit, gives the predikat, plans the fewest or cheapest raises to a
// target, compares results and ranks cohorts, and writes Markdown reports,
// SVG radars and CSV.
//
// # The masterplan
//
// Package [github.com/kotacerdas/smartcity/masterplan] types the masterplan
// (rencana induk): readiness, programmes per pillar element, quick wins,
// budgets in whole rupiah, KPIs, the roadmap and the programme's lifecycle,
// validated with every problem reported at once in Indonesian or English. It
// summarises and reports on the plan (Markdown, SVG roadmap, CSV), follows
// its realisation year by year (achievement, budget absorption, KPI
// progress). Package [github.com/kotacerdas/smartcity/masterplan/evaluation]
// scores and ranks the ministry's yearly evaluation of the regions, which
// never refers to a plan.
//
// # Names
//
// The packages share one vocabulary. Parse reads a string, Unmarshal
// bytes, Decode an io.Reader and Load a named file — pillar.Parse,
// spbe.UnmarshalFramework, masterplan.Decode, spbe.LoadFramework — and
// Read, in package spbe, is the one family of readers that tells formats
// apart by content. Validate checks a document or a value against its
// rules. An SPBE indicator is named by its number, as the regulation
// numbers it; the methods whose names end in At take a position instead.
//
// # Problems
//
// Every reader and every check reports all it finds in one pass, as
// [Problems]: each [Problem] has its place (a JSON path such as
// "programs[3].budget[1].year", a line and column of the text, a row and
// column of a CSV file, or a sheet and cell of a workbook), a stable rule
// code that scripts branch on ("required", "enum", "unique"), a
// [Severity], and the broken rule as an error whose message is said on
// demand in Indonesian or English. A Validate method returns Problems,
// which may hold warnings only; the error of a reader or a constructor
// holds them, and errors.As finds them there whatever the package.
// Problems marshal to the JSON the command line prints for them, their
// messages in Indonesian, or in another language through Problems.JSON,
// as the other output types do. Text that
// names no value — an unknown code, a misspelt name — is a [ParseError],
// which suggests the code it was probably meant to be.
//
// # Languages
//
// Names and messages come in Indonesian and English; a [Lang] chooses per
// call, and there is no global setting. The zero Lang means Indonesian, the
// language of the regulations.
//
// # Formatting
//
// The figures of a report are written by the methods of a Lang —
// [Lang.Thousands], [Lang.Rupiah], [Lang.Decimal], [Lang.Signed],
// [Lang.Percent], [Lang.Date], [Lang.DateOf] and [Lang.Month] — the same
// ones the library's reports and examples use, so that a program's own
// pages match them. They are methods rather than functions taking a Lang
// so that there is one way to call each, and no figure can be written
// without saying in which language: lang.Rupiah(amount).
//
// Indonesian groups thousands with a dot and writes a decimal comma
// (18.755.371.000; 3,99; 66,7%); English groups with a comma and writes a
// decimal point (18,755,371,000; 3.99; 66.7%). Money is whole rupiah, as
// the library keeps it: "Rp18.755.371.000" in Indonesian, the symbol
// against the figure as official documents write it, and "IDR
// 18,755,371,000" in English, the ISO 4217 code that English financial
// text uses; a minus sign comes first ("-Rp1.250.000"). Dates are day,
// month name, year in both languages: "17 Agustus 2023", "17 August 2023".
//
// Nothing goes through floating point. Integers are grouped as text, so
// math.MinInt64 formats without overflow; scores and indices, which the
// library computes exactly and prints as decimal text ("3.99"), are
// rewritten digit for digit; and Percent rounds the exact ratio half away
// from zero, as a [Number] is rounded. An exact value shown to people is
// a decimal, never a fraction: [Number.Decimal] writes 27/8 as "3.375",
// and lang.Decimal(x.Decimal(2)) as "3,375".
//
// # JSON
//
// What the packages compute marshals with encoding/json to the JSON that
// the command line prints with --json, so that a program serving JSON
// writes no shapes of its own: a scored SPBE assessment, a comparison, a
// cohort, a plan and a framework's summary (package spbe), the pillars'
// catalogue (package pillar), a masterplan's summary and a year's progress
// (package masterplan) and an evaluation's result and ranking (package
// evaluation). Names are
// snake_case; every exact value is written three ways, as published
// ("index": "3.99"), as the exact reduced fraction, which reads back
// without loss ("index_exact": "3987/1000"), and as a float for charts,
// never to compute with ("index_value": 3.987). Fields are added, never
// renamed.
//
// Where the JSON names things in a language — the domains and aspects of a
// framework — json.Marshal names them in Indonesian, the zero Lang, and
// the value's method JSON(lang) returns a json.Marshaler that names them
// in lang: json.Marshal(res.JSON(smartcity.English)). Every such type has
// the method, and a type whose JSON holds only codes has none.
package smartcity
