package web

import (
	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// The permissions, checked on the server for every action against the
// item as the store holds it when the change is made.

// canWork reports whether u may edit, upload, submit and withdraw it: a
// koordinator any item, a pelaksana its own unit's.
func canWork(u store.User, it *workspace.Item) bool {
	switch u.Role {
	case store.Koordinator:
		return true
	case store.Pelaksana:
		return u.Unit != "" && u.Unit == it.Unit
	}
	return false
}

// canReview reports whether u may accept an item or send it back: an
// asesor or a koordinator.
func canReview(u store.User) bool {
	return u.Role == store.Asesor || u.Role == store.Koordinator
}

// canCoordinate reports whether u may set the target and the claims and
// import the workspace: a koordinator.
func canCoordinate(u store.User) bool { return u.Role == store.Koordinator }
