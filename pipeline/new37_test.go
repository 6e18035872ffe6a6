package pipeline_test

import "testing"

// TestRoundThirtyThreeVerdictOnTheOneAsked codes a closing verdict
// (", calling the coup unacceptable") whose speaker made the act before it
// as criticism of that act's target: the one urged, asked or punished is
// the author of the act judged. Before round thirty-three the verdict was
// dropped, since the act's source was the speaker and a speaker does not
// criticise itself. The negative rows keep their readings: a verdict with
// no critical word is not criticism, and an act with no other party leaves
// the verdict no one to judge.
func TestRoundThirtyThreeVerdictOnTheOneAsked(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The African Union urged Sudan's army on Monday to free the detained ministers, calling the coup unacceptable.", "IGOAFRAFU>SDNMIL 0253; IGOAFRAFU>SDNMIL 111"},
		{"Colombia expelled two Venezuelan diplomats on Friday, calling their conduct unacceptable.", "COL>VENGOV 161; COL>VENGOV 111"},
		// No critical word; no one else in the act.
		{"The African Union urged Sudan's army on Monday to free the detained ministers, calling the talks a step forward.", "IGOAFRAFU>SDNMIL 0253"},
		{"Chile's president toured the flooded towns on Monday, calling the delays unacceptable.", ""},
	}
	checkRuleCodes(t, "2025-01-01", tests)
}

// TestRoundThirtyThreeRegretSaid codes "X said it regretted Y's decision"
// as the criticism alone. REGRET's "- SAID * [111]" row read up past the
// verb of saying, and a bare statement yields only to an event that did
// not, so the statement's 010 stayed beside the 111; the block's own code
// is the same 111 without the row. The negative rows keep their readings:
// one's own offence regretted is the apology, and a regret the speaker
// reports of another leaves the statement standing.
func TestRoundThirtyThreeRegretSaid(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Chile's foreign ministry said it deeply regretted Peru's decision.", "CHLGOV>PER 111"},
		{"Ghana regretted Togo's decision on Monday.", "GHA>TGO 111"},
		// No one's act; another's regret reported.
		{"Ghana regretted the loss of life on Monday.", ""},
		{"Ghana said Togo regretted the decision.", "GHA>TGO 013"},
	}
	checkRuleCodes(t, "2025-01-01", tests)
}
