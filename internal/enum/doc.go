// Package enum is the one way the library declares an enumeration: a table
// of rows, one per declared value, each with its stable code, its names in
// Indonesian and English and the other spellings people write, from which
// a Table answers everything the style guide asks of an enum type.
//
// An enum type stays a named integer whose zero value means "unset" and
// whose declared values are 1 + iota, as time.Month is; its package keeps
// one Table for it as a package-level value, built once by New and only
// read afterwards, and each of the type's methods is a line that hands the
// value to the table:
//
//	var stages = enum.New[Stage](enum.Spec{Kind: "stage", Names: true, Unknown: parseError},
//		[]enum.Row{
//			Mandiri: {Code: "mandiri", ID: "Penilaian Mandiri", EN: "self-assessment", Aliases: []string{"self"}},
//			…
//		})
//
//	func (s Stage) String() string                  { return stages.String(s) }
//	func (s Stage) Name(lang smartcity.Lang) string { return stages.Name(s, lang) }
//	func ParseStage(s string) (Stage, error)        { return stages.Parse(s) }
//
// So every enum of the library prints, names, validates, parses and
// marshals alike: String is the code, "" for the zero value and "Stage(9)"
// for an undeclared one; Name is "" for a value that is not valid; empty
// text unmarshals to the zero value; an undeclared value does not marshal.
//
// # Parsing
//
// Parse accepts a value's code, its aliases and, where Spec.Names says
// so, its two names, compared after folding: by default Fold, which
// ignores case and white space at either end, and reads a run of white
// space with at most one hyphen or underscore between two words as one
// space ("Sangat_Baik", " sangat-baik " and "SANGAT  BAIK" are one
// spelling). A hyphen or underscore anywhere else — "-1", "baik_",
// "sangat__baik" — makes the text no spelling, as nobody writes a value so.
// A package whose texts need more — package pillar also reads any
// punctuation between two words as a space, and drops a leading "Smart" —
// gives its own Fold. A spelling that
// would name two values is a mistake in the table, and New panics on it,
// so that no alias is ever shadowed silently.
//
// Text that names no value becomes a *smartcity.ParseError: Spec.Unknown
// receives a Miss — what was being parsed and the input, and on demand the
// accepted codes and the code of the nearest spelling by edit distance —
// and returns the ParseError with the kind said in the package's
// Indonesian. The package cannot make the ParseError itself: package
// smartcity declares its own enum, Severity, with this one, and so this
// one does not import it (Table.Name takes the Lang as a fmt.Stringer).
//
// # Why a table and not go generate
//
// A generator would write the same six methods for every type from the
// same rows, and the rows would still have to be written somewhere. With
// the table at run time the rows are ordinary Go beside the type they
// describe, the methods are one line each and type-checked through the
// type parameter, and there is no generated file to keep in step. A
// generator would gain little over that: String would switch on the value
// where the table indexes a slice.
package enum
