package pipeline_test

import "testing"

// TestFlaggedShips: a ship is coded as the state whose flag it flies, as a
// force is coded as the state that leads it ("X-led", coder/actors.go
// matchHyphen); a ship with no flag named is no actor.
func TestFlaggedShips(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Iran's Revolutionary Guards seized a Liberian-flagged tanker in the Strait of Hormuz on Friday.", "IRNMIL>LBRBUS 181"},
		{"Houthi rebels attacked a Greek-flagged cargo ship in the Red Sea.", "YEMREB>GRCBUS 190"},
		{"Houthi rebels attacked a cargo ship in the Red Sea.", ""},
	}
	checkCodes(t, "2024-01-05", tests)
}
