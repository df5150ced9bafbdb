// Package web serves the portal's pages: the dashboard of a region's
// evidence workspace, its indicators, units and items, the review queue,
// the import and export of the workspace and the audit log, in Indonesian
// and English, as plain HTML forms that need no JavaScript.
//
// Every page but the login asks for a session; every form posts a CSRF
// token that the server checks; every action checks the account's role
// against the item as it is committed (a pelaksana works on its own unit's
// items, an asesor reviews, a koordinator does everything). Every change
// goes through the store with the version the form was drawn from, so that
// a stale edit is refused with a conflict page, never saved over someone
// else's.
package web
