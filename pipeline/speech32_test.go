package pipeline_test

import "testing"

// TestSpeechDenialClause: an accusation answered in a clause joined to it
// (", and / but / which X denied") is the accused's denial (016) of the
// accuser (coder/denialclause.go); the object of the denial names no actor,
// so its verb codes nothing by itself. A denier other than the accused
// denies something else, and a denial whose verb codes its own object is
// left to it.
func TestSpeechDenialClause(t *testing.T) {
	speech31Cases(t, []struct{ text, date, want string }{
		{"Ethiopia accused Eritrea on Tuesday of arming rebels in Tigray, and Asmara denied the charge.", "2024-03-12", "ETH>ERI 112; ERI>ETH 016"},
		{"Ethiopia accused Eritrea of arming rebels in Tigray, but Asmara has repeatedly denied it.", "2024-03-12", "ETH>ERI 112; ERI>ETH 016"},
		{"Ethiopia accused Eritrea of arming rebels in Tigray, which Asmara denied.", "2024-03-12", "ETH>ERI 112; ERI>ETH 016"},
		// The denier is not the accused: no answer to the accusation.
		{"Ethiopia accused Eritrea of arming rebels in Tigray, and Sudan denied the report.", "2024-03-12", "ETH>ERI 112"},
		// No accusation before the denial.
		{"Ethiopia reopened its border with Eritrea, but Asmara denied it.", "2024-03-12", "ETH>ERI 080"},
	})
}
