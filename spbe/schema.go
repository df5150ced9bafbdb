package spbe

// The JSON Schemas (draft 2020-12) of the package's documents — an
// Assessment as DecodeAssessment reads it, in assessment.schema.json, and a
// FrameworkSpec as DecodeFramework reads it, in framework.schema.json — are
// generated from the types and committed beside this file. Regenerate them
// after changing a type or its doc comments; a test fails while they are
// stale.

//go:generate go run ../internal/schemagen assessment framework
