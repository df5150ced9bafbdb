package smartcity

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// A program that imports the library's packages builds none of what only
// the examples need: the portal's database driver and its browser test's
// driver stay out of every build but the portal's.
func TestLibraryLeavesTheExamplesDependenciesOut(t *testing.T) {
	// go test puts its own go command first on the PATH.
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}", "./", "./pillar/...", "./spbe/...", "./masterplan/...").CombinedOutput()
	require.NoError(t, err, "%s", out)
	deps := strings.Fields(string(out))
	require.Contains(t, deps, "github.com/kotacerdas/smartcity/spbe/workspace")
	for _, dep := range deps {
		for _, heavy := range []string{"modernc.org/", "github.com/chromedp/", "golang.org/x/crypto/argon2", "/examples/", "database/sql"} {
			require.NotContains(t, dep, heavy, "the library builds %s", dep)
		}
	}
}
