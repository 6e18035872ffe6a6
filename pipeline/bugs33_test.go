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

// TestBugs33LeftABody: a state that left an international organisation
// reduced relations with it, 161 to the body, as the sets code leaving a
// bloc or the WHO; LEAVE's block had no code, so "left ECOWAS" was silent.
// A compound subject's list commas are no closing ", leaving …" clause. A
// departure for a capital stays the visit; a place left, a body's summit
// left, forces leaving and a leaving announced for later are no 161.
// Sentences written for the test; rule coder alone.
func TestBugs33LeftABody(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Guinea, Sierra Leone and Liberia left ECOWAS on Monday.", "GIN>IGOWAFBUSWAS 161; SLE>IGOWAFBUSWAS 161; LBR>IGOWAFBUSWAS 161"},
		{"Venezuela formally left the Organization of American States on Friday.", "VEN>IGOOAS 161"},
		// Negatives.
		{"The Chilean president left Lima on Monday.", ""},
		{"The Chilean president left for Lima on Monday.", "CHLGOV>PER 042"},
		{"The Italian prime minister left the European Union summit early on Monday.", ""},
		{"Venezuela will leave the Organization of American States next year.", "VEN>IGOOAS 1313"},
	})
}
