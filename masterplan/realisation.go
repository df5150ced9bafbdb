package masterplan

import (
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/kotacerdas/smartcity/internal/escape"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/internal/workbook"
)

// Progress is a region's realisation of its masterplan, year by year: for
// each year reported, the status of each programme at the end of the
// year, the money spent by funding source and the KPI values reached. It
// is a document of its own, kept beside the plan and checked against it
// with Validate; Report turns it into a year's ProgressReport. In JSON:
//
//	{"region": "Rembang", "plan": "masterplan.json",
//	 "years": [{"year": 2024, "programs": [
//	   {"id": "GOV-01", "status": "completed",
//	    "budget": [{"source": "APBD", "amount": 340000000}],
//	    "kpis": [{"name": "unduhan aplikasi", "actual": 52000}]}]}]}
type Progress struct {
	// Region names the region, as the plan's Region.Name ("Rembang") or
	// its full name in either language ("Kabupaten Rembang"); required.
	Region string `json:"region" yaml:"region"`
	// Plan says where the masterplan this document reports on is, as a
	// file name relative to this document and inside its folder, such as
	// "masterplan.json"; optional. Validate refuses a name that leaves the
	// folder (rule "reference"). The package never opens it: a caller
	// reads the plan it chooses and passes it to Validate, ValidateProgress
	// and Report; the command line reads this one only inside the
	// document's folder.
	Plan string `json:"plan,omitempty" yaml:"plan,omitempty"`
	// Years are the years reported, each once, inside the plan's period.
	Years []RealisationYear `json:"years" yaml:"years" maxitems:"100"`
	// Illustrative marks a document invented for an example, not a
	// region's own report.
	Illustrative bool `json:"illustrative,omitempty" yaml:"illustrative,omitempty"`
	// Notes are remarks about the document, such as which figures are
	// illustrative.
	Notes []string `json:"notes,omitzero" yaml:"notes,omitempty" maxitems:"1000"`
}

// RealisationYear is the realisation of the plan's programmes in one year.
type RealisationYear struct {
	// Year is the year reported; required.
	Year int `json:"year" yaml:"year"`
	// Programs are the programmes reported for the year, each once.
	Programs []Realisation `json:"programs" yaml:"programs" maxitems:"2000"`
}

// Realisation is what became of one programme in one year.
type Realisation struct {
	// ID is the programme's id in the plan; required.
	ID string `json:"id" yaml:"id"`
	// Status is where the programme stands at the end of the year:
	// planned (not started), ongoing (running), completed (done),
	// postponed or cancelled (dropped); required.
	Status Status `json:"status" yaml:"status"`
	// Budget is the money spent in the year by funding source, whole
	// rupiah, none negative.
	Budget []RealisedAmount `json:"budget,omitzero" yaml:"budget,omitempty" maxitems:"200"`
	// KPIs are the values the programme's KPIs reached in the year.
	KPIs []KPIActual `json:"kpis,omitzero" yaml:"kpis,omitempty" maxitems:"100"`
	// Note says anything worth keeping, such as why a programme slipped.
	Note string `json:"note,omitempty" yaml:"note,omitempty"`
}

// RealisedAmount is money spent from one funding source.
type RealisedAmount struct {
	// Source is where the money came from; required.
	Source Source `json:"source" yaml:"source"`
	// Amount is in whole rupiah; zero or more.
	Amount int64 `json:"amount" yaml:"amount"`
}

// KPIActual is the value a KPI reached.
type KPIActual struct {
	// Name is the KPI's name as the plan writes it; required.
	Name string `json:"name" yaml:"name"`
	// Actual is the value reached, in the KPI's unit, as decimal text
	// compared exactly; required.
	Actual json.Number `json:"actual,omitempty" yaml:"actual,omitempty"`
}

// Year returns the realisation of year y and true, or false when y is not
// reported.
func (pr *Progress) Year(y int) (*RealisationYear, bool) {
	for i := range pr.Years {
		if pr.Years[i].Year == y {
			return &pr.Years[i], true
		}
	}
	return nil, false
}

// LatestYear returns the latest year reported, 0 when there is none.
func (pr *Progress) LatestYear() int {
	latest := 0
	for _, y := range pr.Years {
		latest = max(latest, y.Year)
	}
	return latest
}

// Program returns the realisation of the programme with the given id and
// true, or false when it is not reported for the year.
func (ry *RealisationYear) Program(id string) (*Realisation, bool) {
	for i := range ry.Programs {
		if ry.Programs[i].ID == id {
			return &ry.Programs[i], true
		}
	}
	return nil, false
}

// Spent returns the money the realisation reports, summed over its sources,
// or an error wrapping ErrOverflow when the sum does not fit in an int64.
func (r *Realisation) Spent() (int64, error) {
	var total int64
	for _, a := range r.Budget {
		var err error
		if total, err = addAmount(total, a.Amount, func() *overflowError { return overflow("money spent on programme %s", escape.Quote(r.ID)) }); err != nil {
			return 0, err
		}
	}
	return total, nil
}

// DecodeProgress reads a JSON realisation document from r strictly, as
// Decode reads a plan: unknown fields, unknown codes and trailing data are
// errors, all of them reported together as smartcity.Problems with their lines,
// columns and paths, and a document larger than opts.Limit is refused
// with an error wrapping ErrTooLarge. It does not check the document
// against a plan; Progress.Validate does, and ValidateProgress decodes
// and checks in one pass.
func DecodeProgress(r io.Reader, opts DecodeOptions) (*Progress, error) {
	data, err := readDocument(r, opts.Limit)
	if err != nil {
		return nil, err
	}
	return UnmarshalProgress(data)
}

// UnmarshalProgress is DecodeProgress for a document in memory; it applies
// no size limit. A workbook (.xlsx, told by content) is read as
// ReadProgressWorkbook reads it, its problems of reading the error.
func UnmarshalProgress(data []byte) (*Progress, error) {
	if workbook.Is(data) {
		pr, r, ok := readProgressBook(data, ValidateOptions{})
		if !ok || r.problems.HasErrors() {
			return nil, i18n.Errorf(errorWords, "masterplan: %w", r.problems)
		}
		return pr, nil
	}
	pr := new(Progress)
	if err := unmarshalStrict(data, pr); err != nil {
		return nil, err
	}
	return pr, nil
}

// LoadProgress reads the realisation document in the named JSON file, as
// DecodeProgress does.
func LoadProgress(path string, opts DecodeOptions) (*Progress, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("masterplan: %w", err)
	}
	defer f.Close()
	return DecodeProgress(f, opts)
}
