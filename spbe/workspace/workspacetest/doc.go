// Package workspacetest builds evidence workspaces for the tests and
// demonstrations of programs that use package workspace: an illustrative
// workspace of Kabupaten Rembang for 2026 under PermenPANRB 8/2026, with the
// files its documents name, and seeded random workspaces of any size.
//
// Every figure here is made up: no Pemdi level, evidence list or review of
// Rembang has been published. The workspaces say so (Workspace.Illustrative).
package workspacetest
