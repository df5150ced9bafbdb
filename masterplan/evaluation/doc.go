// Package evaluation scores the ministry's yearly evaluation of smart-city
// implementation (Evaluasi Implementasi Smart City): each region of the
// Gerakan Menuju Smart City is scored every year, in stage I mid-year and
// stage II in November, on five dimensions ([Dimension]) — baseline,
// output, outcome, impact and quick win — from 0 to 5.
//
// # Where to start
//
//   - Read one region's result: [Decode] or [Unmarshal]; many:
//     [DecodeCohort] or [UnmarshalCohort].
//   - Check it: [Validate] reads a document and reports every problem at
//     once; [Evaluation.Validate] and [Cohort.Validate] check values.
//   - Score it: [Evaluation.Score]; score and rank a cohort: [Cohort.Score].
//   - Report on it: [WriteReport].
//   - Keep it in a spreadsheet: [WriteTemplate] writes the fill-in
//     workbook, [ReadWorkbook] and [ReadCohortWorkbook] read one back,
//     [WriteWorkbook] and [WriteCohortWorkbook] write a document as one.
//
// # Scoring
//
// An [Evaluation] holds one region's [Scores], a [Cohort] many.
// [Evaluation.Score] gives the [Result]: the index (Indeks Pencapaian),
// the weighted mean of the five under [Weights] that sum to 100, exact,
// and the improvement over last year's index. The guidance's weights,
// 10/20/30/20/20 ([DefaultWeights]), reproduce the published results
// checked; one regional page gives 10/20/30/30/10, so the weights are a
// parameter ([ParseWeights] reads "baseline=10,output=20,…").
// [Cohort.Score] ranks the results by exact index, nationally and within
// each province, with competition ranks that ties share (1, 2, 2, 4): a
// [Standing]. Scores outside 0–5, a dimension that is not one of the five
// and weights that do not sum to 100 are errors.
//
// Scores are kept as written (json.Number), with at most 16 decimals, and
// computed exactly ([smartcity.Number]); an index is rounded half up to
// two decimals only when shown, as the ministry publishes it, and an
// improvement half away from zero (−0.055 is -0.06). A Result and a
// Standing marshal to the JSON that smartcity eval score --json prints.
//
// The enums ([Dimension], [Stage]) marshal to stable codes and read from
// text with UnmarshalText, which accepts what people write: the code, and
// the Indonesian and English names ("dampak", "tahap 2").
//
// # Reading and checking
//
// Decoding is strict, as a masterplan's is: an unknown field (a dimension
// that is not one of the five), an unknown code, a score written as a
// string ("3.5" for 3.5), one pillar in two spellings in pillar_scores
// ("GOV" and "gov"), a key written twice or in another case, text that is
// not UTF-8 and trailing data are errors, all reported together as
// smartcity.Problems with their paths, lines and columns, said in
// Indonesian or English; a UTF-8 byte-order mark may start the document,
// as any JSON document of the library. [Validate] and
// [ValidateCohort] report the problems of decoding and of the values in
// one pass, and [ParseWeights] those of weights written as text; weights
// that do not sum to 100 make Score fail with their problems. The JSON
// Schema of an evaluation, evaluation.schema.json, lies beside the
// package's source; go generate rebuilds it from the types.
//
// # Workbooks
//
// An evaluation, or a cohort, may be kept as an Excel workbook (.xlsx):
// one sheet, Evaluasi (Evaluation), a row per evaluation, a column per
// field — Wilayah, Provinsi, Tahun, Tahap, the five scores, Indeks tahun
// lalu, a column per pillar (Pilar GOV …), Ilustratif, Catatan — with
// Indonesian headers and English ones as aliases, scores stored as
// numbers and the stage and yes-or-no picked from drop-down lists. Every
// reader of the package ([Decode], [DecodeCohort], [Unmarshal],
// [UnmarshalCohort], [Validate], [ValidateCohort]) tells a workbook from
// JSON by content, and every problem of a workbook names its sheet and
// cell ("lembar Evaluasi, sel H2"), with the path the JSON would have. A
// workbook is untrusted input as a JSON document is: it is looked at
// before it is unzipped, and its rows are bounded ([MaxWorkbookRows]).
//
// The evaluation does not refer to a plan: a region's masterplan is
// package [github.com/kotacerdas/smartcity/masterplan], and the scores of
// its evaluation are the ministry's, not computed from the plan.
package evaluation
