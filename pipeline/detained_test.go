package pipeline_test

import "testing"

// TestSaidDetained: "X said it had detained Y" reports X's own arrest of Y
// (173), as "X said it had arrested Y" does; DETAIN's "- SAID * + [010]"
// row, which made it a bare statement to Y, is gone from the errata's
// DETAIN block.
func TestSaidDetained(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Iran said it had detained two British journalists on Monday.", "IRN>GBRMED 173"},
		{"Iran said it had arrested two British journalists on Monday.", "IRN>GBRMED 173"},
	}
	checkCodes(t, "2024-01-01", tests)
}
