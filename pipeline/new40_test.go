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

// TestRoundThirtyFiveConcludedNegotiations codes negotiations concluded on
// an agreement as its signing (the 057 pair) and no longer as negotiations
// halted. FINISH's "- * NEGOTIATIONS [164]" row was written for the
// halting verbs (END, HALT, SUSPEND ...) but read CONCLUDE too, so a free
// trade deal concluded was talks broken off, both ways. The negative rows
// keep the halts: negotiations halted, suspended or broken off stay 164, and
// negotiations concluded with no agreement named code nothing.
func TestRoundThirtyFiveConcludedNegotiations(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ghana and Togo concluded negotiations on a free trade agreement on Friday.", "GHA>TGO 057; TGO>GHA 057"},
		{"Ghana concluded negotiations with Togo on Friday.", ""},
		// Halted.
		{"Ghana suspended negotiations with Togo on Friday.", "GHA>TGO 164"},
		{"Ghana halted negotiations with Togo on Friday.", "GHA>TGO 164"},
		{"Ghana broke off negotiations with Togo.", "GHA>TGO 164"},
	}
	checkRuleCodes(t, "2024-01-01", tests)
}

// TestRoundThirtyFiveWelcomedAct codes an actor's decision, move,
// commitment or ruling welcomed as praise (051) of its author, also when
// the noun takes a to-infinitive. WELCOME's "- * + TO [043:042]" read the
// infinitive's TO as a destination and made "welcomed the court's decision
// to throw out the case" a visit both ways. The negative rows keep the
// visits, a visitor welcomed to a place, and a decision with no author
// named codes nothing.
func TestRoundThirtyFiveWelcomedAct(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ghana welcomed Togo's decision to reopen the border.", "GHA>TGO 051"},
		{"Ghana on Monday welcomed the commitment by Togo and Benin to settle their dispute peacefully.", "GHA>TGO 051; GHA>BEN 051"},
		// A visitor welcomed to a place.
		{"Ghana welcomed the Togolese delegation to Accra on Monday.", "GHA>TGOGOV 043; TGOGOV>GHA 042"},
		{"Ghana welcomed Togo's president to Accra on Monday.", "GHA>TGOGOV 043; TGOGOV>GHA 042"},
		{"Ghana welcomed the decision on Monday.", ""},
	}
	checkRuleCodes(t, "2024-01-01", tests)
}

// TestRoundThirtyFiveVetoDrafters aims a veto at the drafters the sentence
// names after the veto's own phrase (the antecedent of "which drafted",
// with a co-drafter after "with", or a later "STATE-drafted text"): a veto
// is 129 to the drafting states and to the Council only where none is
// named. The negative rows keep the Council: a relative clause about
// another act names no drafter, and a veto with no drafter anywhere stays
// the Council's.
func TestRoundThirtyFiveVetoDrafters(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Russia vetoed a Security Council resolution on Monday, drawing criticism from Ghana, which drafted the text with Togo.", "RUS>GHA 129; GHA>RUS 111; RUS>TGO 129"},
		{"China vetoed a Security Council resolution on Tuesday, saying the Ghana-drafted text ignored the facts.", "CHN>GHA 129"},
		// No drafter named.
		{"Russia vetoed a Security Council resolution on Monday, and Ghana, which chairs the council, said it was appalled.", "RUS>IGOUNO 129"},
		{"Russia vetoed a Security Council resolution on Monday.", "RUS>IGOUNO 129"},
	}
	checkRuleCodes(t, "2024-01-01", tests)
}
