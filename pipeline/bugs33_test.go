package pipeline_test

import (
	"testing"

	"github.com/dyadproject/dyad/pipeline"
)

// TestBugs33DefaultNamesError: DefaultNames hands back DefaultDicts' error
// with the names, as DefaultDicts gives it (the embedded set's skipped rows),
// so no caller loses it; before the fix DefaultNames had no error to return
// (this did not compile). The names are made all the same.
func TestBugs33DefaultNamesError(t *testing.T) {
	names, err := pipeline.DefaultNames()
	set, derr := pipeline.DefaultDicts()
	if names == nil || set == nil {
		t.Fatalf("DefaultNames() = %v, %v; want names", names, err)
	}
	if (err == nil) != (derr == nil) || err != nil && err.Error() != derr.Error() {
		t.Errorf("DefaultNames error %v, DefaultDicts error %v; want the same", err, derr)
	}
}
