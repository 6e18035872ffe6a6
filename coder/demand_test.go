package coder

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// TestAskCode: an appeal or demand verb keeps its family and takes the
// sub-code of what its clause asks for, unless its own pattern already named
// a leaf and the clause names only a three-digit kind.
func TestAskCode(t *testing.T) {
	tests := []struct {
		verb, demand, want dyad.Code
	}{
		{"010", "1053", "1053"},  // a statement becomes the demand
		{"100", "1053", "1053"},  // DEMAND's residual takes the release
		{"020", "1053", "0253"},  // URGE's residual: the appeal of that kind
		{"1043", "100", "1043"},  // nothing asked for: the verb's code
		{"1043", "102", "1043"},  // "respect the rights": RIGHTS [1043] stands
		{"1043", "1032", "1032"}, // a leaf from the clause still wins
		{"105", "1053", "1053"},
	}
	for _, tt := range tests {
		if got := askCode(tt.verb, tt.demand); got != tt.want {
			t.Errorf("askCode(%s, %s) = %s, want %s", tt.verb, tt.demand, got, tt.want)
		}
	}
}
