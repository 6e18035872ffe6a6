package pipeline_test

import "testing"

// TestRoundThirtyFiveRuledThat codes a court's ruling THAT an actor did,
// had or lacked something as 116 from the court to the that-clause's
// subject, and an international or arbitration tribunal named only by
// description as bare IGO (the news README's convention for bodies not in
// Phoenix). The negative rows code nothing: a ruling still to come, a
// ruling whose clause names no actor, a "ruling party" that says something,
// a ruling out, and a case filed but not decided (the filing's own 115, no
// 116).
func TestRoundThirtyFiveRuledThat(t *testing.T) {
	tests := []struct{ text, want string }{
		{"An international tribunal ruled on Tuesday that Chile had no legal claim to the disputed waters.", "IGO>CHL 116"},
		{"An arbitration tribunal ruled that Ghana had breached the maritime accord.", "IGO>GHA 116"},
		{"Kenya's High Court ruled on Friday that the government had acted unlawfully.", "KENJUD>KENGOV 116"},
		// Negatives.
		{"Kenya's High Court will rule on the petition next week.", ""},
		{"Kenya's High Court ruled on Friday that the election result was valid.", ""},
		{"Kenya's ruling party said on Friday that the vote had been fair.", ""},
		{"Ghana filed a case against Togo at the International Court of Justice on Monday.", "GHA>TGO 115"},
	}
	checkRuleCodes(t, "2024-01-01", tests)
}

// TestRoundThirtyFiveUpheldImpeachment codes a court upholding an
// office-holder's impeachment as 116 from the court to the impeached (the
// sets' reading of a court's removal of a head of government). Negatives:
// a ruling still to come and a legislature's own impeachment vote are no
// court's finding, and an upheld ban keeps its 172 family (1722 for a
// politician).
func TestRoundThirtyFiveUpheldImpeachment(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Peru's Constitutional Tribunal upheld the impeachment of President Pedro Castillo on Monday.", "PERJUD>PERELI 116"},
		// Negatives.
		{"Peru's Constitutional Tribunal will rule on the impeachment of President Pedro Castillo next week.", ""},
		{"Peru's Congress voted for the impeachment of President Pedro Castillo on Monday.", ""},
		{"Peru's Constitutional Tribunal upheld the ban on the opposition leader on Monday.", "PERJUD>PEROPP 1722"},
	}
	checkRuleCodes(t, "2024-01-01", tests)
}
