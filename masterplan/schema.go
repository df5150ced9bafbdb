package masterplan

// The JSON Schemas (draft 2020-12) of the package's documents — a Plan as
// Decode reads it (plan.schema.json) and a Progress as DecodeProgress reads
// it (progress.schema.json) — are generated from the types and committed
// beside this file. Regenerate them after changing a type or its doc
// comments; a test fails while they are stale.

//go:generate go run ../internal/schemagen plan progress
