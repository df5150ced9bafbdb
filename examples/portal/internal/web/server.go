package web

import (
	"errors"
	"html/template"
	"net/http"
	"os"
	"time"

	"github.com/kotacerdas/smartcity/examples/portal/internal/auth"
	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
)

// Config is what a Server needs.
type Config struct {
	// Store is the portal's database.
	Store *store.Store
	// Files is the folder the evidence files are kept in, each under its
	// SHA-256; it is created when missing.
	Files string
	// MaxUpload is the largest file accepted, in bytes; 20 MiB when 0.
	MaxUpload int64
	// Now is the clock; time.Now when nil.
	Now func() time.Time
	// SessionTTL is how long a session lasts; 12 hours when 0.
	SessionTTL time.Duration
}

// DefaultMaxUpload is the largest upload when Config.MaxUpload is 0.
const DefaultMaxUpload = 20 << 20

// Server serves the portal. It is safe for concurrent use.
type Server struct {
	st        *store.Store
	files     string
	maxUpload int64
	now       func() time.Time
	ttl       time.Duration
	pages     map[string]*template.Template
	backoff   *auth.Backoff
	mux       *http.ServeMux
}

// New returns a Server for cfg.
func New(cfg Config) (*Server, error) {
	if cfg.Store == nil || cfg.Files == "" {
		return nil, errors.New("web: a server needs a store and a folder for files")
	}
	if err := os.MkdirAll(cfg.Files, 0o750); err != nil {
		return nil, err
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	s := &Server{
		st: cfg.Store, files: cfg.Files, maxUpload: cfg.MaxUpload, now: cfg.Now, ttl: cfg.SessionTTL,
		pages: pages, backoff: auth.NewBackoff(3, 5*time.Minute),
	}
	if s.maxUpload <= 0 {
		s.maxUpload = DefaultMaxUpload
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.ttl <= 0 {
		s.ttl = 12 * time.Hour
	}
	s.routes()
	return s, nil
}

// ServeHTTP serves a request with the security headers every answer has.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("Cache-Control", "no-store")
	s.mux.ServeHTTP(w, r)
}

// routes lists every page and action.
func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /static/portal.css", serveCSS)
	m.HandleFunc("GET /login", s.loginPage)
	m.HandleFunc("POST /login", s.login)
	m.HandleFunc("POST /logout", s.action(s.logout))

	m.HandleFunc("GET /{$}", s.page(s.dashboard))
	m.HandleFunc("GET /indicator/{n}", s.page(s.indicatorPage))
	m.HandleFunc("GET /unit/{name}", s.page(s.unitPage))
	m.HandleFunc("GET /item/{id}", s.page(s.itemPage))
	m.HandleFunc("GET /review", s.page(s.reviewPage))
	m.HandleFunc("GET /audit", s.page(s.auditPage))
	m.HandleFunc("GET /transfer", s.page(s.transferPage))
	m.HandleFunc("GET /export/workspace.json", s.page(s.exportJSON))
	m.HandleFunc("GET /export/workspace.xlsx", s.page(s.exportWorkbook))
	m.HandleFunc("GET /export/workspace.csv", s.page(s.exportCSV))
	m.HandleFunc("GET /files/{sha}", s.page(s.download))

	m.HandleFunc("POST /item/{id}/edit", s.action(s.editItem))
	m.HandleFunc("POST /item/{id}/upload", s.action(s.upload))
	m.HandleFunc("POST /item/{id}/submit", s.action(s.submit))
	m.HandleFunc("POST /item/{id}/withdraw", s.action(s.withdraw))
	m.HandleFunc("POST /item/{id}/review", s.action(s.review))
	m.HandleFunc("POST /settings", s.action(s.settings))
	m.HandleFunc("POST /claim", s.action(s.claim))
	m.HandleFunc("POST /outside", s.action(s.outside))
	m.HandleFunc("POST /import", s.action(s.importWorkspace))
	m.HandleFunc("/", s.notFound)
	s.mux = m
}

// notFound answers a path the portal does not serve with its own page.
func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	c, _ := s.begin(w, r)
	s.fail(c, http.StatusNotFound, "err_not_found", nil)
}
