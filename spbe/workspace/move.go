package workspace

import (
	"errors"
	"strings"

	"github.com/kotacerdas/smartcity/internal/i18n"
)

// Errors of Item.Move; errors.Is finds them through the error it returns.
var (
	// ErrTransition: the review does not move an item between these two
	// statuses.
	ErrTransition = i18n.New(messagesID, "status change not allowed")
	// ErrReason: an item is sent back (revisi) without a reason.
	ErrReason = i18n.New(messagesID, "a revision needs a reason")
	// ErrNoDocument: an item is submitted or accepted without a document.
	ErrNoDocument = i18n.New(messagesID, "no document")
	// ErrNoActor: a change does not say who made it.
	ErrNoActor = i18n.New(messagesID, "a change needs who made it")
)

// next holds, for each status, the statuses the review may move an item to:
// a unit uploads (draf) and submits (proses), or withdraws; the assessor
// accepts (diterima) or sends back (revisi), also an item with nothing
// uploaded (belum diunggah) and an accepted one that turns out wrong.
func next(from Status) []Status {
	switch from {
	case Belum:
		return []Status{Draf, Proses, Revisi}
	case Draf:
		return []Status{Belum, Proses}
	case Proses:
		return []Status{Draf, Revisi, Diterima}
	case Revisi:
		return []Status{Draf, Proses}
	case Diterima:
		return []Status{Revisi}
	}
	return nil
}

// CanMove reports whether the review moves an item from one status to
// another; the zero Status is Belum.
func CanMove(from, to Status) bool {
	if from == 0 {
		from = Belum
	}
	for _, s := range next(from) {
		if s == to {
			return true
		}
	}
	return false
}

// Move changes the item's status to c.To and appends c to its History,
// with c.From set to the status it had. It refuses, leaving the item as it
// was, a change the review does not make (ErrTransition), a change that
// does not say who made it (ErrNoActor), a revisi without a reason or a
// kind of revision (ErrReason), and an item submitted or accepted without a
// document (ErrNoDocument). Moving to Revisi records its reason on the item;
// any other move clears it.
func (it *Item) Move(c Change) error {
	from := it.Status
	if from == 0 {
		from = Belum
	}
	c.From = from
	c.By = strings.TrimSpace(c.By)
	c.Reason = strings.TrimSpace(c.Reason)
	var errs []error
	if !c.To.IsValid() || !CanMove(from, c.To) {
		errs = append(errs, i18n.Errorf(messagesID, "%w: from %s to %s", ErrTransition, from, c.To))
	}
	if c.By == "" {
		errs = append(errs, ErrNoActor)
	}
	if c.To == Revisi && c.Reason == "" && !c.Revision.IsValid() {
		errs = append(errs, ErrReason)
	}
	if (c.To == Proses || c.To == Diterima) && !it.hasDocument() {
		errs = append(errs, ErrNoDocument)
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	if c.To != Revisi {
		c.Revision = 0
	}
	it.Status = c.To
	it.Revision, it.Reason = c.Revision, c.Reason
	if c.To != Revisi {
		it.Revision, it.Reason = 0, ""
	}
	it.History = append(it.History, c)
	return nil
}

// hasDocument reports whether the item has a file or an address.
func (it *Item) hasDocument() bool {
	return it.Document != nil && (it.Document.File != "" || it.Document.URL != "")
}
