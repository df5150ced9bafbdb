package web

import (
	"bytes"
	"embed"
	"errors"
	"html/template"
	"io/fs"
	"log"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
	"github.com/kotacerdas/smartcity/internal/i18n"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static/portal.css
var css []byte

// serveCSS serves the portal's one style sheet.
func serveCSS(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	_, _ = w.Write(css)
}

// view is what every page's template gets: the page's own data in Data,
// and around it who reads, in which language, and the workspace's meta.
type view struct {
	Lang  smartcity.Lang
	Title string
	User  store.User
	In    bool
	CSRF  string
	Path  string
	Meta  store.Meta
	Data  any
}

// T returns the message key in the page's language.
func (v *view) T(key string) string { return message(v.Lang, key) }

// Koordinator, Asesor and Pelaksana say the reader's role.
func (v *view) Koordinator() bool { return v.In && v.User.Role == store.Koordinator }
func (v *view) Asesor() bool      { return v.In && v.User.Role == store.Asesor }
func (v *view) Pelaksana() bool   { return v.In && v.User.Role == store.Pelaksana }

// funcs are the templates' helpers; each takes the language it writes in.
var funcs = template.FuncMap{
	"index2": func(l smartcity.Lang, x smartcity.Number) string {
		if !x.IsValid() {
			return "–"
		}
		return l.Decimal(x.Format(2))
	},
	"date": func(l smartcity.Lang, d smartcity.Date) string {
		if d.IsZero() {
			return "–"
		}
		return l.Date(d.Year, d.Month, d.Day)
	},
	"target": func(l smartcity.Lang, s string) string { return l.Decimal(s) },
	"when": func(l smartcity.Lang, t time.Time) string {
		if t.IsZero() {
			return "–"
		}
		t = t.In(wib())
		return l.DateOf(t) + " " + t.Format("15:04") + " WIB"
	},
	"status":   func(l smartcity.Lang, s workspace.Status) string { return statusOrBelum(s).Name(l) },
	"revision": func(l smartcity.Lang, r workspace.Revision) string { return r.Name(l) },
	"count":    func(l smartcity.Lang, n int) string { return l.Thousands(int64(n)) },
	"done": func(l smartcity.Lang, p workspace.Progress) string {
		s, err := l.Percent(int64(p.Diterima), int64(p.Items), 0)
		if err != nil {
			return "–"
		}
		return s
	},
	"level": func(l spbe.Level) string {
		if l == 0 {
			return "0"
		}
		return l.String()
	},
	"statusClass": func(s workspace.Status) string { return "st-" + statusOrBelum(s).String() },
	"add":         func(a, b int) int { return a + b },
	"pathEsc":     url.PathEscape,
	"short": func(s string) string {
		if len(s) > 300 {
			return strings.ToValidUTF8(s[:300], "") + "…"
		}
		return s
	},
	"reviewArgs": func(v *view, id string, version int64, revs []workspace.Revision) reviewArgs {
		return reviewArgs{V: v, ID: id, Version: version, Revisions: revs}
	},
	"itemsArgs": func(v *view, items []itemRow) itemsArgs { return itemsArgs{V: v, Items: items} },
	"auditArgs": func(v *view, entries []store.AuditEntry) auditArgs { return auditArgs{V: v, Entries: entries} },
}

// reviewArgs are the review form's: the page, the item and its version.
type reviewArgs struct {
	V         *view
	ID        string
	Version   int64
	Revisions []workspace.Revision
}

// auditArgs are the audit table's: the page and the entries.
type auditArgs struct {
	V       *view
	Entries []store.AuditEntry
}

// itemsArgs are the item table's: the page and the rows.
type itemsArgs struct {
	V     *view
	Items []itemRow
}

// statusOrBelum reads the zero Status as Belum, as the workspace does.
func statusOrBelum(s workspace.Status) workspace.Status {
	if s == 0 {
		return workspace.Belum
	}
	return s
}

// parsePages parses each page's template with the layout around it.
func parsePages() (map[string]*template.Template, error) {
	layout, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/partials.html")
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		name := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if name == "layout" || name == "partials" {
			continue
		}
		t, err := template.Must(layout.Clone()).ParseFS(templateFS, n)
		if err != nil {
			return nil, err
		}
		pages[name] = t
	}
	return pages, nil
}

