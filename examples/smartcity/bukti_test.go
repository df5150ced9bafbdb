package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/xuri/excelize/v2"

	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// The workspaces bukti status reads: Rembang's illustrative working list
// as the workbook the Rembang example reads, and a small JSON workspace.
const (
	rembangEvidence = "../rembang/bukti-dukung-2026.xlsx"
	contohWorkspace = "testdata/bukti/contoh.json"
)

func buktiTestdata(name string) string { return "testdata/bukti/" + name }

func TestBuktiStatusGolden(t *testing.T) {
	goldenCases(t, "bukti", []string{"bukti", "status", "--today", "2026-11-30"}, []goldenCase{
		{"status-rembang.id.txt", []string{rembangEvidence}},
		{"status-rembang-fewest.en.txt", []string{"--lang", "en", "--fewest", rembangEvidence}},
		{"status-contoh.id.txt", []string{"--target", "0.40", contohWorkspace}},
		{"status-contoh.en.txt", []string{"--target", "0,40", "--lang", "en", contohWorkspace}},
		{"status-contoh.json", []string{"--json", "--target", "0.40", contohWorkspace}},
	})
}

// The JSON is the standing and the way as the library writes them; the
// way is left out without a target.
func TestBuktiStatusJSON(t *testing.T) {
	out := runOK(t, "", "bukti", "status", "--json", "--today", "2026-11-30", rembangEvidence)
	var got struct {
		Standing struct {
			Instansi  string `json:"instansi"`
			Ilustrasi bool   `json:"ilustrasi"`
			Today     string `json:"today"`
			Evidenced struct {
				Index     string `json:"index"`
				Predicate string `json:"predicate"`
			} `json:"evidenced"`
			Claimed struct {
				Index string `json:"index"`
			} `json:"claimed"`
		} `json:"standing"`
		Way *struct {
			Items  int `json:"items"`
			Result struct {
				Index string `json:"index"`
			} `json:"result"`
			Units []struct {
				Unit string `json:"unit"`
			} `json:"units"`
		} `json:"way"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got))
	assert.Equal(t, "Pemerintah Kabupaten Rembang", got.Standing.Instansi)
	assert.True(t, got.Standing.Ilustrasi)
	assert.Equal(t, "2026-11-30", got.Standing.Today)
	assert.Equal(t, "2.90", got.Standing.Evidenced.Index, "indicator 5 takes its SDI score from the sheet Nilai Luar")
	assert.Equal(t, "3.65", got.Standing.Claimed.Index)
	require.NotNil(t, got.Way, "the list names its target")
	assert.Equal(t, 21, got.Way.Items)
	assert.Equal(t, "4.00", got.Way.Result.Index)
	assert.Len(t, got.Way.Units, 5)

	doc, err := os.ReadFile(contohWorkspace)
	require.NoError(t, err)
	noTarget := strings.Replace(string(doc), `"target": "3.00",`, "", 1)
	out = runOK(t, noTarget, "bukti", "status", "--json", "--today", "2026-11-30", "-")
	assert.Contains(t, out, `"standing"`)
	assert.NotContains(t, out, `"way"`)
	out = runOK(t, noTarget, "bukti", "status", "--lang", "en", "--today", "2026-11-30", "-")
	assert.Contains(t, out, "No target: give --target")
}

// A target the evidence cannot reach is a finding: the way is printed,
// as close as it comes, and the exit code is 1.
func TestBuktiStatusTargetNotReached(t *testing.T) {
	code, out, errOut := runCLI(t, "", "bukti", "status", "--today", "2026-11-30", contohWorkspace)
	assert.Equal(t, exitFinding, code)
	assert.Empty(t, errOut)
	assert.Contains(t, out, "Target tidak dapat dicapai dengan bukti: paling jauh indeks 0,44 Kurang.")
}

// Without --today the day is the run's clock's.
func TestBuktiStatusTodayFromTheClock(t *testing.T) {
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut,
		now: func() time.Time { return time.Date(2026, 5, 17, 9, 0, 0, 0, time.UTC) }}
	code := e.dispatch("smartcity", []string{"bukti", "status", "--target", "0.40", contohWorkspace}, commands())
	require.Equal(t, exitOK, code, errOut.String())
	assert.Contains(t, out.String(), "Per 17 Mei 2026: 3 butir, 1 diterima, 0 proses verifikasi, 1 revisi, 1 lewat tenggat.")
	assert.Contains(t, out.String(), "SK Tim Koordinasi Pemdi  16 Mei 2026  Revisi, lewat tenggat")
}

// --format xlsx writes the working list, which reads back to the same
// items (without their history) and the same standing of the evidence.
func TestBuktiStatusWorkbookRoundTrip(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "bukti.xlsx")
	assert.Empty(t, runOK(t, "", "bukti", "status", "--format", "xlsx", "-o", book, contohWorkspace))
	data, err := os.ReadFile(book)
	require.NoError(t, err)
	back, err := workspace.ReadTable(bytes.NewReader(data), workspace.ReadOptions{})
	require.NoError(t, err)
	doc, err := os.ReadFile(contohWorkspace)
	require.NoError(t, err)
	orig, err := workspace.Unmarshal(doc)
	require.NoError(t, err)
	for i := range orig.Items {
		orig.Items[i].History = nil
	}
	assert.Equal(t, orig.Items, back.Items)
	assert.Equal(t, orig.Claims, back.Claims)
	assert.Equal(t, orig.Outside, back.Outside, "the sheet Nilai Luar keeps the outside values")

	// The workbook is read as the JSON is.
	fromJSON := runOK(t, "", "bukti", "status", "--today", "2026-11-30", "--target", "0.20", contohWorkspace)
	fromBook := runOK(t, "", "bukti", "status", "--today", "2026-11-30", "--target", "0.20", book)
	assert.Equal(t, fromJSON, fromBook)

	// Never to a terminal, and not with --json.
	runFails(t, "", exitUsage, []string{"bukti", "status", "--format", "xlsx", "--json", contohWorkspace}, "--json tidak berlaku untuk --format xlsx")
	runFails(t, "", exitUsage, []string{"bukti", "status", "--format", "pdf", contohWorkspace}, "--format harus text atau xlsx")
}

// Every problem of an invalid workspace is listed at its place, in the
// language --lang chose, and nothing is printed: exit 1. A file that
// cannot be read, or a bad flag, is exit 2.
func TestBuktiStatusInvalid(t *testing.T) {
	doc, err := os.ReadFile(contohWorkspace)
	require.NoError(t, err)
	bad := strings.NewReplacer(`"id": "2.1.1"`, `"id": "1.1.1"`, `"unit": "Setda"`, `"unit": ""`,
		`"level": 2, "title"`, `"level": 9, "title"`).Replace(string(doc))
	runFails(t, bad, exitFinding, []string{"bukti", "status", "-"},
		"smartcity bukti status: - tidak valid:", "items[2].id", "items[1].level", "items[1].unit")
	runFails(t, bad, exitFinding, []string{"bukti", "status", "--lang", "en", "-"},
		"smartcity bukti status: - is not valid:", "items[2].id", "items[1].level")
	runFails(t, `{"instansi": "X", "tahun": 2026, "items": [], "extra": 1}`, exitFinding, []string{"bukti", "status", "-"}, "extra")
	runFails(t, strings.Replace(string(doc), `"status": "draf"`, `"status": "selesai"`, 1), exitFinding,
		[]string{"bukti", "status", "--lang", "en", "-"}, "line 20, column 51: field items[2].status: unknown status \"selesai\"")
	runFails(t, `{"instansi": `, exitFinding, []string{"bukti", "status", "-"}, "smartcity bukti status:")

	csv := "Instansi;Pemerintah Kabupaten Contoh\nTahun;2026\n\n" +
		"Indikator;Level Kematangan;Item Bukti Dukung;Unit Kerja;Status\n" +
		"1;1;Konsep tata kelola;Bappeda;Diterima\n" +
		"1;7;SK Tim;;Entah\n"
	runFails(t, csv, exitFinding, []string{"bukti", "status", "-"}, "baris 6, kolom 2 (Level Kematangan)", "baris 6, kolom 4 (Unit Kerja)")
	runFails(t, csv, exitFinding, []string{"bukti", "status", "--lang", "en", "-"}, "line 6, column 5 (Status): unknown status \"Entah\"")

	runFails(t, "", exitUsage, []string{"bukti", "status", buktiTestdata("missing.json")}, "missing.json")
	runFails(t, "", exitUsage, []string{"bukti", "status"}, "FILE ruang kerja wajib diberikan")
	runFails(t, "", exitUsage, []string{"bukti", "status", "--today", "30/11/2026", contohWorkspace}, "--today")
	runFails(t, "", exitUsage, []string{"bukti", "status", "--target", "tinggi", contohWorkspace}, "--target")
	runFails(t, "", exitUsage, []string{"bukti", "status", "--lang", "en", "--framework", "no-such", contohWorkspace}, "--framework")
	runFails(t, "", exitUsage, []string{"bukti", "nothing"}, "perintah \"nothing\" tidak dikenal")
}

// The README's sample of bukti status is what the command prints: each
// line it shows is a line of the golden output of the same command.
func TestBuktiStatusReadmeSample(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	require.NoError(t, err)
	_, section, ok := strings.Cut(string(data), "\n### `smartcity bukti status`\n")
	require.True(t, ok)
	_, block, ok := strings.Cut(section, "```text\n$ smartcity bukti status --today 2026-11-30 examples/rembang/bukti-dukung-2026.xlsx\n")
	require.True(t, ok, "the README shows the Rembang working list")
	block, _, _ = strings.Cut(block, "```")
	golden, err := os.ReadFile(buktiTestdata("status-rembang.id.txt"))
	require.NoError(t, err)
	lines := strings.Split(string(golden), "\n")
	for _, l := range strings.Split(strings.TrimSuffix(block, "\n"), "\n") {
		if l != "…" {
			assert.Contains(t, lines, l)
		}
	}
}

// template bukti writes the working list to fill in, which bukti status
// reads back: blank, it names its instansi and year and holds no item;
// filled in as a unit fills it, its items stand as the workspace says.
func TestTemplateBuktiReadsBack(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "bukti.xlsx")
	runOK(t, "", "template", "bukti", "--instansi", "Pemerintah Kabupaten Contoh", "--tahun", "2026", "--framework", "permenpanrb-8-2026", "-o", name)
	out := runOK(t, "", "bukti", "status", "--today", "2026-11-30", name)
	assert.Contains(t, out, "Bukti dukung Pemerintah Kabupaten Contoh, 2026")
	assert.Contains(t, out, "Per 30 November 2026: 0 butir")
	assert.Contains(t, out, "Tidak ada target")

	f := openWorkbook(t, name)
	rows := sheetOf(t, f, "Bukti Dukung")
	header := 0
	for r, row := range rows {
		if len(row) > 0 && row[0] == "Indikator" {
			header = r + 1
		}
	}
	require.Positive(t, header)
	assert.Equal(t, workspace.Headers(), rows[header-1])
	for k, cells := range [][]any{
		{1, "Merintis", 1, "Konsep tata kelola Pemdi", "Kajian", "Kabid", "Bappeda", "Diterima", "Ya", "2026-03-16", "", "kajian.pdf"},
		{1, 2, 1, "SK Tim Koordinasi Pemdi", "SK Bupati", "Kabag Hukum", "Setda", "Proses verifikasi", "Ya", "2026-05-16", "", "sk.pdf"},
	} {
		for j, v := range cells {
			cell, err := excelize.CoordinatesToCellName(j+1, header+1+k)
			require.NoError(t, err)
			require.NoError(t, f.SetCellValue("Bukti Dukung", cell, v))
		}
	}
	require.NoError(t, f.SetCellValue("Bukti Dukung", "B4", "0.20"))
	require.NoError(t, f.Save())
	code, out, errOut := runCLI(t, "", "bukti", "status", "--today", "2026-11-30", "--lang", "en", name)
	require.Equal(t, exitOK, code, errOut+out)
	assert.Contains(t, out, "As of 30 November 2026: 2 items, 1 accepted, 1 in review, 0 sent back, 1 overdue.")
	assert.Contains(t, out, "The way to the target 0.20: 1 item(s) in 1 unit(s); once all are accepted, the index is 0.24 poor.")
	assert.Contains(t, out, "1.2.1  Ind. 1  level 2  SK Tim Koordinasi Pemdi  16 May 2026  under review, overdue")
}
