package main

import (
	"bytes"
	"context"
	"flag"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The portal starts on a fresh database with the demonstration, serves,
// and stops cleanly when asked; started again, it keeps what it has.
func TestRunServesAndStops(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "portal.db")
	for round := range 2 {
		ctx, cancel := context.WithCancel(context.Background())
		addrc := make(chan string, 1)
		errc := make(chan error, 1)
		var stderr bytes.Buffer
		go func() {
			errc <- run(ctx, []string{"-addr", "127.0.0.1:0", "-db", db, "-demo"}, &stderr, func(a string) { addrc <- a })
		}()
		var addr string
		select {
		case addr = <-addrc:
		case err := <-errc:
			cancel()
			t.Fatalf("round %d: %v", round, err)
		case <-time.After(time.Minute):
			cancel()
			t.Fatal("the portal did not start")
		}
		res, err := http.Get("http://" + addr + "/login")
		require.NoError(t, err)
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		require.Equal(t, http.StatusOK, res.StatusCode)
		require.Contains(t, string(body), "ILUSTRASI")
		cancel()
		require.NoError(t, <-errc)
	}
	_, err := os.Stat(filepath.Join(dir, "portal.db.files"))
	require.NoError(t, err, "the evidence folder lies beside the database")
}

func TestRunRefusesBadArguments(t *testing.T) {
	var stderr bytes.Buffer
	err := run(context.Background(), []string{"-nope"}, &stderr, nil)
	require.Error(t, err)
	require.Contains(t, stderr.String(), "-addr")
	err = run(context.Background(), []string{"-h"}, &stderr, nil)
	require.ErrorIs(t, err, flag.ErrHelp)
	err = run(context.Background(), []string{"extra"}, &stderr, nil)
	require.ErrorContains(t, err, "unexpected argument")
	require.False(t, strings.Contains(stderr.String(), "panic"))
}

// Started without -demo on a fresh database, the portal creates its first
// koordinator with a random password it says once, and shows an empty
// workspace that the koordinator can import.
func TestRunFirstAccount(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr bytes.Buffer
	addrc := make(chan string, 1)
	errc := make(chan error, 1)
	go func() {
		errc <- run(ctx, []string{"-addr", "127.0.0.1:0", "-db", filepath.Join(dir, "p.db")}, &stderr, func(a string) { addrc <- a })
	}()
	var addr string
	select {
	case addr = <-addrc:
	case err := <-errc:
		t.Fatal(err)
	}
	m := regexp.MustCompile(`login koordinator, password (\S+) \(shown once\)`).FindStringSubmatch(stderr.String())
	require.NotNil(t, m, stderr.String())
	jar, _ := cookiejar.New(nil)
	c := &http.Client{Jar: jar}
	res, err := c.Get("http://" + addr + "/login")
	require.NoError(t, err)
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	token := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindSubmatch(body)
	require.NotNil(t, token)
	res, err = c.PostForm("http://"+addr+"/login", url.Values{"login": {"koordinator"}, "password": {m[1]}, "csrf": {string(token[1])}})
	require.NoError(t, err)
	body, _ = io.ReadAll(res.Body)
	res.Body.Close()
	require.Equal(t, http.StatusOK, res.StatusCode)
	require.Contains(t, string(body), "Belum ada ruang kerja")
	require.Contains(t, string(body), `href="/transfer"`)
	cancel()
	require.NoError(t, <-errc)
}
