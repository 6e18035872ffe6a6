package postgres_test

import (
	"testing"

	"github.com/dyadproject/dyad/storetest"
)

// FuzzFilter: untrusted query parameters never panic the PostgreSQL store or
// fail it with anything but an invalid-input error (see storetest.FuzzFilter).
func FuzzFilter(f *testing.F) {
	storetest.FuzzFilter(f, openTemp(f))
}
