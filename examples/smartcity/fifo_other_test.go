//go:build !unix

package main

import "testing"

// makeFIFO reports false: the system has no FIFOs.
func makeFIFO(*testing.T, string) bool { return false }
