package pipeline_test

import "testing"

// TestRoundThirtyTwoVerbSeries codes, with the rule coder alone, the middle
// verb of a series "X did A, did B and did C". The parser groups the last
// two verb phrases in a subjectless clause after the comma; before round
// thirty-two that clause found no subject and took the nearest actor before
// it ("with Pakistan"), so Pakistan expelled its own diplomats. The
// negative rows keep their readings: an inverted attribution after a comma
// (", said the minister and his aides") coordinates nouns, not verbs, and a
// clause with a subject of its own keeps it.
func TestRoundThirtyTwoVerbSeries(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Canada suspended talks with Iran, expelled Iranian diplomats and closed its embassy in Tehran on Monday.", "CAN>IRN 164; CAN>IRNGOV 161"},
		{"Ghana criticised Togo, summoned the Nigerian ambassador and recalled its envoy on Monday.", "GHA>TGO 111; GHA>NGAGOV 114; GHA>NGAGOV 161"},
		// Not a series: the verb's subject follows it (the reading it had
		// before), or the clause has a subject of its own.
		{"Talks with Iran stalled, said Canada's foreign minister and his aides.", "IRN>CANGOV 010"},
		{"Canada suspended talks with Iran, and Iran expelled Canadian diplomats on Monday.", "CAN>IRN 164; IRN>CANGOV 161"},
	}
	checkRuleCodes(t, "2025-01-01", tests)
}

// TestRoundThirtyTwoExpelledStaff codes embassy and consular staff and
// military advisers ordered out of a country as diplomats expelled (161, the
// codebook's note that expelled diplomats reduce relations), as the table
// already did for diplomats, envoys and ambassadors; before round
// thirty-two they were a deportation of individuals (174). Workers or
// migrants expelled stay 174, and advisers sent stay military aid.
func TestRoundThirtyTwoExpelledStaff(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Mali ordered 15 Ivorian embassy staff to leave the country within 72 hours on Tuesday.", "MLI>CIVGOV 161"},
		{"Ghana expelled two Togolese consular officials on Friday.", "GHA>TGOGOV 161"},
		{"Chad ordered Sudanese military advisers to leave the country on Monday.", "TCD>SDNMIL 161"},
		// Not diplomats: people deported, advisers sent.
		{"Mali ordered 15 Ivorian workers to leave the country within 72 hours on Tuesday.", "MLI>CIVLAB 174"},
		{"Chad sent military advisers to Niger on Monday.", "TCD>NER 072"},
	}
	checkRuleCodes(t, "2025-01-01", tests)
}
