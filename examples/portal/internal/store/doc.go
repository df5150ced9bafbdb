// Package store keeps the portal's data in one SQLite file: the accounts
// and their sessions, the one evidence workspace the portal serves (its
// meta, claims, outside values and items with their histories), the audit
// log and the record of uploaded files.
//
// Every change is one transaction together with its audit entry, so that
// the log holds exactly the changes that were committed. Items carry a
// version that rises by one on every change: UpdateItem takes the version
// the editor saw and refuses a stale edit with ErrConflict rather than
// overwrite what someone else saved in between.
//
// The file is opened in WAL mode with synchronous=FULL, so that a commit
// survives a crash of the process or of the machine, and foreign keys on.
// Writes go through one connection, so that writers in the process queue
// rather than fail with "database is locked"; reads go through a pool of
// their own and never wait for a writer. The schema is created on first
// start and migrated by number after (table schema_version). The file is
// created readable by its owner only: it holds password hashes.
//
// A dashboard reads the whole workspace on every request. The store keeps
// the workspace it read last, with the generation of the data that every
// write raises: while the generation is the same it hands out a copy of
// what it keeps, and when it rose it reads again only the items whose
// version rose.
//
// The store uses the pure-Go driver modernc.org/sqlite: no cgo. It is
// imported only by the portal, never by the library's packages.
package store
