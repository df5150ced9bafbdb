package ref

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/internal/input"
)

// folder makes a document's folder holding plan.json, beside an outside
// file secret.json, and returns the folder.
func folder(t *testing.T) string {
	t.Helper()
	top := t.TempDir()
	dir := filepath.Join(top, "doc")
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "sub"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "plan.json"), []byte(`{"region": {}}`), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sub", "plan.json"), []byte(`{}`), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(top, "secret.json"), []byte("RAHASIA"), 0o644))
	return dir
}

func TestReadFileInsideTheFolder(t *testing.T) {
	dir := folder(t)
	data, err := ReadFile(dir, "plan.json", 0)
	require.NoError(t, err)
	assert.Equal(t, `{"region": {}}`, string(data))
	data, err = ReadFile(dir, "sub/plan.json", 0)
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(data))
	// A link that stays inside the folder is followed.
	require.NoError(t, os.Symlink("plan.json", filepath.Join(dir, "alias.json")))
	data, err = ReadFile(dir, "alias.json", 0)
	require.NoError(t, err)
	assert.Equal(t, `{"region": {}}`, string(data))
}

// refused checks that err refuses the read and repeats nothing of what an
// outside file holds.
func refused(t *testing.T, err error, name string) {
	t.Helper()
	require.Error(t, err, name)
	assert.NotContains(t, err.Error(), "RAHASIA", name)
}

func TestReadFileRefusesWhatLeavesTheFolder(t *testing.T) {
	dir := folder(t)
	secret := filepath.Join(filepath.Dir(dir), "secret.json")
	for _, name := range []string{"../secret.json", secret, "sub/../../secret.json", `..\secret.json`, "/proc/self/environ", "/dev/zero", "C:/x"} {
		_, err := ReadFile(dir, name, 0)
		refused(t, err, name)
		assert.ErrorIs(t, err, ErrUnsafe, name)
	}
	// Links that lead out: to a file, to a folder, to /proc and /dev.
	require.NoError(t, os.Symlink(secret, filepath.Join(dir, "out.json")))
	require.NoError(t, os.Symlink("../secret.json", filepath.Join(dir, "rel.json")))
	require.NoError(t, os.Symlink(filepath.Dir(dir), filepath.Join(dir, "up")))
	links := []string{"out.json", "rel.json", "up/secret.json"}
	if runtime.GOOS == "linux" {
		require.NoError(t, os.Symlink("/proc/self/environ", filepath.Join(dir, "env.json")))
		require.NoError(t, os.Symlink("/dev/zero", filepath.Join(dir, "zero.json")))
		links = append(links, "env.json", "zero.json")
	}
	for _, name := range links {
		_, err := ReadFile(dir, name, 0)
		refused(t, err, name)
	}
	_, err := ReadFile(dir, "missing.json", 0)
	assert.ErrorIs(t, err, fs.ErrNotExist)
	assert.True(t, strings.HasPrefix(err.Error(), "open missing.json: "), err.Error())
	_, err = ReadFile(dir, "rel.json", 0)
	assert.EqualError(t, err, "open rel.json: path escapes from parent")
}

func TestReadFileRefusesWhatIsNotARegularFile(t *testing.T) {
	dir := folder(t)
	_, err := ReadFile(dir, "sub", 0)
	assert.ErrorIs(t, err, ErrUnsafe)
	assert.EqualError(t, err, `"sub" is not a regular file`)
}

func TestReadFileLimit(t *testing.T) {
	dir := folder(t)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "big.json"), []byte(strings.Repeat(" ", 101)), 0o644))
	_, err := ReadFile(dir, "big.json", 100)
	assert.ErrorIs(t, err, input.ErrTooLarge)
	assert.EqualError(t, err, "big.json: input exceeds the size limit of 100 bytes")
	data, err := ReadFile(dir, "big.json", 101)
	require.NoError(t, err)
	assert.Len(t, data, 101)
}

func TestReadFileNoFolder(t *testing.T) {
	_, err := ReadFile(filepath.Join(t.TempDir(), "nowhere"), "plan.json", 0)
	assert.True(t, errors.Is(err, fs.ErrNotExist), "%v", err)
}
