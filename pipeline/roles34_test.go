package pipeline_test

import "testing"

// TestRoles34TalksAtHomeNoVisit: a meeting the sentence calls talks is
// negotiation (046, meetingTalks), and talks take precedence over the
// visit they happen at (homeVisitCodes' own note); in the counterpart's
// capital the home visit (042, 043) was added before meetingTalks could
// read the meeting, so the talks were lost. A meeting in the capital that
// names no talks stays the visit and its hosting. Sentences written for
// the test; rule coder alone.
func TestRoles34TalksAtHomeNoVisit(t *testing.T) {
	checkRuleCodes(t, "2024-05-14", []struct{ text, want string }{
		{"The Chilean president met his Peruvian counterpart in Lima on Tuesday, their first talks in three years.", "CHLGOV>PERGOV 046; PERGOV>CHLGOV 046"},
		// Negative: no talks named, the visit and its hosting.
		{"The Chilean president met his Peruvian counterpart in Lima on Tuesday.", "CHLGOV>PER 042; PERGOV>CHLGOV 043"},
	})
}
