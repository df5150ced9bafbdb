package types

// T is a test's type.
type T struct{}
