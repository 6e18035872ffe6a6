package pipeline_test

import "testing"

// TestOwnTarget: the source's own people, named by a possessive ("its
// ambassador", "its troops"), are not the target when an actor of another
// country follows in the verb's phrase; with none they stay.
func TestOwnTarget(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Iran withdrew its ambassador from Britain.", "IRN>GBR 161"},
		{"The Pakistani government denied that its troops had crossed into India.", "PAKGOV>IND 016"},
		{"Iran criticized its army.", "IRN>IRNMIL 111"},
		// A pattern's own target slot stands.
		{"Iran criticized its army for attacking Kuwait.", "IRN>IRNMIL 111"},
	}
	checkCodes(t, "2005-06-01", tests)
}
