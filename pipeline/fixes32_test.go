package pipeline_test

import "testing"

// TestFixes32HandedPower: the LEADERSHIP sub-code table's own comment
// says power handed or ceded to others is the change of leadership; the
// past tenses "handed over power" and "ceded power" now count as the
// present ones did. Handing out food is no handing of power. Sentences
// written for the test; rule coder alone.
func TestFixes32HandedPower(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Thousands of Sudanese marched in Khartoum on Sunday, demanding that the army handed over power to civilians.", "SDN>SDNGOV 1411"},
		{"Thousands of Sudanese marched in Khartoum on Sunday, demanding that the army ceded power.", "SDN>SDNGOV 1411"},
		// Not power: food handed out.
		{"Thousands of Sudanese marched in Khartoum on Sunday, demanding that the army handed out food to civilians.", "SDN>SDNGOV 141"},
	})
}
