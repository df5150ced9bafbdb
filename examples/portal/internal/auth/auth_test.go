package auth

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

func TestHashVerify(t *testing.T) {
	h, err := Hash("rahasia", FastParams())
	require.NoError(t, err)
	require.True(t, strings.HasPrefix(h, "$argon2id$v=19$m=64,t=1,p=1$"), h)
	ok, err := Verify(h, "rahasia")
	require.NoError(t, err)
	require.True(t, ok)
	ok, err = Verify(h, "rahasiA")
	require.NoError(t, err)
	require.False(t, ok)

	h2, err := Hash("rahasia", FastParams())
	require.NoError(t, err)
	require.NotEqual(t, h, h2, "a random salt makes every hash differ")

	for _, bad := range []string{"", "plain", "$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5", "$argon2id$v=19$m=99999999,t=1,p=1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5a2V5"} {
		_, err := Verify(bad, "x")
		require.ErrorIs(t, err, ErrHash, bad)
	}
}

// The hash is read back from the database: decode bounds what it accepts
// and never panics.
func FuzzDecode(f *testing.F) {
	h, _ := Hash("pw", FastParams())
	f.Add(h)
	f.Add("$argon2id$v=19$m=8,t=1,p=1$$")
	f.Add("$argon2id$v=19$m=4294967295,t=1,p=1$c2FsdHNhbHQ$a2V5a2V5a2V5a2V5a2V5a2V5")
	f.Fuzz(func(t *testing.T, encoded string) {
		p, salt, key, err := decode(encoded)
		if err != nil {
			return
		}
		if p.Memory > 256*1024 || p.Time > 8 || p.Threads == 0 || len(salt) < 8 || len(key) < 16 || len(key) > 64 {
			t.Fatalf("decode(%q) accepted %+v", encoded, p)
		}
	})
}

func TestTokens(t *testing.T) {
	a, err := NewToken()
	require.NoError(t, err)
	b, err := NewToken()
	require.NoError(t, err)
	require.Len(t, a, 43)
	require.NotEqual(t, a, b)
	require.Len(t, TokenHash(a), 64)
	require.True(t, Equal(a, a))
	require.False(t, Equal(a, b))
	require.False(t, Equal("", ""))
}

func TestBackoff(t *testing.T) {
	b := NewBackoff(3, time.Minute)
	now := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	for range 3 {
		require.Zero(t, b.Wait("x", now))
		b.Fail("x", now)
	}
	require.Zero(t, b.Wait("x", now), "three failures are free")
	b.Fail("x", now)
	require.Equal(t, time.Second, b.Wait("x", now))
	b.Fail("x", now)
	require.Equal(t, 2*time.Second, b.Wait("x", now))
	for range 30 {
		b.Fail("x", now)
	}
	require.Equal(t, time.Minute, b.Wait("x", now), "the wait is capped")
	require.Zero(t, b.Wait("y", now), "another login is not slowed")
	b.Succeed("x")
	require.Zero(t, b.Wait("x", now))
}
