package auth

import (
	"sync"
	"time"
)

// Backoff bounds the failed logins per login name: after Free failures in
// a row, each further attempt must wait twice as long as the last, from one
// second up to Max. A success forgets the failures. It is safe for
// concurrent use; the zero Backoff is not, use NewBackoff.
type Backoff struct {
	free int
	max  time.Duration

	mu    sync.Mutex
	fails map[string]*failures
}

type failures struct {
	n    int
	next time.Time // the first time another attempt is heard
	last time.Time
}

// Most logins remembered: past it, the oldest records are forgotten.
const maxRemembered = 10_000

// NewBackoff returns a Backoff that lets free failures go unpunished and
// waits at most max.
func NewBackoff(free int, max time.Duration) *Backoff {
	return &Backoff{free: free, max: max, fails: map[string]*failures{}}
}

// Wait returns how long login must still wait before an attempt is heard;
// 0 when it may try now.
func (b *Backoff) Wait(login string, now time.Time) time.Duration {
	b.mu.Lock()
	defer b.mu.Unlock()
	f := b.fails[login]
	if f == nil || !now.Before(f.next) {
		return 0
	}
	return f.next.Sub(now)
}

// Fail records a failed attempt of login at now.
func (b *Backoff) Fail(login string, now time.Time) {
	b.mu.Lock()
	defer b.mu.Unlock()
	f := b.fails[login]
	if f == nil {
		if len(b.fails) >= maxRemembered {
			b.forget(now)
		}
		f = &failures{}
		b.fails[login] = f
	}
	f.n++
	f.last = now
	if f.n > b.free {
		wait := time.Second << min(f.n-b.free-1, 20)
		f.next = now.Add(min(wait, b.max))
	}
}

// Succeed forgets the failures of login.
func (b *Backoff) Succeed(login string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	delete(b.fails, login)
}

// forget drops the records whose wait is over and that are older than max,
// or, if none is, every record: a flood of names must not grow the map.
func (b *Backoff) forget(now time.Time) {
	for k, f := range b.fails {
		if now.Sub(f.last) > b.max && !now.Before(f.next) {
			delete(b.fails, k)
		}
	}
	if len(b.fails) >= maxRemembered {
		clear(b.fails)
	}
}
