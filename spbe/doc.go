// Package spbe scores Indonesia's digital-government evaluations exactly as
// the official results are computed, to the last published digit, and helps
// a region see what it takes to reach the next predikat: the SPBE
// evaluation (Sistem Pemerintahan Berbasis Elektronik) of 2018–2025 and,
// from 2026, the Indeks Pemerintah Digital of PermenPANRB 8/2026.
//
// A smart city starts with SPBE: Kabupaten Rembang's index was 2.76 when it
// joined the Gerakan Menuju Smart City in 2022, 3.64 in 2023 and 3.99 in
// 2024, while Kabupaten Sumedang, the example it learns from, reached 4.51,
// Memuaskan. This package reproduces such results from the levels of the
// indicators, compares them, plans the raises that close a gap and reports
// on them.
//
// # Which rule applies to which year
//
//	evaluation year  rule                             shape                                 Memuaskan from
//	2018–2020        PermenPANRB 5/2018, evaluasi     3 domains, 7 aspects, 35 indicators   4.2
//	2021–2024        PermenPANRB 59/2020, evaluasi    4 domains, 8 aspects, 47 indicators   4.2
//	2025             PermenPANRB 59/2020, pemantauan  the same; mandiri and dokumen only    4.2
//	2026 on          PermenPANRB 8/2026, evaluasi     no domains, 7 aspects, 20 indicators  4.00
//
// An assessment that names no framework is scored under the rule of its
// year ([ForYear], [Assessment.ResolveFramework]); a framework named in the
// document, or chosen by the caller, wins. [Framework.Method] tells how a
// year was run ([Evaluasi] or [Pemantauan]).
//
// # Where to start
//
//   - Score an assessment kept as JSON: [DecodeAssessment], then
//     [Framework.ScoreAssessment] (see its example); a level vector:
//     [Framework.Score].
//   - Plan the way to a predikat: [Framework.Plan] with a [Target] and
//     [PlanOptions].
//   - Compare two results: [Compare]; rank many: [NewCohort].
//   - Report: [WriteReport], [RadarSVG], [WriteResultsCSV].
//
// The command-line tool of the repository, examples/smartcity, does the same
// for people who do not write Go (smartcity spbe score, plan, compare,
// cohort and report), and examples/rembang tells Rembang's story with the
// package. Package
// [github.com/kotacerdas/smartcity/spbe/spbetest] builds valid assessments
// for tests and holds the Rembang and Sumedang fixtures.
//
// # Frameworks
//
// A [Framework] is an evaluation framework as data: domains, aspects and
// indicators with their weights in basis points (never floats), a level
// range, the names of the levels, its predikat bands ([Band]) and the
// years it applies to. Domains are optional: the Indeks Pemerintah Digital
// has its aspects directly under the index, so its [Result.Domains] are
// empty ([Framework.HasDomains]). Three are built in ([Lookup], [ForYear],
// [Frameworks]):
//
//   - PermenPANRB 8/2026 ([PermenPANRB8of2026]), the Evaluasi Kinerja
//     Pemerintah Digital, in force from the 2026 evaluation: 7 aspects, 20
//     indicators, no domains, levels 1–5 (Merintis, Membangun, Berkembang,
//     Melembaga, Unggul), Memuaskan from 4.00 and Baik from 2.50. It is
//     transcribed from public copies of the Lampiran and is to be checked
//     against the official text; the regulation states no rounding rule,
//     and the encoding assumes the one of 59/2020 (exact index, two
//     decimals half up for display, predikat from the unrounded value).
//     Indicators 5, 6 and 7 may take their level from another national
//     evaluation — the Satu Data Indonesia, SJIG and EPSS scores — through
//     the framework's [Conversion] tables ([Framework.Convert]; an answer's
//     [ExternalScore], recorded in [Result.External]); the tables come from
//     one regional portal and are data a user can replace.
//   - PermenPANRB 59/2020 ([PermenPANRB59of2020], the [Default]), used for
//     the 2021–2024 evaluations and the Pemantauan SPBE 2025: 4 domains, 8
//     aspects, 47 indicators, levels 1–5.
//   - PermenPANRB 5/2018 ([PermenPANRB5of2018]), used for 2018–2020: 3
//     domains, 7 aspects, 35 indicators, levels 0–5. Its encoding is of
//     medium confidence: the structure counts come from KemenPANRB's
//     slides and the weights from a regional monitoring application, not
//     from the regulation's text; see [Framework.Note].
//
// Built-ins are immutable and safe for concurrent use. Any other framework
// — a corrected transcription, a regional variant — is read from JSON
// ([DecodeFramework] from a reader, [UnmarshalFramework] from bytes,
// [LoadFramework] from a file) and checked by [NewFramework]: weights
// adding up to exactly 100 %, every indicator in one aspect and every
// aspect in one domain (or no domains at all), unique numbers and codes, a
// level range, bands that rise. A built-in written with encoding/json
// reads back identical, so it is also a template.
//
// An indicator is addressed by its number, as the regulation numbers it:
// [Framework.Indicator](43) is indicator 43, and [Framework.LevelName],
// [Framework.Convert] and [Result.Indicator] take numbers too. A [Levels]
// vector and a Result's aspect and domain indices are by position in the
// framework's order; [Framework.Position] turns a number into a position,
// and [Framework.AspectAt] and [Framework.DomainAt] take positions.
//
// # Scoring
//
// The Indeks SPBE, like the Indeks Pemerintah Digital, is Σ level × weight
// / 100 %. With weights in basis
// points the sum N is an integer and the index is N/10000; an aspect or
// domain index is the sum over its indicators divided by its weight. Some
// of these ratios do not terminate in decimal (in 59/2020, D3 is
// ΣL(21..31)/11), so every value is kept as an exact [smartcity.Number]
// and rounded half-up to two decimals only for display, as the results
// are printed.
// Rounded values are never aggregated: recomputing the index from rounded
// domain values misses about one published row in nine. [WeightedMean]
// reproduces the regulation's worked examples from aspect and domain
// indices.
//
// [Framework.Score] and [Framework.ScoreInto] score a [Levels] vector, one
// [Level] per indicator by position; ScoreInto reuses a [Result] and
// allocates nothing, for planners that score many variants.
// [Framework.ScoreAssessment] scores an [Assessment], which keeps per
// indicator the level, the explanation (penjelasan), the evidence (bukti
// dukung) and the evaluation [Stage] (mandiri, dokumen, interviu,
// visitasi) that set it; the latest stage's level is final.
//
// The [Options] choose two things the official results have done both ways:
//
//   - the [PredicateBasis]: the 2024 results take the predikat from the
//     exact index ([Unrounded], the default: Kab. Pacitan's 3.4985, shown
//     3.50, is Baik), the 2023 results from the rounded one ([Rounded]:
//     Kab. Boven Digoel's 1.7995, shown 1.80, is Cukup);
//   - the [UnansweredPolicy]: an unanswered indicator is an error
//     ([UnansweredError], the default, since the regulation has no level 0)
//     or scores 0 ([UnansweredZero], as Kab. Banyuasin's 2023 result shows).
//
// The predikat bands belong to the framework ([Framework.Bands],
// [Framework.PredicateOf], [Framework.Threshold]): under 5/2018 and
// 59/2020 Memuaskan from 4.2, Sangat Baik from 3.5, Baik from 2.6, Cukup
// from 1.8; under 8/2026 Memuaskan from 4.00, Sangat Baik from 3.50, Baik
// from 2.50, Cukup from 1.50. So 2.55 is Cukup under SPBE and Baik under
// Pemdi, and a plan toward Memuaskan aims at the framework's own band.
//
// # Planning, comparison and cohorts
//
// After a region sees its score it asks what it takes to reach the next
// predikat, by when and at what cost. [Framework.Plan] answers with a
// year-by-year roadmap of one-level raises toward a [Target] — an index
// ("4.2"), a predikat ("Memuaskan"; [ParseTarget] reads both) or a peer's
// profile of levels — under [PlanOptions]: the most levels an indicator may
// rise per year, the number of years, frozen indicators and minimum levels
// per indicator or domain. Without costs the plan has the fewest raises
// (raising the heaviest indicator first is optimal); with [Cost] prices
// ([DecodeCosts] reads them from a spreadsheet) it is the least-cost plan,
// solved exactly by dynamic programming over basis points. When the target
// cannot be met the [Plan] says so, gives the best reachable index and
// names the limits that bound it ([Bound], [Limit]).
//
// [Compare] gives the exact deltas between two results — year over year or
// region against region — per indicator, aspect, domain and index, the
// change of predikat, and the biggest gains and losses
// ([Comparison.Gains], [Comparison.Losses]). Two results under different
// frameworks — 2025 under 59/2020 and 2026 under 8/2026 — share no
// indicators: they compare their indices only, and the Comparison says so
// (IndexOnly), each predikat in its own framework's bands. [NewCohort] ranks a set of
// results (ties share a rank) and summarises the index and each domain with
// golang.org/x/exp/stats: mean, sample standard deviation, median and
// quartiles by the R-7 method that spreadsheets use (PERCENTILE.INC). The
// statistics are floating point; ranks compare exact indices. The national
// index of the official reports (3.12 in 2024) is a figure of its own: it is
// not the plain mean of the published rows, so a cohort's mean will not
// reproduce it. A cohort ranks one framework's results; [GroupByFramework]
// splits a mixed set into one cohort per framework.
//
// # Reports and exports
//
// A [Scored] is a result with the instansi and the year it belongs to.
// [WriteReport] writes one as a Markdown report in Indonesian or English: the index and
// predikat, the domains, aspects and indicators with their weights, levels
// and level names, the comparison with a second result
// ([ReportOptions].Compare, another region or year) and the gap to a target
// with the plan that closes it. [RadarSVG] draws the domain indices of one
// or two results — the aspect indices under a framework without domains —
// as a standalone SVG radar. [WriteResultsCSV] writes
// results for spreadsheets with the exact numerator beside the rounded
// index; [WriteLongCSV] and [WriteWideCSV] write assessments back in the
// forms the readers take. Every writer's output depends on its input alone,
// byte for byte, and escapes user text.
//
// # JSON
//
// The results marshal with encoding/json to the JSON that `smartcity spbe`
// prints with --json, so that a program serving JSON writes no shapes of
// its own: a [Scored] (or a bare [Result]) as a line of `spbe score`, a
// [Comparison] as `spbe compare`, a [Cohort] as `spbe cohort` ([Cohorts]
// writes several a member at a time), a [Plan] as `spbe plan` and a
// [FrameworkSummary] as an element of `spbe frameworks`. Names are
// snake_case, and every exact value is written three ways: the published
// decimal as a string ("index": "3.99"), the exact reduced fraction
// ("index_exact": "3987/1000", which big.Rat.SetString and
// [smartcity.ParseNumber] read) and a float for charts ("index_value":
// 3.987), never to compute with. The names of domains, aspects and indicators are in Indonesian;
// each of these types has a method JSON(lang) that returns the same JSON
// with the names in another language, json.Marshal(res.JSON(smartcity.English)).
// A [Framework] itself is written whole (its spec), to be read back.
//
// # Files
//
// The readers are named by what they read from, as in the other packages
// of the module: Parse reads a string, Unmarshal bytes, Decode an
// io.Reader and Load a named file. Read is the one family of readers that
// tells formats apart by content: [ReadAssessments] takes JSON, a long CSV
// or a wide CSV, whichever it is given ([DetectFormat]).
//
// Every enum of the package — [Stage], [Method], [Predicate],
// [PredicateBasis], [UnansweredPolicy], [Format], [Limit] — reads from
// text with UnmarshalText, which accepts what people write: the code, and
// the Indonesian and English names where the enum has them. The few that
// the command line reads from flags have a Parse function too
// ([ParsePredicate], [ParsePredicateBasis], [ParseUnansweredPolicy],
// [ParseLevel]).
//
// Assessments are read from JSON ([DecodeAssessment]; snake_case, strict:
// an unknown field, a key written twice or in another case, text that is
// not UTF-8 and a number written as a string are errors at their path,
// never silently dropped or read as the last of two; a UTF-8 byte-order
// mark may start the document, as in every JSON document of the library
// and CSV file), from a long CSV
// for one assessment ("indikator,level" with optional "tahun,tahap,
// penjelasan,bukti"; [DecodeLongCSV]) and from a wide CSV for many
// ("instansi,tahun,1,…,47", or 1…20 for the Indeks Pemerintah Digital;
// [DecodeWideCSV], or row by row as [ScoreAll] scores them). The year picks the
// framework in every form unless the caller chooses one ([ReadOptions]).
// The prices of raises come from a CSV too ([DecodeCosts]). CSV may be
// delimited by "," or ";" (as spreadsheets in the Indonesian locale
// write), quote its fields and start with a UTF-8 byte-order mark; the
// writers neutralise formula injection. Sizes are bounded ([ReadOptions]).
//
// The JSON Schemas (draft 2020-12) of an assessment and of a framework,
// assessment.schema.json and framework.schema.json, lie beside the
// package's source for editors and for tools in other languages; go
// generate rebuilds them from the types.
//
// # Errors
//
// Conditions callers branch on are sentinels ([ErrUnanswered],
// [ErrLevelRange], [ErrUnknownIndicator], [ErrWeights], [ErrMalformed], …).
// Checks and readers report every problem at once as
// [github.com/kotacerdas/smartcity.Problems], each problem with its place
// — the field "indicators[3].level", or row 4, column 2 of a CSV file, the
// column's name as its path — a rule code ("level_range", "enum",
// "duplicate") and the broken rule, which wraps those sentinels. The error
// of a check names what was checked ("spbe: invalid assessment \"Pemerintah
// Kab. Rembang\" 2024: …"), and errors.As finds the Problems in it;
// [Assessment.Validate] returns them itself. A file that cannot be read at
// all wraps ErrMalformed, its one problem naming the line and column. Text
// that names no value is a *smartcity.ParseError. Nothing in the package
// panics on bad input. smartcity.ErrorMessage and the Message methods say
// every error in Indonesian or English, so a portal or the command line
// can show every problem in the language its user reads.
//
// # Sources
//
// PermenPANRB No. 8 Tahun 2026 tentang Evaluasi Kinerja Pemerintah Digital
// (ditetapkan 1 June 2026, revoking 59/2020), from public transcriptions of
// its Lampiran (Tabel 1 and 4); the conversion tables of indicators 5–7 from
// one regional portal. PermenPANRB No. 59 Tahun 2020 (Lampiran: Tabel 7–13, B.3–B.4); Laporan
// Evaluasi SPBE 2023 and Laporan Pelaksanaan Evaluasi SPBE 2024
// (KemenPANRB); KemenPANRB's slides "Sekilas PermenPANRB 59/2020" (2020);
// for 5/2018, the structure from those slides and the weights from the Kota
// Denpasar SPBE monitoring application. The official reports print 3.50 %
// for indicators 42–47; the published results reproduce only with 3.00 %,
// which is what the built-in uses. The rounding rule (half-up from the
// exact value) and the predikat basis of each year are not written in the
// regulation; they are what every published 2023 and 2024 result follows,
// and the package's tests check all 1,236 of them.
package spbe
