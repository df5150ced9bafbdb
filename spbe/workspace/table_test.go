package workspace_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/internal/workbook/workbooktest"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
	"github.com/kotacerdas/smartcity/spbe/workspace/workspacetest"
)

// withoutHistory is w as its workbook keeps it: the items without their
// history.
func withoutHistory(w *workspace.Workspace) *workspace.Workspace {
	c := *w
	c.Items = append([]workspace.Item(nil), w.Items...)
	for k := range c.Items {
		c.Items[k].History = nil
	}
	return &c
}

func TestWorkbookRoundTrip(t *testing.T) {
	w := workspacetest.Rembang2026()
	var buf bytes.Buffer
	require.NoError(t, w.WriteWorkbook(&buf))
	back, err := workspace.ReadTable(bytes.NewReader(buf.Bytes()), workspace.ReadOptions{})
	require.NoError(t, err)
	assert.Equal(t, withoutHistory(w), back)

	buf.Reset()
	require.NoError(t, w.WriteCSV(&buf))
	assert.True(t, strings.HasPrefix(buf.String(), "\uFEFFInstansi;Pemerintah Kabupaten Rembang"), buf.String()[:60])
	back, err = workspace.ReadTable(bytes.NewReader(buf.Bytes()), workspace.ReadOptions{})
	require.NoError(t, err)
	c := withoutHistory(w)
	c.Claims, c.Outside = nil, nil // the CSV holds the items only
	assert.Equal(t, c, back)
}

// A working list as a region keeps it: no ids, the indicator once above
// its rows, levels by name or merged down, dates as typed, extra columns.
func TestReadTableAsRegionsKeepIt(t *testing.T) {
	csv := "Instansi;Pemerintah Kabupaten Rembang\nTahun;2026\n\n" +
		"Indikator;Level Kematangan;No. Level;Item Bukti Dukung;Bentuk Output Nyata;Penanggung Jawab;Unit Kerja;Status;Batas Waktu;Dokumen;Keterangan\n" +
		"Indikator 1 — Tata Kelola Pemdi;;;;;;;;;;\n" +
		";1 - Merintis;1;Konsep tata kelola;Draf;Kabid Aplikasi;Diskominfo;Diterima;17/03/2026;Konsep <konsep.pdf>;\n" +
		";;2;Notulen rapat;Notulen;Kabid Aplikasi;Diskominfo;proses;2026-03-20;https://rembangkab.go.id/notulen;\n" +
		";Membangun;1;SK Tim SPBE;SK Bupati;Kabag Hukum;Setda;Belum diunggah;;;catatan\n" +
		"2;Level 1;;Kebijakan layanan;Perbup;;Bappeda;Revisi;;layanan.pdf;\n"
	var warnings smartcity.Problems
	_, err := workspace.ReadTable(strings.NewReader(csv), workspace.ReadOptions{Warnings: &warnings})
	require.Error(t, err, "the revisi has no reason")
	ps, ok := errors.AsType[smartcity.Problems](err)
	require.True(t, ok)
	require.Len(t, ps.Errors(), 1)
	assert.Equal(t, "reason", ps.Errors()[0].Rule)
	assert.Equal(t, 9, ps.Errors()[0].Line)
	assert.Equal(t, "unknown_column", ps[0].Rule, "a column not read is said, as a warning")
	assert.Equal(t, smartcity.Warning, ps[0].Severity)

	csv = strings.Replace(csv, ";Dokumen;Keterangan", ";Dokumen;Alasan", 1)
	csv = strings.Replace(csv, "layanan.pdf;\n", "layanan.pdf;Dokumen tidak tepat\n", 1)
	w, err := workspace.ReadTable(strings.NewReader(csv), workspace.ReadOptions{Warnings: &warnings})
	require.NoError(t, err)
	assert.Equal(t, "Pemerintah Kabupaten Rembang", w.Instansi)
	require.Len(t, w.Items, 4)
	one := w.Items[0]
	assert.Equal(t, workspace.Item{ID: "1.1.1", Indicator: 1, Level: 1, No: 1, Title: "Konsep tata kelola", Output: "Draf", Responsible: "Kabid Aplikasi",
		Unit: "Diskominfo", Main: true, Status: workspace.Diterima, Due: smartcity.MustParseDate("2026-03-17"),
		Document: &spbe.Evidence{Title: "Konsep", File: "konsep.pdf"}}, one)
	assert.Equal(t, "https://rembangkab.go.id/notulen", w.Items[1].Document.URL)
	assert.Equal(t, spbe.Level(1), w.Items[1].Level, "a blank level is the one above")
	assert.Equal(t, spbe.Level(2), w.Items[2].Level, "a level by its name")
	assert.Equal(t, workspace.Belum, w.Items[2].Status)
	assert.Equal(t, 2, w.Items[3].Indicator)
	assert.Equal(t, "2.1.1", w.Items[3].ID)
	assert.Equal(t, workspace.TidakTepat, w.Items[3].Revision)
	assert.Empty(t, warnings)
}

