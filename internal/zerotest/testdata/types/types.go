package types

// A is listed.
type A struct{}

// B is not.
type B int

type hidden int

// I is an interface.
type I interface{ M() }
