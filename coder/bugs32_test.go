package coder

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// TestBugs32ToForumBareRole: toForum's doc names a medium, a legislature
// and a court as forums, but a bare "LEG" or "JUD" target (no state before
// the role) was not one, since hasRole reads from the fourth letter and
// only "MED" was compared whole (review31).
func TestBugs32ToForumBareRole(t *testing.T) {
	for _, c := range []struct {
		target string
		want   bool
	}{
		{"LEG", true},
		{"JUD", true},
		{"MED", true},
		{"USALEG", true},
		{"IGOUNOJUDICJ", true},
		// Must not change: a state, its government, a people's body.
		{"USA", false},
		{"USAGOV", false},
		{"GOV", false},
		{"IGOUNO", false},
	} {
		e := dyad.Event{Code: "010", Target: dyad.Actor{Code: c.target}}
		if got := toForum(&e); got != c.want {
			t.Errorf("toForum(%s) = %v, want %v", c.target, got, c.want)
		}
	}
}
