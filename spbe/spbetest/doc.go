// Package spbetest helps the tests of programs that use package spbe: a
// builder of assessments that starts from a valid one, a seeded generator
// of random valid assessments, and the Rembang and Sumedang fixtures.
//
// # Builder
//
// Assessment returns an AssessmentBuilder holding a valid assessment of
// PermenPANRB 59/2020: "Pemerintah Kab. Contoh", 2024, every indicator
// answered at level 3 (an index of 3.00, Baik). Each method changes one
// thing and returns the builder, so a test states only what matters to it:
//
//	a := spbetest.Assessment().Instansi("Pemerintah Kab. Rembang").Year(2023).Level(12, 5).Build()
//
// The builder does not stop a test from building an invalid assessment —
// an unknown indicator, a level off the scale — since such assessments are
// what tests of error paths need; Assessment.Validate tells them apart.
//
// # Random assessments
//
// Random returns a valid, complete assessment of a framework with random
// levels, stages, explanations and evidence, the same for the same seed,
// for property tests and benchmarks.
//
// # Fixtures
//
// Rembang2023, Rembang2024, Sumedang2023 and Sumedang2024 are assessments
// whose levels reproduce the published results of Kab. Rembang and Kab.
// Sumedang exactly (Rembang 2024: 3.99, Sangat Baik; Sumedang 2024: 4.51,
// Memuaskan). The levels per indicator are a reconstruction — the official
// ones are not published — as each fixture's catatan says. Every call
// returns a fresh copy the caller may change.
package spbetest
