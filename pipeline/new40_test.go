package pipeline_test

import "testing"

// TestRoundThirtyFiveAdmission codes a body admitting or readmitting a
// state as a member as 050, the sets' harmonised reading of an admission
// by a body's decision (testdata/news/README.md, "Admissions"). ADMIT's
// own "- * + AS MEMBER [054]" made it a recognition, and "readmitted"
// was no verb. The negative rows keep their readings: an admission of
// guilt or fact is no membership, a resolution proposed or an admission
// only agreed to is not the admission, and a hospital readmitting a
// patient names no political actor.
func TestRoundThirtyFiveAdmission(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The Shanghai Cooperation Organisation admitted Belarus as a full member on Thursday.", "IGOCAS>BLR 050"},
		{"The African Union on Monday readmitted Guinea after a two-year suspension.", "IGOAFRAFU>GIN 050"},
		{"The Arab League readmitted Libya on Sunday.", "IGOMEAARL>LBY 050"},
		// Not an admission to a body.
		{"Ghana admitted responsibility for the border shooting.", ""},
		{"The hospital readmitted the patient on Friday.", ""},
	}
	checkRuleCodes(t, "2024-01-01", tests)
}
