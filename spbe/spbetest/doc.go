// Package spbetest helps the tests of programs that use package spbe: a
// builder of assessments that starts from a valid one, seeded generators
// of random valid assessments and frameworks, the Rembang and Sumedang
// fixtures and an illustrative Indeks Pemerintah Digital assessment.
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
// Framework switches to another framework, such as PermenPANRB 8/2026 (the
// year becomes 2026), and External gives an indicator an outside score
// whose converted level scoring takes:
//
//	pemdi, _ := spbe.Lookup(spbe.PermenPANRB8of2026)
//	a := spbetest.Assessment().Framework(pemdi).External(5, spbe.SourceSDI, "70").Build()
//
// The builder does not stop a test from building an invalid assessment —
// an unknown indicator, a level off the scale, an outside score out of
// range — since such assessments are what tests of error paths need;
// Assessment.Validate tells them apart.
//
// # Random assessments and frameworks
//
// Random returns a valid, complete assessment of a framework with random
// levels, stages, explanations, evidence and, for indicators valued by an
// outside score, such scores; RandomFramework returns a valid framework
// spec — with or without domains, with random predikat bands, evaluation
// methods and conversion tables — for properties that must hold for any
// framework. Both give the same value for the same seed, for property
// tests, fuzz targets and benchmarks.
//
// # Fixtures
//
// Rembang2023, Rembang2024, Sumedang2023 and Sumedang2024 are assessments
// whose levels reproduce the published results of Kab. Rembang and Kab.
// Sumedang exactly (Rembang 2024: 3.99, Sangat Baik; Sumedang 2024: 4.51,
// Memuaskan). The levels per indicator are a reconstruction — the official
// ones are not published — as each fixture's catatan says.
//
// Pemdi2026 is illustrative only: an assessment of "Pemerintah Kab.
// Contoh" under PermenPANRB 8/2026 with made-up levels and outside scores
// (index 3.23, Baik), since no region's levels under the Indeks Pemerintah
// Digital are published; its catatan says so too.
//
// Every fixture call returns a fresh copy the caller may change.
package spbetest
