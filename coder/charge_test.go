package coder

import "testing"

// TestCharged: only a charging verb's 173 is charges filed (115); its other
// codes, and other verbs' 173, are returned as given.
func TestCharged(t *testing.T) {
	tests := []struct {
		code, verb, want string
	}{
		{"173", "CHARGE", "115"},
		{"173", "+INDICT", "115"}, // as the dictionary may write it, with a "+"
		{"173", "DETAIN", "173"},
		{"173", "CONVICT", "173"},
		{"112", "CHARGE", "112"}, // "charged that ...": an accusation
		{"173", "", "173"},
	}
	for _, tt := range tests {
		if got := charged(tt.code, tt.verb); got != tt.want {
			t.Errorf("charged(%q, %q) = %q, want %q", tt.code, tt.verb, got, tt.want)
		}
	}
}
