package pipeline_test

import "testing"

// TestScopeFallbackKept pins the scope fallback (coder/verbs.go `later`):
// a verb none of whose own rows fits tries the rows its block wrote for its
// other verbs. Round thirty-seven's scope43 measured the strict scope (no
// fallback) on the 44 read halves: 60 dev events right through a borrowed
// row across 27 sets against 22 from the strict reading, and held exact and
// family+countries TP fell in 27 halves. These sentences, written for the
// test, are coded right only by a borrowed row (each fails with the
// fallback cut). The negative case, a row of prepositions alone that
// crossscope.go keeps from other verbs, is coder's TestBareForeignPattern:
// in this pipeline's parse "Iran ordered its navy to seize a British
// tanker" never reaches the HEAD row, so a guard here could not fail.
func TestScopeFallbackKept(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"initialling a peace agreement reads SIGN's row", "The foreign ministers of Ethiopia and Eritrea initialled a peace agreement in Riyadh on Monday.", "ETHGOV>ERIGOV 057"},
		{"declining an invitation to meet reads a row of another verb", "Japan's defence minister declined an invitation to meet the Chinese defence minister in Singapore.", "JPNGOV>CHNGOV 125"},
		{"a legislature voting to remove a president is the low 0831", "Bolivia's Congress voted to remove President Jeanine Anez on Thursday.", "BOLGOV>BOLLEG 0831"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := codeWith(t, ruleCoder(t), tt.text, "2025-01-01")
			if has(evs, tt.want) == nil {
				t.Errorf("%q: want %s, got %s", tt.text, tt.want, list(evs))
			}
		})
	}
}
