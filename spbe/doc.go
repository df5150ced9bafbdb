// Package spbe scores SPBE evaluations (Sistem Pemerintahan Berbasis
// Elektronik, Indonesia's e-government maturity index) exactly as the
// official results are computed, to the last published digit, and helps a
// region see what it takes to reach the next predikat.
//
// A smart city starts with SPBE: Kabupaten Rembang's index was 2.76 when it
// joined the Gerakan Menuju Smart City in 2022, 3.64 in 2023 and 3.99 in
// 2024, while Kabupaten Sumedang, the example it learns from, reached 4.51,
// Memuaskan. This package reproduces such results from the levels of the
// 47 indicators, compares them, plans the raises that close a gap and
// reports on them.
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
// range and the names of the levels. Two are built in ([Lookup], [ForYear],
// [Frameworks]):
//
//   - PermenPANRB 59/2020 ([PermenPANRB59of2020], the [Default]), used for
//     the 2021–2024 evaluations: 4 domains, 8 aspects, 47 indicators,
//     levels 1–5.
//   - PermenPANRB 5/2018 ([PermenPANRB5of2018]), used for 2018–2020: 3
//     domains, 7 aspects, 35 indicators, levels 0–5. Its encoding is of
//     medium confidence: the structure counts come from KemenPANRB's
//     slides and the weights from a regional monitoring application, not
//     from the regulation's text; see [Framework.Note].
//
// Built-ins are immutable and safe for concurrent use. Any other framework
// — such as the Indeks Pemerintah Digital announced for 2025, whose
// catalogue and weights are not yet public — is loaded from JSON with
// [LoadFramework] and checked by [NewFramework]: weights adding up to
// exactly 100 %, every indicator in one aspect and every aspect in one
// domain, unique numbers and codes, a level range. A built-in written with
// encoding/json loads back identical, so it is also a template.
//
// # Scoring
//
// The Indeks SPBE is Σ level × weight / 100 %. With weights in basis
// points the sum N is an integer and the index is N/10000; an aspect or
// domain index is the sum over its indicators divided by its weight. Some
// of these ratios do not terminate in decimal (in 59/2020, D3 is
// ΣL(21..31)/11), so every value is kept as an exact [Index] and rounded
// half-up to two decimals only for display, as the results are printed.
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
// The predikat bands are fixed: Memuaskan from 4.2, Sangat Baik from 3.5,
// Baik from 2.6, Cukup from 1.8, Kurang below ([Predicate.Threshold]).
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
// ([ReadCosts] reads them from a spreadsheet) it is the least-cost plan,
// solved exactly by dynamic programming over basis points. When the target
// cannot be met the [Plan] says so, gives the best reachable index and
// names the limits that bound it ([Bound], [Limit]).
//
// [Compare] gives the exact deltas between two results — year over year or
// region against region — per indicator, aspect, domain and index, the
// change of predikat, and the biggest gains and losses
// ([Comparison.Gains], [Comparison.Losses]). [NewCohort] ranks a set of
// results (ties share a rank) and summarises the index and each domain with
// golang.org/x/exp/stats: mean, sample standard deviation, median and
// quartiles by the R-7 method that spreadsheets use (PERCENTILE.INC). The
// statistics are floating point; ranks compare exact indices. The national
// index of the official reports (3.12 in 2024) is a figure of its own: it is
// not the plain mean of the published rows, so a cohort's mean will not
// reproduce it.
//
// # Reports and exports
//
// A [Scored] is a result with the instansi and the year it belongs to.
// [WriteReport] writes one as a Markdown report in Indonesian or English: the index and
// predikat, the domains, aspects and indicators with their weights, levels
// and level names, the comparison with a second result
// ([ReportOptions].Compare, another region or year) and the gap to a target
// with the plan that closes it. [RadarSVG] draws the domain indices of one
// or two results as a standalone SVG radar. [WriteResultsCSV] writes
// results for spreadsheets with the exact numerator beside the rounded
// index; [WriteLongCSV] and [WriteWideCSV] write assessments back in the
// forms the readers take. Every writer's output depends on its input alone,
// byte for byte, and escapes user text.
//
// # Files
//
// Assessments are read from JSON ([DecodeAssessment]; snake_case, strict:
// an unknown field is an error, never silently dropped), from a long CSV
// for one assessment ("indikator,level" with optional "tahap,penjelasan,
// bukti"; [ReadLongCSV]) and from a wide CSV for many ("instansi,tahun,1,
// …,47"; [ReadWideCSV], or a [WideReader] row by row). [ReadAssessments]
// tells the three apart by content ([DetectFormat]). CSV may be delimited
// by "," or ";" (as spreadsheets in the Indonesian locale write), quote its
// fields and start with a UTF-8 byte-order mark; the writers neutralise
// formula injection. Sizes are bounded ([ReadOptions]).
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
// Checks report every problem at once in a [*ValidationError] whose
// [Problem] values name the place — "indicators[3].level", "row 4, column 2
// (level)" — and unwrap to those sentinels. A file that cannot be read
// at all wraps ErrMalformed and names its line and column. Nothing in the
// package panics on bad input.
//
// # Sources
//
// PermenPANRB No. 59 Tahun 2020 (Lampiran: Tabel 7–13, B.3–B.4); Laporan
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
