package tag

import "testing"

// TestAttributiveOusted checks that "ousted" and its kind before a title
// modify it, and stay the verb after a subject or an auxiliary.
func TestAttributiveOusted(t *testing.T) {
	tests := []wordTag{
		{"Chile offered refuge to ousted Bolivian President Carlos Mesa .", "ousted", "JJ"},
		{"The rebels vowed to restore deposed King Malik .", "deposed", "JJ"},
		{"Ousted president Ana Ruiz fled to Spain .", "Ousted", "JJ"},
		{"Supporters of toppled leader Omar Diallo marched .", "toppled", "JJ"},
		{"The army has ousted President Omar Diallo .", "ousted", "VBN"},
		{"Soldiers ousted President Omar Diallo on Monday .", "ousted", "VBD"},
		{"The generals seized power and ousted President Omar Diallo .", "ousted", "VBD"},
	}
	checkWordTags(t, tests)
}
