package web

import (
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// pdf is the start of a PDF file, enough for the sniffer.
var pdf = []byte("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n")

func TestUploadAndDownload(t *testing.T) {
	p := newPortal(t, 0)
	c := p.login("diskominfo")
	id := p.firstItem("Diskominfo", workspace.Belum).Item.ID
	status, _ := c.postFile("/item/"+id+"/upload", url.Values{"version": {p.version(id)}, "title": {"SK Tim SPBE"}}, "file", "sk tim spbe.pdf", pdf)
	require.Equal(t, http.StatusSeeOther, status)
	sum := sha256.Sum256(pdf)
	hash := hex.EncodeToString(sum[:])
	it := p.item(id).Item
	require.Equal(t, workspace.Draf, it.Status)
	require.Equal(t, &spbe.Evidence{Title: "SK Tim SPBE", File: "sk tim spbe.pdf", SHA256: hash}, it.Document)
	kept, err := os.ReadFile(filepath.Join(p.files, hash))
	require.NoError(t, err)
	require.Equal(t, pdf, kept)
	leftovers, _ := filepath.Glob(filepath.Join(p.files, ".upload-*"))
	require.Empty(t, leftovers)

	res, err := c.http.Get(p.ts.URL + "/files/" + hash)
	require.NoError(t, err)
	res.Body.Close()
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Equal(t, "application/pdf", res.Header.Get("Content-Type"))
	require.Equal(t, `attachment; filename="sk tim spbe.pdf"`, res.Header.Get("Content-Disposition"))

	status, _ = c.get("/files/" + strings.Repeat("0", 64))
	require.Equal(t, http.StatusNotFound, status)
	status, _ = c.get("/files/..%2f..%2fportal.db")
	require.Equal(t, http.StatusNotFound, status)

	// The type is sniffed from the bytes, whatever the name says.
	status, _ = c.postFile("/item/"+id+"/upload", url.Values{"version": {p.version(id)}}, "file", "laporan.pdf", []byte("<html><script>alert(1)</script></html>"))
	require.Equal(t, http.StatusUnsupportedMediaType, status)
	status, _ = c.postFile("/item/"+id+"/upload", url.Values{"version": {p.version(id)}}, "file", "data.zip", []byte("PK\x03\x04rest of a zip"))
	require.Equal(t, http.StatusUnsupportedMediaType, status, "a zip is accepted only as an XLSX or DOCX")
	status, _ = c.postFile("/item/"+id+"/upload", url.Values{"version": {p.version(id)}}, "file", "catatan.txt", []byte("catatan rapat"))
	require.Equal(t, http.StatusSeeOther, status)

	// Submitted, it goes to the review queue.
	status, _ = c.postForm("/item/"+id+"/submit", url.Values{"version": {p.version(id)}})
	require.Equal(t, http.StatusSeeOther, status)
	_, body := p.login("asesor").get("/review")
	require.Contains(t, body, "/item/"+id+"/review")
}

func TestUploadNameWithPathIsRefused(t *testing.T) {
	p := newPortal(t, 0)
	c := p.login("diskominfo")
	id := p.firstItem("Diskominfo", workspace.Belum).Item.ID
	before := p.item(id)
	kept, _ := os.ReadDir(p.files)
	for _, name := range []string{"../../etc/passwd.pdf", `C:\Users\budi\sk.pdf`, "bukti/sk.pdf", "..", "sk\x00.pdf", "sk\u202egpj.pdf", ""} {
		status, body := c.postFile("/item/"+id+"/upload", url.Values{"version": {p.version(id)}}, "file", name, pdf)
		if strings.ContainsRune(name, 0) {
			// The multipart reader refuses the part's header itself.
			require.Equal(t, http.StatusBadRequest, status, "%q", name)
			continue
		}
		require.Equal(t, http.StatusUnprocessableEntity, status, "%q", name)
		require.Contains(t, body, "Ditolak", "%q", name)
	}
	require.Equal(t, before, p.item(id), "nothing changed")
	entries, _ := os.ReadDir(p.files)
	require.Len(t, entries, len(kept), "nothing kept")
}

func TestOversizedUploadIsRefused(t *testing.T) {
	p := newPortal(t, 4096)
	c := p.login("diskominfo")
	id := p.firstItem("Diskominfo", workspace.Belum).Item.ID
	big := append(append([]byte{}, pdf...), make([]byte, 5000)...)
	status, body := c.postFile("/item/"+id+"/upload", url.Values{"version": {p.version(id)}}, "file", "besar.pdf", big)
	require.Equal(t, http.StatusRequestEntityTooLarge, status)
	require.Contains(t, body, "batas ukuran")
	huge := make([]byte, 3<<20) // past the limit of the whole body too
	copy(huge, pdf)
	status, _ = c.postFile("/item/"+id+"/upload", url.Values{"version": {p.version(id)}}, "file", "besar.pdf", huge)
	require.Equal(t, http.StatusRequestEntityTooLarge, status)
	require.Nil(t, p.item(id).Item.Document)
}
