package pipeline_test

import "testing"

// TestImpliedEntries: the target a sentence implies but does not name says
// in its Entry why it is implied, and each kind gives its own reason — a
// measure at home hits the source's country, a measure on the opposition
// its opposition, a protest the protesters' government. Session twelve's
// opposition measures borrowed the protest's reason.
func TestImpliedEntries(t *testing.T) {
	tests := []struct {
		text, target, entry string
	}{
		{"Thailand's army declared martial law nationwide on Tuesday.", "THA", "implied: the source's own country"},
		{"Senegal's president postponed the presidential election on Monday.", "SENOPP", "implied: the source's own opposition"},
		{"Thousands of Kenyans marched in Nairobi on Friday.", "KENGOV", "implied: the protesters' own government"},
	}
	for _, tt := range tests {
		evs := codeText(t, tt.text, "2024-05-06")
		found := false
		for _, e := range evs {
			if e.Target.Code == tt.target {
				found = true
				if e.Target.Entry != tt.entry {
					t.Errorf("%q: target %s entry %q, want %q", tt.text, tt.target, e.Target.Entry, tt.entry)
				}
			}
		}
		if !found {
			t.Errorf("%q: no event with target %s in %v", tt.text, tt.target, evs)
		}
	}
}
