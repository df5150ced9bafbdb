package web

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity"
	"github.com/kotacerdas/smartcity/spbe"
	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// browser returns the path of a Chromium or Chrome to drive. Without one
// the test is skipped, except in CI (CI set), whose script installs one.
func browser(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no Chromium to drive: CI installs one")
	}
	t.Skip("no Chromium or Chrome on the PATH")
	return ""
}

// raiser returns the first item of ws in one of the statuses from whose
// acceptance, with a document, raises the evidenced index, and the
// standing after.
func raiser(t *testing.T, ws *workspace.Workspace, fw *spbe.Framework, opt workspace.Options, before *workspace.Standing, from ...workspace.Status) (workspace.Item, *workspace.Standing) {
	t.Helper()
	for k, it := range ws.Items {
		if !slices.Contains(from, statusOrBelum(it.Status)) {
			continue
		}
		w2 := *ws
		w2.Items = append([]workspace.Item(nil), ws.Items...)
		w2.Items[k].Status = workspace.Diterima
		if w2.Items[k].Document == nil {
			w2.Items[k].Document = &spbe.Evidence{Title: "x", File: "x.pdf"}
		}
		after, err := w2.Evaluate(fw, opt)
		require.NoError(t, err)
		if after.Evidenced.Index.Cmp(before.Evidenced.Index) > 0 {
			return it, after
		}
	}
	t.Fatal("the demonstration has no item whose acceptance raises the index")
	return workspace.Item{}, nil
}

// A real browser, headless: a pelaksana uploads the evidence an item
// lacks and submits it, the asesor accepts it, and the dashboard's
// evidenced index rises by exactly what the library computes.
func TestBrowserUploadAcceptRaisesIndex(t *testing.T) {
	if testing.Short() {
		t.Skip("drives a browser")
	}
	exe := browser(t)
	p := newPortal(t, 0)
	ctx := context.Background()
	ws, _, err := p.st.Workspace(ctx)
	require.NoError(t, err)
	fw, err := spbe.Lookup(ws.Framework)
	require.NoError(t, err)
	opt := workspace.Options{Today: smartcity.DateOf(testNow)}
	before, err := ws.Evaluate(fw, opt)
	require.NoError(t, err)
	it, after := raiser(t, ws, fw, opt, before, workspace.Belum, workspace.Revisi)
	var pelaksana string
	for _, a := range DemoAccounts() {
		if a.Unit == it.Unit {
			pelaksana = a.Login
		}
	}
	require.NotEmpty(t, pelaksana, "an account of unit %s", it.Unit)
	doc := filepath.Join(t.TempDir(), "sk-tim-spbe.pdf")
	require.NoError(t, os.WriteFile(doc, pdf, 0o600))

	alloc, cancel := chromedp.NewExecAllocator(ctx, append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()))...)
	defer cancel()
	bctx, cancel := chromedp.NewContext(alloc)
	defer cancel()
	// The first action starts the browser, which lives as long as its
	// context: no timeout there, one on what follows.
	require.NoError(t, chromedp.Do(bctx, chromedp.Navigate("about:blank")))
	bctx, cancel = context.WithTimeout(bctx, 2*time.Minute)
	defer cancel()

	url := p.ts.URL
	login := func(who string) chromedp.Action[chromedp.Void] {
		return chromedp.Steps(
			chromedp.Navigate(url+"/login"),
			chromedp.WaitVisible(`input[name=login]`),
			chromedp.SetValue(`input[name=login]`, who),
			chromedp.SetValue(`input[name=password]`, who),
			chromedp.Click(`form.login button[type=submit]`),
			chromedp.WaitVisible(`#evidenced`),
		)
	}
	logout := chromedp.Steps(chromedp.Click(`form.logout button`), chromedp.WaitVisible(`input[name=login]`))
	text := func(sel string) string {
		s, err := chromedp.Run(bctx, chromedp.Text(sel))
		require.NoError(t, err, sel)
		return strings.TrimSpace(s)
	}

	require.NoError(t, chromedp.Do(bctx, login(pelaksana)))
	require.Equal(t, smartcity.Indonesian.Decimal(before.Evidenced.Index.Format(2)), text(`#evidenced .big`))

	require.NoError(t, chromedp.Do(bctx,
		chromedp.Navigate(url+"/item/"+it.ID),
		chromedp.WaitVisible(`input[type=file]`),
		chromedp.SetValue(`input[name=title]`, "SK Tim Koordinasi SPBE"),
		chromedp.SetUploadFiles(`input[type=file]`, []string{doc}),
		chromedp.Click(`form[action$="/upload"] button[type=submit]`),
		chromedp.WaitVisible(`form[action$="/submit"] button`),
		chromedp.Click(`form[action$="/submit"] button`),
		chromedp.WaitNotPresent(`form[action$="/submit"]`),
	))
	require.Contains(t, text(`dd.st-proses`), "Proses verifikasi")
	require.Equal(t, "sk-tim-spbe.pdf", p.item(it.ID).Item.Document.File)
	require.NoError(t, chromedp.Do(bctx, logout))

	review := `form[action="/item/` + it.ID + `/review"]`
	require.NoError(t, chromedp.Do(bctx,
		login("asesor"),
		chromedp.Navigate(url+"/review"),
		chromedp.WaitVisible(review+` input[value=accept] ~ button`),
		chromedp.Click(review+` input[value=accept] ~ button`),
		chromedp.WaitVisible(`dd.st-diterima`),
		chromedp.Navigate(url+"/"),
		chromedp.WaitVisible(`#evidenced`),
	))
	require.Equal(t, smartcity.Indonesian.Decimal(after.Evidenced.Index.Format(2)), text(`#evidenced .big`),
		"the index rises from %s to %s", before.Evidenced.Index.Exact(), after.Evidenced.Index.Exact())
	got := p.item(it.ID).Item
	require.Equal(t, workspace.Diterima, got.Status)
	require.Equal(t, "asesor", got.History[len(got.History)-1].By)
	ws2, _, err := p.st.Workspace(ctx)
	require.NoError(t, err)
	now, err := ws2.Evaluate(fw, opt)
	require.NoError(t, err)
	require.Zero(t, now.Evidenced.Index.Cmp(after.Evidenced.Index), "exactly: %s, want %s", now.Evidenced.Index.Exact(), after.Evidenced.Index.Exact())
}
