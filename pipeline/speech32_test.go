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

// TestSpeechToSession: a plain statement told to the U.N. Security Council
// or General Assembly is made in the body, not to it (coder/merestatement.go,
// toSession), as one told to a parliament is; the body stays the target of
// an appeal made to it, and a person of the U.N. told something is still
// addressed.
func TestSpeechToSession(t *testing.T) {
	speech31Cases(t, []struct{ text, date, want string }{
		{"Chad's foreign minister told the U.N. Security Council on Monday that the border had been quiet for a month.", "2024-04-08", ""},
		{"Chad's foreign minister told the U.N. General Assembly on Monday that the border had been quiet for a month.", "2024-04-08", ""},
		// A person of the U.N. is addressed.
		{"Chad's foreign minister told U.N. Secretary-General Antonio Guterres on Monday that the border had been quiet for a month.", "2024-04-08", "TCDGOV>IGOUNO 010"},
		// An appeal to the Council keeps it as target.
		{"Chad's foreign minister called on the U.N. Security Council to send observers to the border.", "2024-04-08", "TCDGOV>IGOUNO 0255"},
	})
}
