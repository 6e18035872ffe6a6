package pipeline_test

import "testing"

// TestRoundTwentyTwoActors: actors of round twenty-two (actors22), each a row
// of dict/data/dyad.actors.txt. The sentences are written for the test; each
// row but the guards fails without its entry.
func TestRoundTwentyTwoActors(t *testing.T) {
	tests := []struct {
		name, text, date, want string
	}{
		// The Pope and the Holy See are VAT whoever holds the office.
		{"the Pope by name", "Pope Francis urged Russia on Sunday to end the war.", "2023-01-08", "VAT>RUS 0256"},
		{"a later Pope by name", "Pope Leo XIV condemned Nigeria's government on Sunday.", "2025-06-15", "VAT>NGAGOV 111"},
		{"the Holy See", "The Holy See condemned the attack by Sudan on Sunday.", "2024-02-04", "VAT>SDN 111"},
		{"guard: the Vatican was already VAT", "The Vatican criticised Haiti on Monday.", "2024-03-04", "VAT>HTI 111"},
		// The Saudi-led coalition is SAUMIL (the news README, session nine).
		{"the Saudi-led coalition as the source", "The Saudi-led coalition bombed Houthi positions in Yemen on Monday.", "2019-05-06", "SAUMIL>YEMREB 190"},
		{"the Saudi-led coalition as the target", "Iran accused the Saudi-led coalition of war crimes on Monday.", "2019-05-06", "IRN>SAUMIL 1124"},
		{"guard: the U.S.-led coalition keeps its state", "The U.S.-led coalition bombed Islamic State positions in Syria on Monday.", "2019-05-06", "USA>IMGMUSISI 190"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := codeText(t, tt.text, tt.date)
			if has(evs, tt.want) == nil {
				t.Errorf("%q: want %s, got %s", tt.text, tt.want, list(evs))
			}
		})
	}
}
