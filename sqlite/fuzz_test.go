package sqlite_test

import (
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/sqlite"
	"github.com/dyadproject/dyad/storetest"
)

// FuzzFilter: untrusted query parameters never panic the SQLite store or
// fail it with anything but an invalid-input error (see storetest.FuzzFilter).
func FuzzFilter(f *testing.F) {
	db, err := sqlite.Open(filepath.Join(f.TempDir(), "dyad.db"), sqlite.Options{Create: true})
	if err != nil {
		f.Fatal(err)
	}
	defer db.Close()
	storetest.FuzzFilter(f, db)
}
