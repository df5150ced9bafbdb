package workspace

import (
	"time"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
)

// Workspace is one instansi's preparation for one evaluation year: the
// evidence items of every indicator and level, the levels its units claim,
// the outside values it knows and the target it works toward.
//
// Its JSON is the document a region keeps and a portal serves
// (`"instansi"`, `"tahun"`, `"framework"`, `"items"` …).
type Workspace struct {
	// Instansi is the government body, "Pemerintah Kabupaten Rembang".
	Instansi string `json:"instansi" yaml:"instansi"`
	// Year is the evaluation year the evidence is prepared for.
	Year int `json:"tahun" yaml:"tahun"`
	// Framework is the id of the framework ("permenpanrb-8-2026"); empty
	// means the one of Year (spbe.ForYear).
	Framework string `json:"framework,omitempty" yaml:"framework,omitempty"`
	// Target is what the workspace works toward, as spbe.ParseTarget reads
	// it: an index ("3.00") or a predikat ("Baik"); empty when none is set.
	Target string `json:"target,omitempty" yaml:"target,omitempty"`
	// Illustrative marks a workspace whose figures are made up, such as a
	// demonstration: every report of it says so.
	Illustrative bool `json:"ilustrasi,omitzero" yaml:"ilustrasi,omitempty"`
	// Claims are the levels the units claim, one per indicator at most;
	// an indicator without a claim claims nothing.
	Claims []Claim `json:"claims,omitempty" yaml:"claims,omitempty" maxitems:"1000"`
	// Outside are the indicators' scores in other national evaluations,
	// once known (indicator 5's Satu Data Indonesia score, say).
	Outside []Outside `json:"outside,omitempty" yaml:"outside,omitempty" maxitems:"1000"`
	// Items are the evidence items, in the order the workspace keeps them.
	Items []Item `json:"items" yaml:"items" maxitems:"100000"`
}

// Claim is the level a unit claims for an indicator in its
// self-assessment.
type Claim struct {
	// Indicator is the indicator's number.
	Indicator int `json:"indicator" yaml:"indicator"`
	// Level is the level claimed.
	Level spbe.Level `json:"level" yaml:"level"`
	// Note is the unit's explanation (penjelasan), if any.
	Note string `json:"penjelasan,omitempty" yaml:"penjelasan,omitempty"`
}

// Outside is an indicator's value from another national evaluation. Score
// is converted by the framework's table (spbe.Framework.Convert) when it
// has one; Level is given directly otherwise (indicator 18 of
// PermenPANRB 8/2026, whose conversion is not published).
type Outside struct {
	// Indicator is the indicator's number.
	Indicator int `json:"indicator" yaml:"indicator"`
	// Score is the outside score, for an indicator the framework converts.
	Score *spbe.ExternalScore `json:"external,omitempty" yaml:"external,omitempty"`
	// Level is the level, for an indicator without a conversion table.
	Level spbe.Level `json:"level,omitzero" yaml:"level,omitempty"`
}

// Item is one evidence item (butir bukti dukung): what one unit must
// produce for one level of one indicator, and where its review stands.
type Item struct {
	// ID names the item within its workspace: 1 to 64 letters, digits,
	// '.', '-' or '_', unique.
	ID string `json:"id" yaml:"id"`
	// Indicator is the indicator's number.
	Indicator int `json:"indicator" yaml:"indicator"`
	// Level is the level the item backs (Level Kematangan).
	Level spbe.Level `json:"level" yaml:"level"`
	// No is the item's number within its level (No. Level), as the
	// working lists number them; 0 when not numbered.
	No int `json:"no,omitzero" yaml:"no,omitempty"`
	// Title says what is to be produced (Item Bukti Dukung).
	Title string `json:"title" yaml:"title"`
	// Output is the concrete output expected (Bentuk Output Nyata), "SK
	// Bupati tentang Tim Koordinasi SPBE".
	Output string `json:"output,omitempty" yaml:"output,omitempty"`
	// Responsible is the person who answers for it (Penanggung Jawab).
	Responsible string `json:"responsible,omitempty" yaml:"responsible,omitempty"`
	// Unit is the unit (OPD) that produces it (Unit Kerja), "Dinas
	// Komunikasi dan Informatika".
	Unit string `json:"unit" yaml:"unit"`
	// Due is the date by which it is to be accepted; zero when none.
	Due smartcity.Date `json:"due,omitzero" yaml:"due,omitempty"`
	// Main says that the item is a main item (butir utama), which decides
	// the level; a supporting item (pendukung) does not.
	Main bool `json:"main,omitzero" yaml:"main,omitempty"`
	// Document is the document submitted, if any: a file with its SHA-256
	// or a published address.
	Document *spbe.Evidence `json:"document,omitempty" yaml:"document,omitempty"`
	// Status is where its review stands.
	Status Status `json:"status" yaml:"status"`
	// Revision and Reason say why it was sent back, while Status is
	// Revisi.
	Revision Revision `json:"revision,omitzero" yaml:"revision,omitempty"`
	Reason   string   `json:"reason,omitempty" yaml:"reason,omitempty"`
	// History is every change of status, oldest first.
	History []Change `json:"history,omitempty" yaml:"history,omitempty" maxitems:"1000"`
}

// Change is one change of an item's status: who made it, when, from and to
// which status, and why.
type Change struct {
	// At is when the change was made.
	At time.Time `json:"at" yaml:"at"`
	// By names who made it: an account, "asesor.diskominfo".
	By string `json:"by" yaml:"by"`
	// From and To are the statuses before and after.
	From Status `json:"from" yaml:"from"`
	To   Status `json:"to" yaml:"to"`
	// Revision and Reason say why, for a change to Revisi; a note for
	// any other change.
	Revision Revision `json:"revision,omitzero" yaml:"revision,omitempty"`
	Reason   string   `json:"reason,omitempty" yaml:"reason,omitempty"`
}
