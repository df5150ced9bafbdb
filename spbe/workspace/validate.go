package workspace

import (
	"strconv"
	"strings"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/check"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/spbe"
)

// The rules of the problems Validate and ReadTable report, as Problem.Rule
// codes.
const (
	RuleRequired  = "required"    // a field that must be filled is empty
	RuleYear      = "year"        // the year is not a four-digit year
	RuleFramework = "framework"   // the framework is unknown or not the workspace's
	RuleTarget    = "target"      // the target is neither an index nor a predikat
	RuleID        = "id"          // an item's id is not 1–64 letters, digits, '.', '-' or '_'
	RuleDuplicate = "duplicate"   // an id, a claim or an outside value is given twice
	RuleIndicator = "indicator"   // the framework has no such indicator
	RuleLevel     = "level_range" // a level outside the framework's scale
	RuleEnum      = "enum"        // a status or kind of revision that is not declared
	RuleReason    = "reason"      // a revisi without a reason
	RuleDocument  = "document"    // an item under review or accepted without a document
	RuleDate      = "date"        // a due date that is no day
	RuleOutside   = "outside"     // an outside value that does not fit its indicator
	RuleHistory   = "history"     // a change of status that does not hold together
	RuleMismatch  = "mismatch"    // a working list of another instansi or year than ReadOptions name
)

// Validate checks the workspace against the rules of fw (nil: the one the
// workspace resolves to) and returns every problem at once, each at its
// JSON path with one of the Rule codes above (a document's own rules are
// spbe.Evidence.Check's): the instansi and a four-digit year; the
// framework and the target; per item an id unique in the workspace, a
// known indicator and a level on the scale (from 1), a title and a unit, a
// declared status, a reason for a revisi, a document for an item under
// review or accepted, a real due date, and a history whose changes are
// declared, signed and dated; one claim and one outside value per
// indicator at most, each in range, an outside score only where fw
// converts one. Nothing is opened: a document's file is a name.
func (w *Workspace) Validate(fw *spbe.Framework) smartcity.Problems {
	var c checker
	if fw == nil {
		resolved, err := w.ResolveFramework(nil)
		if err != nil {
			c.add("framework", RuleFramework, err)
			return c.ps
		}
		fw = resolved
	}
	if strings.TrimSpace(w.Instansi) == "" {
		c.add("instansi", RuleRequired, check.Required(label{"instansi", "instansi"}))
	}
	if !check.ValidYear(w.Year) {
		c.add("tahun", RuleYear, check.Year(w.Year))
	}
	if w.Framework != "" && w.Framework != fw.ID() {
		c.add("framework", RuleFramework, i18n.Errorf(messagesID, "the workspace is kept in %s, not %s", w.Framework, fw.ID()))
	}
	if w.Target != "" {
		if _, err := spbe.ParseTarget(w.Target); err != nil {
			c.add("target", RuleTarget, err)
		}
	}
	ids := make(map[string]int, len(w.Items))
	for k := range w.Items {
		c.item(fw, &w.Items[k], "items["+strconv.Itoa(k)+"]", ids, k)
	}
	claimed := map[int]int{}
	for k, cl := range w.Claims {
		at := "claims[" + strconv.Itoa(k) + "]"
		if c.indicator(fw, at+".indicator", cl.Indicator) {
			c.once(claimed, cl.Indicator, k, at+".indicator", "claims")
		}
		c.level(fw, at+".level", cl.Level)
	}
	outside := map[int]int{}
	for k, o := range w.Outside {
		at := "outside[" + strconv.Itoa(k) + "]"
		if !c.indicator(fw, at+".indicator", o.Indicator) {
			continue
		}
		c.once(outside, o.Indicator, k, at+".indicator", "outside")
		_, converts := fw.Conversion(o.Indicator)
		switch {
		case o.Score != nil && o.Level != spbe.Unanswered:
			c.add(at, RuleOutside, i18n.Errorf(messagesID, "give the outside score or the level, not both"))
		case o.Score != nil && !converts:
			c.add(at+".external", RuleOutside, i18n.Errorf(messagesID, "%s converts no outside score for indicator %d; give its level", fw.ID(), o.Indicator))
		case o.Score != nil:
			if _, err := fw.Convert(o.Indicator, *o.Score); err != nil {
				c.add(at+".external", RuleOutside, err)
			}
		case o.Level == spbe.Unanswered:
			c.add(at, RuleRequired, check.Required(label{"skor luar atau level", "the outside score or the level"}))
		default:
			c.level(fw, at+".level", o.Level)
		}
	}
	return c.ps
}

