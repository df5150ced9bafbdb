package masterplan

import (
	"fmt"

	"github.com/kotacerdas/smartcity/internal/check"
)

// monitorMessages are the texts of the rules Progress.Validate applies, by
// rule code, registered with the plan's messages on the package's
// translators.
var monitorMessages = [...]message{
	{"nil_progress", "dokumen realisasi kosong", "the realisation document is empty"},
	{"progress_region", "dokumen realisasi untuk {0}, sedangkan rencana induk untuk {1}",
		"the realisation is for {0} but the masterplan is for {1}"},
	{"year_unique", "tahun {0} sudah dilaporkan di {1}", "year {0} is already reported at {1}"},
	{"program_unknown", "program {0} tidak ada dalam rencana induk", "programme {0} is not in the masterplan"},
	{"program_unique", "program {0} sudah dilaporkan untuk tahun ini di {1}", "programme {0} is already reported for this year at {1}"},
	{"program_year", "program {0} dijadwalkan {1}–{2}, tetapi dilaporkan untuk tahun {3}",
		"programme {0} is scheduled for {1}–{2} but reported for {3}"},
	{"amount_negative", "{0} {1} tidak boleh negatif", "{0} {1} must not be negative"},
	{"money_total", "realisasi anggaran tahun ini sampai baris ini melampaui {0}, batas yang dapat dihitung tepat",
		"the money realised in the year up to this line totals more than {0}, the most that can be totalled exactly"},
	{"kpi_unknown", "KPI {0} tidak ada pada program {1}", "programme {1} has no KPI {0}"},
	{"kpi_unique", "KPI {0} sudah dilaporkan di {1}", "KPI {0} is already reported at {1}"},
	{"not_reported", "program {0} dijadwalkan pada {1} tetapi tidak dilaporkan", "programme {0} is scheduled for {1} but not reported"},
	{"after_cancelled", "program {0} sudah dibatalkan pada {1}, tetapi dilaporkan {2} pada {3}",
		"programme {0} was cancelled in {1} but is reported {2} in {3}"},
}

// monitorLabels name the fields of realisation documents in messages,
// keyed as fieldLabels are; where a key is missing here, the plan's labels
// apply.
var monitorLabels = [...]message{
	{"region", "daerah", "region"},
	{"years", "tahun realisasi", "realisation years"},
	{"years.year", "tahun realisasi", "realisation year"},
	{"programs.id", "id program", "programme id"},
	{"programs.status", "status", "status"},
	{"budget.source", "sumber dana", "funding source"},
	{"budget.amount", "jumlah realisasi", "amount realised"},
	{"kpis.name", "nama KPI", "KPI name"},
	{"kpis.actual", "capaian KPI", "KPI actual"},
}

// monitorLabel returns the label of the field at the end of path in the
// language of column (0 Indonesian, 1 English): by monitorLabels, then by
// the plan's labels.
func monitorLabel(path string, column int) string {
	parent, field := lastTwo(path)
	for _, key := range [...]string{parent + "." + field, field} {
		for _, l := range monitorLabels {
			if l.key == key {
				return pick(l, column)
			}
		}
	}
	return label(path, column)
}

// newChecker returns a checker for documents other than the plan.
func newChecker(opts ValidateOptions) *checker { return &checker{opts: opts} }

// need reports a required field left empty, named by monitorLabel.
func (c *checker) need(path string) {
	c.fail(path, "required", check.Required(monitorLabelArg(path)))
}

// undeclaredEnum reports a value of an enum set in code that is not
// declared, named by monitorLabel.
func (c *checker) undeclaredEnum(path string, v fmt.Stringer) {
	c.fail(path, "enum", check.Unknown(monitorLabelArg(path), v.String()))
}
