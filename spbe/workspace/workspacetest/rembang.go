package workspacetest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// unit is a unit of the illustrative workspace, with the aspects of
// PermenPANRB 8/2026 whose evidence it produces and who answers for it.
type unit struct {
	name, responsible string
	aspects           []string
}

// units returns the units of the illustrative workspace.
func units() []unit {
	return []unit{
		{"Bappeda", "Kepala Bidang Perencanaan", []string{"A1"}},
		{"BKPSDM", "Kepala Bidang Pengembangan SDM", []string{"A2"}},
		{"Diskominfo", "Kepala Bidang Aplikasi Informatika", []string{"A3", "A5"}},
		{"Diskominfo — Persandian", "Kepala Bidang Persandian dan Statistik", []string{"A4"}},
		{"DPMPTSP", "Kepala Bidang Pelayanan", []string{"A6"}},
		{"Bagian Organisasi", "Kepala Bagian Organisasi", []string{"A7"}},
	}
}

// claimed returns the level Rembang's units claim for indicator number:
// the illustrative self-assessment of examples/rembang. Indicator 5 takes
// its level from the Satu Data Indonesia score instead (0).
func claimed(number int) spbe.Level {
	return [...]spbe.Level{0, 4, 3, 3, 4, 0, 3, 3, 3, 2, 3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4}[number]
}

// levelWork says what level l asks for, as the working lists phrase it:
// the item (a format for the indicator's name) and its concrete output.
func levelWork(l spbe.Level) (item, output string) {
	w := [...][2]string{
		1: {"Konsep awal %s", "Draf konsep atau kajian awal"},
		2: {"Kebijakan %s ditetapkan", "Peraturan/Keputusan Bupati yang ditetapkan"},
		3: {"Pelaksanaan %s di seluruh perangkat daerah", "Laporan pelaksanaan dengan bukti kegiatan"},
		4: {"Reviu dan evaluasi berkala %s", "Laporan reviu/evaluasi beserta tindak lanjut"},
		5: {"Perbaikan berkelanjutan %s", "Dokumen perbaikan dan inovasi yang diterapkan"},
	}[l]
	return w[0], w[1]
}

// Rembang2026 returns the illustrative evidence workspace of Kabupaten
// Rembang for the 2026 evaluation under PermenPANRB 8/2026: for every
// indicator and level one main item (two at level 3) and one supporting
// item, produced by six units; the levels claimed as in the illustrative
// self-assessment of examples/rembang; the evidence accepted below each
// claim and under review, sent back or not yet uploaded at and above it, so
// that the evidenced index lags the claimed one; due dates through 2026,
// some of them passed by 30 November 2026; indicator 5 valued from a Satu
// Data Indonesia score of 70, indicators 6, 7 and 18 waiting for theirs.
// Each call returns a new workspace.
func Rembang2026() *workspace.Workspace {
	fw, err := spbe.Lookup(spbe.PermenPANRB8of2026)
	if err != nil {
		panic(err) // a built-in framework
	}
	w := &workspace.Workspace{
		Instansi: "Pemerintah Kabupaten Rembang", Year: 2026, Framework: fw.ID(), Target: "4.00", Illustrative: true,
		Outside: []workspace.Outside{{Indicator: 5, Score: &spbe.ExternalScore{Source: spbe.SourceSDI, Score: "70"}}},
	}
	for _, ind := range fw.Indicators() {
		if c := claimed(ind.Number); c > 0 {
			w.Claims = append(w.Claims, workspace.Claim{Indicator: ind.Number, Level: c})
		}
		unit, responsible := unitOf(ind.Aspect)
		name := ind.Name.In(smartcity.Indonesian)
		for l := spbe.Level(1); l <= fw.MaxLevel(); l++ {
			title, output := levelWork(l)
			mains := 1
			if l == 3 {
				mains = 2
			}
			for no := 1; no <= mains+1; no++ {
				it := workspace.Item{
					ID: fmt.Sprintf("%d.%d.%d", ind.Number, l, no), Indicator: ind.Number, Level: l, No: no,
					Title: fmt.Sprintf(title, name), Output: output,
					Responsible: responsible, Unit: unit, Main: no <= mains,
					Due: smartcity.Date{Year: 2026, Month: dueMonth(l), Day: 15 + ind.Number%10},
				}
				if !it.Main {
					it.Title, it.Output = "Dokumentasi pendukung: "+it.Title, "Foto, notulen atau tangkapan layar"
				}
				review(&it, claimed(ind.Number))
				w.Items = append(w.Items, it)
			}
		}
	}
	return w
}

