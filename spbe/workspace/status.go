package workspace

import (
	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/enum"
)

// Status is where an evidence item stands in the review. The zero value
// means "unset"; an item read from a document without a status is Belum.
type Status uint8

// The statuses of an evidence item, in the order an item usually moves.
const (
	// Belum: nothing uploaded yet, code "belum".
	Belum Status = 1 + iota
	// Draf: a document is uploaded but not yet submitted, code "draf".
	Draf
	// Proses: submitted and under review, code "proses".
	Proses
	// Revisi: sent back by the assessor with a reason, code "revisi".
	Revisi
	// Diterima: accepted, code "diterima".
	Diterima
)

// statuses declares the statuses; the English names parse too.
var statuses = enum.New[Status](enum.Spec{Kind: "status", Names: true, Unknown: parseError}, []enum.Row{
	Belum:    {Code: "belum", ID: "Belum diunggah", EN: "not uploaded", Aliases: []string{"belum diunggah", "not started"}},
	Draf:     {Code: "draf", ID: "Draf", EN: "draft", Aliases: []string{"draft"}},
	Proses:   {Code: "proses", ID: "Proses verifikasi", EN: "under review", Aliases: []string{"review", "diproses", "proses verifikasi", "in review"}},
	Revisi:   {Code: "revisi", ID: "Revisi", EN: "revision", Aliases: []string{"dikembalikan", "returned", "sent back"}},
	Diterima: {Code: "diterima", ID: "Diterima", EN: "accepted", Aliases: []string{"accept", "disetujui", "approved"}},
})

// String returns the stable code ("belum" … "diterima"), "" for the zero
// value and "Status(n)" for an undeclared value.
func (s Status) String() string { return statuses.String(s) }

// Name returns the status's name in lang ("Proses verifikasi", "under
// review"); "" for a status that is not valid.
func (s Status) Name(lang smartcity.Lang) string { return statuses.Name(s, lang) }

// IsValid reports whether s is a declared status.
func (s Status) IsValid() bool { return statuses.IsValid(s) }

// MarshalText implements encoding.TextMarshaler with the stable code. The
// zero Status is empty text; an undeclared value is an error.
func (s Status) MarshalText() ([]byte, error) { return statuses.MarshalText(s) }

// UnmarshalText implements encoding.TextUnmarshaler: the code, a name in
// either language or an alias, ignoring case and surrounding space; empty
// text is the zero Status. The error is a *smartcity.ParseError.
func (s *Status) UnmarshalText(text []byte) error { return statuses.UnmarshalText(s, text) }

// ParseStatus reads a status as UnmarshalText does.
func ParseStatus(s string) (Status, error) { return statuses.Parse(s) }

// Revision is the kind of a revisi: why the assessor sent an item back.
// The zero value means "unset": a reason given in words only.
type Revision uint8

// The kinds of revision the assessors send back.
const (
	// TidakTepat: the document is not the right one, code "tidak-tepat".
	TidakTepat Revision = 1 + iota
	// BelumDiunggah: nothing was uploaded, code "belum-diunggah".
	BelumDiunggah
	// DitolakOtomatis: refused because a lower level is not yet accepted,
	// to be assessed again once it is, code "ditolak-otomatis".
	DitolakOtomatis
)

// revisions declares the kinds of revision.
var revisions = enum.New[Revision](enum.Spec{Kind: "revision", Names: true, Unknown: parseError}, []enum.Row{
	TidakTepat:      {Code: "tidak-tepat", ID: "Dokumen tidak tepat", EN: "not the right document", Aliases: []string{"wrong document"}},
	BelumDiunggah:   {Code: "belum-diunggah", ID: "Dokumen belum diunggah", EN: "nothing uploaded", Aliases: []string{"not uploaded"}},
	DitolakOtomatis: {Code: "ditolak-otomatis", ID: "Ditolak otomatis", EN: "refused automatically", Aliases: []string{"auto rejected", "automatic"}},
})

// String returns the stable code, "" for the zero value and "Revision(n)"
// for an undeclared value.
func (r Revision) String() string { return revisions.String(r) }

// Name returns the kind's name in lang; "" for a kind that is not valid.
func (r Revision) Name(lang smartcity.Lang) string { return revisions.Name(r, lang) }

// IsValid reports whether r is a declared kind.
func (r Revision) IsValid() bool { return revisions.IsValid(r) }

// MarshalText implements encoding.TextMarshaler with the stable code.
func (r Revision) MarshalText() ([]byte, error) { return revisions.MarshalText(r) }

// UnmarshalText implements encoding.TextUnmarshaler as Status does.
func (r *Revision) UnmarshalText(text []byte) error { return revisions.UnmarshalText(r, text) }

// parseError is the *smartcity.ParseError of the package's enums.
func parseError(m enum.Miss) error {
	return &smartcity.ParseError{Kind: m.Kind, KindID: kindID(m.Kind), Input: m.Input, Want: m.Codes(), Near: m.Near()}
}

// kindID says an enum's kind in Indonesian.
func kindID(kind string) string {
	if kind == "revision" {
		return "jenis revisi"
	}
	return kind
}
