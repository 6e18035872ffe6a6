package sqlite

import (
	"path/filepath"
	"sync"
	"testing"
)

// TestOpenConcurrentCreate opens one new file from several connections at
// once, as several processes do when "dyad ingest" and a reader start
// together: each must see either an empty file or a dyad store, never a
// half-made one that looks like another application's.
func TestOpenConcurrentCreate(t *testing.T) {
	for round := 0; round < 15; round++ {
		path := filepath.Join(t.TempDir(), "new.db")
		var wg sync.WaitGroup
		errs := make(chan error, 6)
		for range 6 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				db, err := Open(path, Options{Create: true})
				if err != nil {
					errs <- err
					return
				}
				db.Close()
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Fatalf("round %d: %v", round, err)
		}
	}
}