// Every problem at once, each at its cell, in the sheet's own words.
func TestReadTableProblemsAtTheirCells(t *testing.T) {
	w := workspacetest.Rembang2026()
	w.Items = w.Items[:3]
	w.Items[0].Level = 9
	w.Items[0].Document.File = "/etc/passwd"
	w.Items[1].Unit = ""
	var buf bytes.Buffer
	require.NoError(t, w.WriteWorkbook(&buf))
	_, err := workspace.ReadTable(bytes.NewReader(buf.Bytes()), workspace.ReadOptions{})
	require.Error(t, err)
	ps, ok := errors.AsType[smartcity.Problems](err)
	require.True(t, ok)
	var cells []string
	for _, p := range ps {
		cells = append(cells, p.Cell+" "+p.Rule)
		assert.Equal(t, "Bukti Dukung", p.Sheet)
		assert.Contains(t, p.Message(smartcity.Indonesian), "sel "+p.Cell)
	}
	assert.Equal(t, []string{"B8 level_range", "L8 reference", "G9 required"}, cells)
}

func TestReadTableRefusesHostileWorkbooks(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, workspacetest.Rembang2026().WriteWorkbook(&buf))
	for _, doc := range workbooktest.Hostile(buf.Bytes()) {
		_, err := workspace.ReadTable(bytes.NewReader(doc.Make()), workspace.ReadOptions{})
		assert.Error(t, err, doc.Name)
	}
}

// Whatever the bytes, ReadTable never panics; a list it reads is valid,
// and written again as a workbook reads back the same.
func FuzzReadTable(f *testing.F) {
	w := workspacetest.Rembang2026()
	w.Items = w.Items[:12]
	var csv, xlsx bytes.Buffer
	require.NoError(f, w.WriteCSV(&csv))
	require.NoError(f, w.WriteWorkbook(&xlsx))
	f.Add(csv.Bytes())
	f.Add(xlsx.Bytes())
	f.Add([]byte("Indikator;Level;Item Bukti Dukung;Unit Kerja\nIndikator 3;;;\n;Merintis;x;y\n;;z;y\n"))
	fw, err := spbe.Lookup(spbe.PermenPANRB8of2026)
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, data []byte) {
		w, err := workspace.ReadTable(bytes.NewReader(data), workspace.ReadOptions{Framework: fw, Instansi: "Kab. Uji", Year: 2026})
		if err != nil {
			return
		}
		require.Empty(t, w.Validate(fw).Errors())
		var buf bytes.Buffer
		require.NoError(t, w.WriteWorkbook(&buf))
		back, err := workspace.ReadTable(bytes.NewReader(buf.Bytes()), workspace.ReadOptions{Framework: fw})
		require.NoError(t, err)
		require.Equal(t, w, back)
	})
}

// An outside value the sheet Nilai Luar cannot read is said at its row.
func TestReadTableOutsideSheet(t *testing.T) {
	w := workspacetest.Rembang2026()
	w.Items = w.Items[:2]
	w.Outside = append(w.Outside, workspace.Outside{Indicator: 18, Level: 2}, workspace.Outside{Indicator: 6, Score: &spbe.ExternalScore{Source: spbe.SourceSJIG, Score: "9"}})
	var buf bytes.Buffer
	require.NoError(t, w.WriteWorkbook(&buf))
	_, err := workspace.ReadTable(bytes.NewReader(buf.Bytes()), workspace.ReadOptions{})
	ps, ok := errors.AsType[smartcity.Problems](err)
	require.True(t, ok, "%v", err)
	require.Len(t, ps, 1)
	assert.Equal(t, "Nilai Luar", ps[0].Sheet)
	assert.Equal(t, "outside", ps[0].Rule, "SJIG 9 is beyond its scale")
	w.Outside = w.Outside[:2]
	buf.Reset()
	require.NoError(t, w.WriteWorkbook(&buf))
	back, err := workspace.ReadTable(bytes.NewReader(buf.Bytes()), workspace.ReadOptions{})
	require.NoError(t, err)
	assert.Equal(t, w.Outside, back.Outside)
}