// render writes page with its data, the title a message key.
func (s *Server) render(c *call, status int, page, title string, data any) {
	v := &view{Lang: c.lang, User: c.user, In: c.in, CSRF: c.csrf, Path: c.r.URL.Path, Data: data}
	v.Title = v.T(title)
	if m, err := s.st.Meta(c.r.Context()); err == nil {
		v.Meta = m
	}
	var buf bytes.Buffer
	t := s.pages[page]
	if t == nil {
		http.Error(c.w, "no page "+page, http.StatusInternalServerError)
		return
	}
	if err := t.ExecuteTemplate(&buf, "layout.html", v); err != nil {
		log.Printf("portal: page %s: %v", page, err)
		http.Error(c.w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)
		return
	}
	c.w.Header().Set("Content-Type", "text/html; charset=utf-8")
	c.w.Header().Set("Content-Language", c.lang.String())
	c.w.WriteHeader(status)
	_, _ = buf.WriteTo(c.w)
}

// problem is what the error page shows: a message key and, when the
// library said more, its words in the reader's language.
type problem struct {
	Status int
	Key    string
	Detail string
	// Problems are a document's problems, one a line, the first few.
	Problems []string
}

// Problems an error page lists at most.
const maxProblems = 20

// fail answers with an error page; an internal error is logged and its
// detail kept from the reader.
func (s *Server) fail(c *call, status int, key string, err error) {
	p := problem{Status: status, Key: key}
	if err != nil {
		if status >= 500 {
			log.Printf("portal: %s %s: %v", c.r.Method, c.r.URL.Path, err)
		} else if ps := (smartcity.Problems)(nil); errors.As(err, &ps) {
			for _, q := range ps[:min(len(ps), maxProblems)] {
				line := q.Message(c.lang)
				if w := q.Where(c.lang); w != "" {
					line = w + ": " + line
				}
				p.Problems = append(p.Problems, line)
			}
		} else {
			p.Detail = smartcity.ErrorMessage(err, c.lang)
		}
	}
	s.render(c, status, "error", key, p)
}

// errForbidden: the account's role does not allow the action on the
// item as it is now.
var errForbidden = errors.New("forbidden")

// httpStatus returns the status and message key of an error of a change.
func httpStatus(err error) (int, string) {
	switch {
	case errors.Is(err, errForbidden):
		return http.StatusForbidden, "err_forbidden"
	case errors.Is(err, store.ErrConflict):
		return http.StatusConflict, "err_conflict"
	case errors.Is(err, store.ErrNotFound), errors.Is(err, errNoWorkspace):
		return http.StatusNotFound, "err_not_found"
	case errors.Is(err, workspace.ErrTransition), errors.Is(err, workspace.ErrReason),
		errors.Is(err, workspace.ErrNoDocument), errors.Is(err, workspace.ErrNoActor),
		errors.Is(err, store.ErrInvalid), errors.Is(err, store.ErrDuplicate), errors.Is(err, errInput):
		return http.StatusUnprocessableEntity, "err_refused"
	}
	return http.StatusInternalServerError, "err_internal"
}

// errInput: a form's value that cannot be read.
var errInput = i18n.New(messagesID, "invalid input")

// inputError says which field of a form could not be read.
func inputError(field string, err error) error {
	if err == nil {
		return i18n.Errorf(messagesID, "%w: %s", errInput, field)
	}
	return i18n.Errorf(messagesID, "%w: %s: %w", errInput, field, err)
}
