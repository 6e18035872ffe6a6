package pipeline_test

import "testing"

// TestRelativeTimeDiscards checks that a relative time ("two weeks ago",
// "months later") does not discard a sentence: the event is dated from its
// own clause, as with the bare years Phoenix discards.
func TestRelativeTimeDiscards(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Iraq attacked Kuwait.", "IRQ>KWT 190"},
		{"Iraq attacked Kuwait, which it had threatened two weeks ago.", "IRQ>KWT 190"},
		{"Iraq attacked Kuwait three years later.", "IRQ>KWT 190"},
	}
	for _, tt := range tests {
		evs := codeText(t, tt.text, "1995-03-01")
		if has(evs, tt.want) == nil {
			t.Errorf("%q: got %s, want %s", tt.text, list(evs), tt.want)
		}
	}
}
