package clean

import "testing"

// TestPlainEnglishShort: one-sentence documents are told apart without the
// trigram model when they are clearly English, and left to it otherwise.
func TestPlainEnglishShort(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"NATO on Monday declined to comment on an estimate of the losses.", true},
		{"The government of Liberia denied on Thursday charges by Ivory Coast.", true},
		{"Iran and China signed a deal.", true},
		{"Iran China deal signed.", false}, // no function words: the model decides
		{"Le président a rencontré le ministre des affaires étrangères hier soir.", false},
		{"Der Präsident hat den Minister in Berlin getroffen und mit ihm gesprochen.", false},
		{"Arnor Gondor Mordor Rohan.", false},
	}
	for _, tt := range tests {
		if got := plainEnglish(tt.text); got != tt.want {
			t.Errorf("plainEnglish(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
