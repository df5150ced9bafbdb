// Package evaltest helps the tests of programs that use package
// evaluation: a builder of evaluations that starts from a valid one,
// seeded generators of random valid evaluations and cohorts, and the
// Rembang fixture.
//
// Evaluation returns an EvaluationBuilder holding a valid yearly
// evaluation of Kabupaten Contoh in 2024 with every dimension scored 3,
// which makes an index of 3 under any weights; each method changes one
// score, the pillar scores, last year's index or the notes and returns
// the builder, and a test changes any other field on what Build returns:
//
//	e := evaltest.Evaluation().Score(evaluation.DimensionOutcome, "4").PreviousIndex("3.21").Build()
//
// Random returns a valid evaluation and RandomCohort a cohort of one year,
// the same for the same seed, for property tests and benchmarks.
// Rembang2024 returns the illustrative evaluation of examples/rembang, a
// fresh copy on every call.
package evaltest
