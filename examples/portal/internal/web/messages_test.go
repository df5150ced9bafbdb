package web

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/examples/portal/internal/store"
	"github.com/kotacerdas/smartcity/internal/i18n"
)

// Every key a page or the code names is in the table, in both languages,
// and the table holds no key nobody names.
func TestMessagesAreComplete(t *testing.T) {
	used := map[string]bool{}
	keyRE := regexp.MustCompile(`T "([a-z_]+)"`)
	err := fs.WalkDir(templateFS, "templates", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(templateFS, path)
		for _, m := range keyRE.FindAllSubmatch(data, -1) {
			used[string(m[1])] = true
		}
		return err
	})
	require.NoError(t, err)
	codeRE := regexp.MustCompile(`"((?:err|login|chart)_[a-z_]+|[a-z_]+_title|illustrative_short)"`)
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") || f == "messages.go" {
			continue
		}
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, m := range codeRE.FindAllSubmatch(data, -1) {
			used[string(m[1])] = true
		}
	}
	for k := range used {
		if strings.HasPrefix(k, "err_") && !strings.HasSuffix(k, "_text") {
			used[k+"_text"] = true
		}
	}
	for _, r := range []store.Role{store.Koordinator, store.Pelaksana, store.Asesor} {
		used["role_"+string(r)] = true
	}
	for k := range used {
		m, ok := messages[k]
		require.True(t, ok, "no message %q", k)
		require.NotEmpty(t, m.id, k)
		require.NotEmpty(t, m.en, k)
	}
	for k := range messages {
		require.True(t, used[k], "message %q is not used", k)
	}
}

// Every error the package makes has its Indonesian.
func TestErrorsSayIndonesian(t *testing.T) {
	for en, id := range messagesID {
		require.NotEmpty(t, id, en)
		require.Equal(t, i18n.Verbs(en), i18n.Verbs(id), en)
	}
}
