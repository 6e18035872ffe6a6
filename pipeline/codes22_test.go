package pipeline_test

import "testing"

// TestRoundTwentyTwoCodes codes, through the whole pipeline, sentences
// written for round twenty-two's sub-code cues (coder/data/subcodes.txt),
// each beside a shape the cue must leave alone.
func TestRoundTwentyTwoCodes(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// Weapons made together and a coalition joined are military
		// cooperation (0312); a joint industrial hub economic (0311).
		{"Egypt and India agreed to jointly manufacture military drones.", "EGY>IND 0312; IND>EGY 0312"},
		{"Norway agreed on Monday to join the U.S.-led coalition against the rebels.", "NOR>USA 0312"},
		{"Ghana and Togo agreed to build a joint industrial zone.", "GHA>TGO 0311; TGO>GHA 0311"},
		{"Ghana and Togo agreed to build a new bridge.", "GHA>TGO 030; TGO>GHA 030"},
	}
	checkCodes(t, "2024-01-01", tests)
}
