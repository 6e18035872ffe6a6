package pipeline_test

import "testing"

// The cases of this file pin codes round thirty's codes30b gave (the rule
// coder alone, checkRuleCodes: the relabeller may move a code either way).

// TestCodes30bMeetingTalks: a meeting the sentence calls talks is 046
// Engage in negotiation (the codebook's 046 usage note: "holding talks" is
// negotiation), not 044 Meet at a third location; a meeting not called
// talks stays 044, and a visit's 042 is not a meeting and keeps its code.
func TestCodes30bMeetingTalks(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"The presidents of Chile and Peru met in Lima on Tuesday, their first talks in three years.", "CHLGOV>PERGOV 046; PERGOV>CHLGOV 046"},
		{"The Chilean and Peruvian foreign ministers held talks on the sidelines of the summit in Geneva on Tuesday.", "CHLGOV>PERGOV 046; PERGOV>CHLGOV 046; CHLGOV>CHE 042; PERGOV>CHE 042"},
		// Not called talks: the meeting stays 044.
		{"The presidents of Chile and Peru met in Geneva on Tuesday.", "CHLGOV>PERGOV 044; PERGOV>CHLGOV 044; CHLGOV>CHE 042; PERGOV>CHE 042"},
	})
}
