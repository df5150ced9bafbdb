package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// Why an upload is refused.
var (
	errNoFile   = i18n.New(messagesID, "no file was sent")
	errFileType = i18n.New(messagesID, "files of this type are not accepted: PDF, PNG, JPEG, XLSX, DOCX or plain text only")
)

// upload keeps an item's document: the file is stored under its SHA-256,
// recorded, and set as the item's document, which turns the item into a
// draft.
func (s *Server) upload(c *call) {
	ctx := c.r.Context()
	id := c.r.PathValue("id")
	version, err := formVersion(c.r)
	if err != nil {
		s.fail(c, http.StatusBadRequest, "err_bad_form", err)
		return
	}
	cur, err := s.st.Item(ctx, id)
	if err == nil && !canWork(c.user, &cur.Item) {
		err = errForbidden
	}
	if err != nil {
		st, key := httpStatus(err)
		s.fail(c, st, key, err)
		return
	}
	fh, name, err := formFile(c.r, "file")
	if err != nil {
		s.fail(c, http.StatusUnprocessableEntity, "err_refused", err)
		return
	}
	if fh.Size > s.maxUpload {
		s.fail(c, http.StatusRequestEntityTooLarge, "err_too_large", nil)
		return
	}
	sum, media, size, err := s.keep(fh, name)
	if errors.Is(err, errFileType) {
		s.fail(c, http.StatusUnsupportedMediaType, "err_refused", err)
		return
	}
	if err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	if err := s.st.RecordFile(ctx, sum, name, media, size, c.user); err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	doc := document(clean(c.r.PostFormValue("title")), name, sum)
	_, err = s.st.UpdateItem(ctx, c.user, id, version, "upload", func(it *workspace.Item) error {
		if !canWork(c.user, it) {
			return errForbidden
		}
		it.Document = doc
		if statusOrBelum(it.Status) != workspace.Draf {
			return it.Move(workspace.Change{At: s.now().UTC(), By: c.user.Login, To: workspace.Draf, Reason: name})
		}
		return nil
	})
	s.changed(c, id, err)
}

// formFile returns the form's file field and its checked name, read from
// the part's own header: the standard library trims a name to its base,
// and a name with a path is to be refused, not trimmed.
func formFile(r *http.Request, field string) (*multipart.FileHeader, string, error) {
	if r.MultipartForm == nil || len(r.MultipartForm.File[field]) != 1 {
		return nil, "", errNoFile
	}
	fh := r.MultipartForm.File[field][0]
	raw := fh.Filename
	if _, params, err := mime.ParseMediaType(fh.Header.Get("Content-Disposition")); err == nil {
		if n, ok := params["filename"]; ok {
			raw = n
		}
	}
	name, err := fileName(raw)
	if err != nil {
		return nil, "", err
	}
	return fh, name, nil
}

// keep stores an uploaded file in the files folder (writeFile) if its type
// is accepted, and returns its digest, its media type sniffed from its
// bytes, and its size.
func (s *Server) keep(fh *multipart.FileHeader, name string) (sum, media string, size int64, err error) {
	f, err := fh.Open()
	if err != nil {
		return "", "", 0, err
	}
	defer f.Close()
	head := make([]byte, 512)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return "", "", 0, err
	}
	head = head[:n]
	media, ok := sniff(head, name)
	if !ok {
		return "", "", 0, errFileType
	}
	sum, size, err = writeFile(s.files, io.MultiReader(bytes.NewReader(head), io.LimitReader(f, s.maxUpload)))
	if err != nil {
		return "", "", 0, err
	}
	return sum, media, size, nil
}

// writeFile keeps the bytes of r in dir under their SHA-256 — written to a
// temporary file in the same folder, synced, then renamed, so that a crash
// leaves either the whole file or none — and returns the digest and the
// size.
func writeFile(dir string, r io.Reader) (sum string, size int64, err error) {
	tmp, err := os.CreateTemp(dir, ".upload-*")
	if err != nil {
		return "", 0, err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	h := sha256.New()
	if size, err = io.Copy(io.MultiWriter(tmp, h), r); err != nil {
		return "", 0, err
	}
	if err = tmp.Sync(); err != nil {
		return "", 0, err
	}
	if err = tmp.Close(); err != nil {
		return "", 0, err
	}
	sum = hex.EncodeToString(h.Sum(nil))
	if err = os.Rename(tmp.Name(), filepath.Join(dir, sum)); err != nil {
		return "", 0, err
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return sum, size, nil
}

// sniff returns the media type of a file from its first bytes and its
// name, and whether the portal accepts it: PDF, PNG, JPEG, plain UTF-8
// text, and the zip of an XLSX or DOCX named so.
func sniff(head []byte, name string) (string, bool) {
	t := http.DetectContentType(head)
	switch t {
	case "application/pdf", "image/png", "image/jpeg", "text/plain; charset=utf-8":
		return t, true
	case "application/zip":
		switch strings.ToLower(filepath.Ext(name)) {
		case ".xlsx":
			return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true
		case ".docx":
			return "application/vnd.openxmlformats-officedocument.wordprocessingml.document", true
		}
	}
	return t, false
}

// download serves a kept file by its SHA-256, as an attachment of the type
// sniffed when it was uploaded.
func (s *Server) download(c *call) {
	sum := c.r.PathValue("sha")
	if !store.IsSHA256(sum) {
		s.fail(c, http.StatusNotFound, "err_not_found", nil)
		return
	}
	info, err := s.st.File(c.r.Context(), sum)
	if err != nil {
		st, key := httpStatus(err)
		s.fail(c, st, key, err)
		return
	}
	f, err := os.Open(filepath.Join(s.files, sum))
	if err != nil {
		s.fail(c, http.StatusNotFound, "err_not_found", nil)
		return
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		s.fail(c, http.StatusInternalServerError, "err_internal", err)
		return
	}
	h := c.w.Header()
	h.Set("Content-Type", info.MediaType)
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": info.Name}))
	h.Set("Cache-Control", "private, max-age=86400, immutable")
	http.ServeContent(c.w, c.r, "", fi.ModTime(), f)
}
