// Package plantest helps the tests of programs that use package
// masterplan: a builder of plans that starts from a valid one, seeded
// generators of random valid plans, and the Rembang fixtures. Package
// evaltest does the same for the yearly evaluation.
//
// # Builders
//
// Plan returns a PlanBuilder holding a valid five-year masterplan of an
// invented Kabupaten Contoh, 2025–2029, with a quick win in each of the six
// pillars, all nine readiness items, the three books and the lifecycle up
// to its legalisation: Plan.Validate finds no problem in it, not even a
// warning. Each method changes one thing and returns the builder:
//
//	p := plantest.Plan().Period(2026, 2035).AddProgram(plantest.NewProgram("ECO-09", pillar.Industry, 2027, 2030)).Build()
//
// The plan's dates, programme years, RPJMD and legal basis follow the
// period, so that changing it keeps the plan valid. Edit reaches any other
// field. Nothing stops a test from building an invalid plan; Validate
// tells the two apart.
//
// # Random documents
//
// Random returns a valid plan with a given number of programmes, the same
// for the same seed, for property tests and benchmarks.
//
// # Fixtures
//
// Rembang and RembangProgress2024 return the illustrative Rembang
// documents of examples/rembang, a fresh copy on every call.
package plantest
