package evaluation

// The JSON Schema (draft 2020-12) of an Evaluation as Decode reads it,
// evaluation.schema.json, is generated from the types and committed beside
// this file. Regenerate it after changing a type or its doc comments; a
// test fails while it is stale.

//go:generate go run ../../internal/schemagen evaluation
