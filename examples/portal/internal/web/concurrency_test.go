package web

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"sync"
	"testing"

	"github.com/stretchr/testify/require"
)

var versionRE = regexp.MustCompile(`name="version" value="(\d+)"`)

// Fifty people edit ten items at once, each reading the item's page and
// posting its form: every edit is either saved or refused with a conflict,
// none is lost, and the audit log holds exactly the saved ones.
func TestConcurrentEditsLoseNothing(t *testing.T) {
	p := newPortal(t, 0)
	const clients, rounds = 50, 6
	items := []string{"1.1.1", "1.2.1", "2.1.1", "3.1.1", "4.1.1", "8.1.1", "9.1.1", "13.1.1", "15.1.1", "19.1.1"}
	before := map[string]int64{}
	for _, id := range items {
		before[id] = p.item(id).Version
	}
	ctx := context.Background()
	_, auditBefore, err := p.st.Audit(ctx, 1, 0, "")
	require.NoError(t, err)

	cs := make([]*client, clients)
	for k := range cs {
		cs[k] = p.login("koordinator")
	}
	var mu sync.Mutex
	saved := map[string]int64{}
	conflicts := 0
	var wg sync.WaitGroup
	for k, c := range cs {
		wg.Go(func() {
			for r := range rounds {
				id := items[(k+r)%len(items)]
				req, _ := http.NewRequest(http.MethodGet, p.ts.URL+"/item/"+id, nil)
				res, err := c.http.Do(req)
				if err != nil {
					t.Error(err)
					return
				}
				body := readAll(res)
				m := versionRE.FindStringSubmatch(body)
				csrf := csrfRE.FindStringSubmatch(body)
				if m == nil || csrf == nil {
					t.Errorf("no form on %s", id)
					return
				}
				form := url.Values{"csrf": {csrf[1]}, "version": {m[1]}, "responsible": {"editor " + strconv.Itoa(k)}, "output": {"round " + strconv.Itoa(r)}}
				res, err = c.http.PostForm(p.ts.URL+"/item/"+id+"/edit", form)
				if err != nil {
					t.Error(err)
					return
				}
				readAll(res)
				mu.Lock()
				switch res.StatusCode {
				case http.StatusSeeOther:
					saved[id]++
				case http.StatusConflict:
					conflicts++
				default:
					t.Errorf("edit of %s: status %d", id, res.StatusCode)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	total := int64(0)
	for _, id := range items {
		require.Equal(t, before[id]+saved[id], p.item(id).Version, "item %s: every saved edit raised the version once", id)
		total += saved[id]
		entries, _, err := p.st.Audit(ctx, 1000, 0, id)
		require.NoError(t, err)
		edits := int64(0)
		for _, e := range entries {
			if e.Action == "edit" {
				edits++
			}
		}
		require.Equal(t, saved[id], edits, "item %s: one audit entry per saved edit", id)
	}
	require.Equal(t, int64(clients*rounds), total+int64(conflicts))
	_, auditAfter, err := p.st.Audit(ctx, 1, 0, "")
	require.NoError(t, err)
	require.Equal(t, auditBefore+int(total), auditAfter, "the log holds the saved edits and nothing else")
	t.Logf("%d edits saved, %d refused as stale", total, conflicts)
}

func readAll(res *http.Response) string {
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return string(b)
}
