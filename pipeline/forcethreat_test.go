package pipeline_test

import "testing"

// TestForceVerbOtherThreat: a force verb used in a pattern of another sense
// keeps that sense's threat (coder/threat.go forceThreat): BREAK is a
// DESTROY verb, but "would break off relations" is the threat to break
// relations (1313), while "would destroy" stays a threat of force (1384).
func TestForceVerbOtherThreat(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Ecuador announced it would break off relations with Mexico.", "ECU>MEX 1313"},
		{"Israel said it would destroy Hezbollah's rocket launchers in Lebanon.", "ISR>LBNREB 1384"},
	}
	checkCodes(t, "2024-04-06", tests)
}
