// Command rembang prints the smart-city overview of Kabupaten Rembang, Jawa
// Tengah, a region of the 2022 cohort of the Gerakan Menuju Smart City: who
// it is, when it joined, and the six pillars with their elements that its
// masterplan is organised by.
//
// The output is in Indonesian, the language of the region's documents. It
// is built from sections, each a function, printed in the order sections
// lists them.
//
// Usage:
//
//	rembang
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/pillar"
)

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "rembang:", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// errUsage marks errors in the command line.
var errUsage = errors.New("usage: rembang")

// run prints the overview to w. It takes no arguments.
func run(w io.Writer, args []string) error {
	if len(args) > 0 {
		return fmt.Errorf("unexpected argument %q: %w", args[0], errUsage)
	}
	r := rembang()
	p := &printer{w: w}
	for i, s := range sections() {
		if i > 0 {
			p.printf("\n")
		}
		p.printf("== %s ==\n", s.title)
		s.write(p, r)
	}
	return p.err
}

// section is one part of the overview.
type section struct {
	title string
	write func(p *printer, r region)
}

// sections lists the overview's sections in print order.
func sections() []section {
	return []section{
		{title: "Profil", write: writeProfile},
		{title: "Pilar dan elemen", write: writePillars},
	}
}

// region holds the facts about a region that the overview prints.
type region struct {
	name       string // the region's official name
	province   string
	kemendagri string    // the Ministry of Home Affairs' region code
	cohort     int       // the year the region joined the movement
	cohortSize int       // regions selected that year
	mou        time.Time // the day the MoU was signed
}

// rembang returns Kabupaten Rembang's facts.
func rembang() region {
	return region{
		name:       "Kabupaten Rembang",
		province:   "Jawa Tengah",
		kemendagri: "33.17",
		cohort:     2022,
		cohortSize: 50,
		mou:        time.Date(2022, time.April, 21, 0, 0, 0, 0, time.UTC),
	}
}

func writeProfile(p *printer, r region) {
	p.printf("%s, %s (Kemendagri %s)\n", r.name, r.province, r.kemendagri)
	p.printf("Gerakan Menuju Smart City angkatan %d (%d daerah)\n", r.cohort, r.cohortSize)
	p.printf("MoU: %s\n", tanggal(r.mou))
}

func writePillars(p *printer, _ region) {
	for pl := range pillar.All() {
		p.printf("%-9s %s\n", pl, pl.Name(smartcity.Indonesian))
		for e := range pl.Elements() {
			p.printf("  %-7s %s\n", e, e.Name(smartcity.Indonesian))
		}
	}
}

// bulan names the months in Indonesian; index 0 is unused.
var bulan = [...]string{"", "Januari", "Februari", "Maret", "April", "Mei", "Juni",
	"Juli", "Agustus", "September", "Oktober", "November", "Desember"}

// tanggal formats a date the Indonesian way: "21 April 2022".
func tanggal(t time.Time) string {
	return fmt.Sprintf("%d %s %d", t.Day(), bulan[t.Month()], t.Year())
}

// printer writes formatted text and keeps the first write error, so that
// sections need not check every line.
type printer struct {
	w   io.Writer
	err error
}

func (p *printer) printf(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}
