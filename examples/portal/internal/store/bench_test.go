package store

import (
	"context"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/kotacerdas/smartcity/spbe/workspace"
)

// BenchmarkWorkspace1000 reads a workspace of 1,000 items with three
// changes of history each, as the dashboard reads it on every request:
// "kept", unchanged since the last read; "one-changed", after another
// process changed one item (that change is not timed); "read", with
// nothing kept, from the file.
func BenchmarkWorkspace1000(b *testing.B) {
	for _, mode := range []string{"kept", "one-changed", "read"} {
		b.Run(mode, func(b *testing.B) {
			ctx := context.Background()
			s, path := openTest(b)
			_, err := s.Import(ctx, koordinator, sampleWorkspace(1000))
			require.NoError(b, err)
			other, err := Open(ctx, path)
			require.NoError(b, err)
			defer other.Close()
			id, v := sampleItem(500).ID, int64(1)
			b.ReportAllocs()
			for b.Loop() {
				switch mode {
				case "one-changed":
					b.StopTimer()
					got, err := other.UpdateItem(ctx, koordinator, id, v, "edit", func(it *workspace.Item) error {
						it.No++
						return nil
					})
					require.NoError(b, err)
					v = got.Version
					b.StartTimer()
				case "read":
					s.cache = cache{} // forget the kept copy
				}
				w, _, err := s.Workspace(ctx)
				if err != nil || len(w.Items) != 1000 {
					b.Fatal(err, len(w.Items))
				}
			}
		})
	}
}

// BenchmarkUpdateItem commits one change of an item with its audit entry,
// synchronously to disk.
func BenchmarkUpdateItem(b *testing.B) {
	ctx := context.Background()
	s, _ := openTest(b)
	_, err := s.Import(ctx, koordinator, sampleWorkspace(1000))
	require.NoError(b, err)
	id := sampleItem(500).ID
	v := int64(1)
	b.ReportAllocs()
	for b.Loop() {
		got, err := s.UpdateItem(ctx, koordinator, id, v, "edit", func(it *workspace.Item) error {
			it.No++
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		v = got.Version
	}
}
