package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/kotacerdas/smartcity/examples/portal/internal/auth"
	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
	"github.com/kotacerdas/smartcity/spbe/workspace/workspacetest"
)

// DemoAccount is an account of the demonstration; its password is its
// login.
type DemoAccount struct {
	Login, Name string
	Role        store.Role
	Unit        string
}

// DemoAccounts are the demonstration's accounts: a koordinator, an
// internal asesor, and a pelaksana for each unit of the illustrative
// workspace. Each signs in with its login as its password.
func DemoAccounts() []DemoAccount {
	return []DemoAccount{
		{"koordinator", "Koordinator SPBE", store.Koordinator, ""},
		{"asesor", "Asesor Internal", store.Asesor, ""},
		{"bappeda", "Pelaksana Bappeda", store.Pelaksana, "Bappeda"},
		{"bkpsdm", "Pelaksana BKPSDM", store.Pelaksana, "BKPSDM"},
		{"diskominfo", "Pelaksana Diskominfo", store.Pelaksana, "Diskominfo"},
		{"persandian", "Pelaksana Persandian", store.Pelaksana, "Diskominfo — Persandian"},
		{"dpmptsp", "Pelaksana DPMPTSP", store.Pelaksana, "DPMPTSP"},
		{"organisasi", "Pelaksana Bagian Organisasi", store.Pelaksana, "Bagian Organisasi"},
	}
}

// SeedDemo fills an empty store with the demonstration: its accounts,
// their passwords (the logins) hashed with p, and the library's
// illustrative Rembang 2026 workspace (workspacetest.Rembang2026) with
// the files its documents name kept in files. A store that holds a
// workspace already is left as it is, and seeded reports false.
func SeedDemo(ctx context.Context, st *store.Store, files string, p auth.Params) (seeded bool, err error) {
	if _, err := st.Meta(ctx); err == nil {
		return false, nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return false, err
	}
	if err := os.MkdirAll(files, 0o750); err != nil {
		return false, err
	}
	var koordinator store.User
	for _, a := range DemoAccounts() {
		hash, err := auth.Hash(a.Login, p)
		if err != nil {
			return false, err
		}
		u, err := st.CreateUser(ctx, store.User{Login: a.Login, Name: a.Name, Role: a.Role, Unit: a.Unit}, hash)
		if errors.Is(err, store.ErrDuplicate) {
			u, _, err = st.UserByLogin(ctx, a.Login)
		}
		if err != nil {
			return false, err
		}
		if a.Role == store.Koordinator {
			koordinator = u
		}
	}
	ws := workspacetest.Rembang2026()
	for _, it := range ws.Items {
		if it.Document == nil || it.Document.SHA256 == "" {
			continue
		}
		sum, size, err := writeFile(files, bytes.NewReader(workspacetest.FileContent(it.ID)))
		if err != nil {
			return false, err
		}
		if sum != it.Document.SHA256 {
			return false, fmt.Errorf("demo: the file of item %s has SHA-256 %s, its document says %s", it.ID, sum, it.Document.SHA256)
		}
		if err := st.RecordFile(ctx, sum, it.Document.File, "application/pdf", size, koordinator); err != nil {
			return false, err
		}
	}
	if _, err := st.Import(ctx, koordinator, ws); err != nil {
		return false, err
	}
	return true, nil
}
