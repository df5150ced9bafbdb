// Command portal is a reference web portal for a region's evidence
// workspace (bukti dukung) under the Indeks Pemerintah Digital: units upload
// their documents, the internal assessor reviews them, and the dashboard
// shows the index the accepted evidence earns beside the one claimed, and
// the documents still missing on the way to the target, unit by unit.
//
// It is the proof that the smartcity library embeds into a real product:
// one binary, one SQLite file, no JavaScript.
//
//	go run ./examples/portal -demo
//
// serves an illustrative Rembang workspace on http://127.0.0.1:8080 with
// demonstration accounts (koordinator, asesor, and a pelaksana per unit:
// bappeda, bkpsdm, diskominfo, persandian, dpmptsp, organisasi), each
// signing in with its login as its password.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/kotacerdas/smartcity/examples/portal/internal/auth"
	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
	"github.com/kotacerdas/smartcity/examples/portal/internal/web"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stderr, nil)
	stop()
	if errors.Is(err, flag.ErrHelp) {
		os.Exit(2)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "portal:", err)
		os.Exit(1)
	}
}

// run serves until ctx is done (SIGINT or SIGTERM), then lets the requests
// in flight finish. ready, when not nil, is told the address served once
// the server listens.
func run(ctx context.Context, args []string, stderr io.Writer, ready func(addr string)) error {
	fs := flag.NewFlagSet("portal", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to serve on")
	db := fs.String("db", "portal.db", "SQLite database file, created on first start")
	files := fs.String("files", "", "folder of the evidence files (default: a folder beside the database, DB.files)")
	demo := fs.Bool("demo", false, "load the illustrative Rembang workspace and its demonstration accounts into an empty database")
	maxUpload := fs.Int64("max-upload", web.DefaultMaxUpload, "largest upload accepted, in bytes")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if *files == "" {
		*files = filepath.Join(filepath.Dir(*db), filepath.Base(*db)+".files")
	}
	logger := log.New(stderr, "portal: ", log.LstdFlags)
	st, err := store.Open(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if *demo {
		seeded, err := web.SeedDemo(ctx, st, *files, auth.DefaultParams())
		if err != nil {
			return err
		}
		if seeded {
			logger.Printf("loaded the illustrative Rembang workspace; accounts %s (password = login)", demoLogins())
		} else {
			logger.Printf("%s holds a workspace already; -demo left it as it is", *db)
		}
	}
	if err := firstAccount(ctx, st, logger); err != nil {
		return err
	}
	srv, err := web.New(web.Config{Store: st, Files: *files, MaxUpload: *maxUpload})
	if err != nil {
		return err
	}
	hs := &http.Server{
		Addr: *addr, Handler: srv,
		ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 5 * time.Minute, WriteTimeout: 5 * time.Minute,
		IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10,
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	logger.Printf("serving http://%s (database %s, files %s)", ln.Addr(), *db, *files)
	if ready != nil {
		ready(ln.Addr().String())
	}
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Printf("shutting down")
	shut, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := hs.Shutdown(shut); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// demoLogins lists the demonstration's logins.
func demoLogins() string {
	var ls []string
	for _, a := range web.DemoAccounts() {
		ls = append(ls, a.Login)
	}
	return strings.Join(ls, ", ")
}

// firstAccount gives a database without accounts its first koordinator,
// with a random password said once in the log, so that a portal started
// without -demo can be signed in to.
func firstAccount(ctx context.Context, st *store.Store, logger *log.Logger) error {
	users, err := st.Users(ctx)
	if err != nil || len(users) > 0 {
		return err
	}
	password, err := auth.NewToken()
	if err != nil {
		return err
	}
	password = password[:20]
	hash, err := auth.Hash(password, auth.DefaultParams())
	if err != nil {
		return err
	}
	if _, err := st.CreateUser(ctx, store.User{Login: "koordinator", Name: "Koordinator", Role: store.Koordinator}, hash); err != nil {
		return err
	}
	logger.Printf("created the first account: login koordinator, password %s (shown once)", password)
	return nil
}