// item checks one item at at; ids maps the ids seen to their positions.
func (c *checker) item(fw *spbe.Framework, it *Item, at string, ids map[string]int, k int) {
	switch {
	case it.ID == "":
		c.add(at+".id", RuleRequired, check.Required(label{"id", "id"}))
	case !validID(it.ID):
		c.add(at+".id", RuleID, i18n.Errorf(messagesID, "id %q is not 1 to 64 letters, digits, '.', '-' or '_'", it.ID))
	default:
		if prev, dup := ids[it.ID]; dup {
			c.add(at+".id", RuleDuplicate, i18n.Errorf(messagesID, "id %q is also the id of items[%d]", it.ID, prev))
		} else {
			ids[it.ID] = k
		}
	}
	c.indicator(fw, at+".indicator", it.Indicator)
	c.level(fw, at+".level", it.Level)
	if strings.TrimSpace(it.Title) == "" {
		c.add(at+".title", RuleRequired, check.Required(label{"item bukti dukung", "the evidence item"}))
	}
	if strings.TrimSpace(it.Unit) == "" {
		c.add(at+".unit", RuleRequired, check.Required(label{"unit kerja", "the unit"}))
	}
	if it.Status != 0 && !it.Status.IsValid() {
		c.add(at+".status", RuleEnum, check.Unknown(label{"status", "status"}, it.Status.String()))
	}
	if it.Revision != 0 && !it.Revision.IsValid() {
		c.add(at+".revision", RuleEnum, check.Unknown(label{"jenis revisi", "kind of revision"}, it.Revision.String()))
	}
	if it.Status == Revisi && strings.TrimSpace(it.Reason) == "" && !it.Revision.IsValid() {
		c.add(at+".reason", RuleReason, ErrReason)
	}
	if (it.Status == Proses || it.Status == Diterima) && !it.hasDocument() {
		c.add(at+".document", RuleDocument, i18n.Errorf(messagesID, "%w: an item %s needs its document", ErrNoDocument, it.Status))
	}
	if it.Document != nil {
		for _, p := range it.Document.Check(at + ".document") {
			c.ps = c.ps.Add(0, p)
		}
	}
	if !it.Due.IsZero() && !it.Due.Valid() {
		c.add(at+".due", RuleDate, i18n.Errorf(messagesID, "%d-%02d-%02d is not a day", it.Due.Year, int(it.Due.Month), it.Due.Day))
	}
	for j, ch := range it.History {
		ht := at + ".history[" + strconv.Itoa(j) + "]"
		if !ch.To.IsValid() || (ch.From != 0 && !ch.From.IsValid()) {
			c.add(ht, RuleEnum, check.Unknown(label{"status", "status"}, ch.From.String()+" → "+ch.To.String()))
		}
		if strings.TrimSpace(ch.By) == "" {
			c.add(ht+".by", RuleRequired, ErrNoActor)
		}
		if ch.At.IsZero() {
			c.add(ht+".at", RuleRequired, check.Required(label{"waktu perubahan", "the time of the change"}))
		}
		if j > 0 && ch.At.Before(it.History[j-1].At) {
			c.add(ht+".at", RuleHistory, i18n.Errorf(messagesID, "a change is dated before the one it follows"))
		}
	}
	if n := len(it.History); n > 0 && it.History[n-1].To != it.Status && it.History[n-1].To.IsValid() {
		c.add(at+".status", RuleHistory, i18n.Errorf(messagesID, "status %s is not the last change's, %s", it.Status, it.History[n-1].To))
	}
}

// indicator checks that fw has the indicator number.
func (c *checker) indicator(fw *spbe.Framework, at string, number int) bool {
	if _, ok := fw.Indicator(number); !ok {
		c.add(at, RuleIndicator, i18n.Errorf(messagesID, "%w: %s has no indicator %d", spbe.ErrUnknownIndicator, fw.ID(), number))
		return false
	}
	return true
}

// level checks that l is on fw's scale, from 1.
func (c *checker) level(fw *spbe.Framework, at string, l spbe.Level) {
	low := max(fw.MinLevel(), 1)
	if l < low || l > fw.MaxLevel() {
		c.add(at, RuleLevel, i18n.Errorf(messagesID, "%w: level %d is not between %d and %d", spbe.ErrLevelRange, l, low, fw.MaxLevel()))
	}
}

// once records that the list named list gives indicator number at position
// k, and reports a second one.
func (c *checker) once(seen map[int]int, number, k int, at, list string) {
	if prev, dup := seen[number]; dup {
		c.add(at, RuleDuplicate, i18n.Errorf(messagesID, "indicator %d is also given at %s[%d]", number, list, prev))
		return
	}
	seen[number] = k
}

// checker collects problems.
type checker struct{ ps smartcity.Problems }

// add records a problem of rule at the path at.
func (c *checker) add(at, rule string, err error) {
	c.ps = c.ps.Add(0, smartcity.Problem{Path: at, Rule: rule, Severity: smartcity.Error, Err: err})
}

// validID reports whether id is 1–64 letters, digits, '.', '-' or '_'.
func validID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, r := range []byte(id) {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

// label is a field's name in a message, in Indonesian and English.
type label struct{ id, en string }

// String is the English name.
func (l label) String() string { return l.en }

// Message is the name in lang.
func (l label) Message(lang smartcity.Lang) string {
	if i18n.English(lang) {
		return l.en
	}
	return l.id
}