// dueMonth returns the month of 2026 by which level l's items are due:
// March for level 1 to December for level 5.
func dueMonth(l spbe.Level) time.Month {
	return [...]time.Month{0, time.March, time.May, time.July, time.September, time.December}[l]
}

// unitOf returns the unit that produces the evidence of aspect and who
// answers for it there.
func unitOf(aspect string) (unit, responsible string) {
	all := units()
	for _, u := range all {
		for _, a := range u.aspects {
			if a == aspect {
				return u.name, u.responsible
			}
		}
	}
	return all[0].name, all[0].responsible
}

// review gives an item its document, status and history: accepted below
// the claim minus one level, and at the claim's level one of the states of
// a review under way, by the item's indicator; above the claim nothing yet.
func review(it *workspace.Item, claim spbe.Level) {
	it.Status = workspace.Belum
	var path []workspace.Status
	switch gap := int(claim) - int(it.Level); {
	case claim == 0 || gap < 0:
		return
	case gap >= 1 || it.Indicator%4 == 0:
		path = []workspace.Status{workspace.Draf, workspace.Proses, workspace.Diterima}
	case it.Indicator%4 == 1:
		path = []workspace.Status{workspace.Draf, workspace.Proses}
	case it.Indicator%4 == 2:
		path = []workspace.Status{workspace.Draf, workspace.Proses, workspace.Revisi}
	default:
		path = []workspace.Status{workspace.Draf}
	}
	at := time.Date(2026, it.Due.Month-1, 10, 9, 0, 0, 0, time.UTC)
	for _, to := range path {
		if to == workspace.Draf {
			it.Document = Document(it.ID)
		}
		c := workspace.Change{At: at, By: "pelaksana", To: to}
		switch to {
		case workspace.Diterima:
			c.By = "asesor"
		case workspace.Revisi:
			c.By, c.Revision, c.Reason = "asesor", workspace.TidakTepat, "Dokumen belum ditandatangani; unggah versi yang sudah ditetapkan."
		}
		if err := it.Move(c); err != nil {
			panic(err) // the paths above are the review's
		}
		at = at.Add(72 * time.Hour)
	}
}

// Document returns the illustrative document of the item id: a file named
// after the item, with the SHA-256 of FileContent(id).
func Document(id string) *spbe.Evidence {
	sum := sha256.Sum256(FileContent(id))
	return &spbe.Evidence{Title: "Dokumen ilustratif " + id, File: "bukti-" + id + ".pdf", SHA256: hex.EncodeToString(sum[:])}
}

// FileContent returns the content of the illustrative document of the item
// id: a one-page PDF that says it is an illustration.
func FileContent(id string) []byte {
	text := "Dokumen ilustratif butir " + id + " - bukan dokumen resmi Kabupaten Rembang"
	stream := fmt.Sprintf("BT /F1 12 Tf 40 780 Td (%s) Tj ET", text)
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(stream), stream),
		"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
	}
	out := []byte("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for k, o := range objs {
		offsets[k] = len(out)
		out = fmt.Appendf(out, "%d 0 obj\n%s\nendobj\n", k+1, o)
	}
	xref := len(out)
	out = fmt.Appendf(out, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		out = fmt.Appendf(out, "%010d 00000 n \n", off)
	}
	return fmt.Appendf(out, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
}
