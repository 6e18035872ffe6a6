package pipeline_test

import "testing"

// TestRoundThirtyFourHeadlineVerbBeforeNoun codes a headline whose
// present-tense verb in -s, right after the opening name, takes a bare noun
// or a quoted modifier as its object: "Brazil hikes/NNS tariffs", "Ghana
// signs/NNS accord". Headlines drop the article, so the tagger read the
// verb as a plural noun in a compound with the object, the clause had no
// verb and its event was lost. The negative rows keep their readings: a
// noun compound before the clause's own verb stays a noun ("Tesla shares
// slide", "Rwanda talks resume"), and a body sentence with its own past
// verb is not a headline.
func TestRoundThirtyFourHeadlineVerbBeforeNoun(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Brazil hikes tariffs on Chinese steel", "BRA>CHN 163"},
		{"Ghana signs accord with Togo", "GHA>TGO 057; TGO>GHA 057"},
		{"Poland orders 'immediate' expulsion of Belarusian diplomats", "POL>BLRGOV 174"},
		// The noun compound is the subject of the clause's own verb.
		{"Tesla shares slide after weak sales", ""},
		{"Rwanda talks resume in Doha", "RWA>QAT 046; QAT>RWA 046"},
		{"Ghana's exports rose sharply on Monday.", ""},
	}
	checkRuleCodes(t, "2025-01-01", tests)
}

// TestRoundThirtyFourHeadlineInfinitive codes a headline's to-infinitive
// with its subject before it as a scheduled act, as "is to" and "is set
// to" are: "Kenya to host talks" drops the "is" of "Kenya is to host
// talks". Before round thirty-four the act was coded as done ("Putin to
// visit India" a visit made, 042). The negative rows keep their readings:
// an infinitive that is the object of a verb of asking has that verb's
// code, and the headline's present tense is the act itself.
func TestRoundThirtyFourHeadlineInfinitive(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Erdogan to visit Egypt next month", "TURGOV>EGY 036; EGY>TURGOV 036"},
		{"Ghana and Togo to hold talks in Lome, officials say", "GHA>TGO 036; TGO>GHA 036"},
		// Asked, not scheduled; done.
		{"Egypt urged Ghana to hold talks with Togo.", "EGY>GHA 026"},
		{"Erdogan visits Egypt", "TURGOV>EGY 042; EGY>TURGOV 043"},
	}
	checkRuleCodes(t, "2025-01-01", tests)
}

// TestRoundThirtyFourTravelAdvisory codes a state telling its citizens not
// to travel to another state as reduced relations (160) with that state,
// the sets' reading of a travel advisory in a row; before round
// thirty-four the verbs' own codes made it a statement, an appeal or a
// threat. The negative rows keep their readings: citizens told something
// else, and travel warned against with no state named.
func TestRoundThirtyFourTravelAdvisory(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ghana warns citizens against travel to Togo as border row deepens", "GHA>TGO 160"},
		{"Ghana told its citizens on Monday to avoid travelling to Togo.", "GHA>TGO 160"},
		{"Ghana advised its citizens to avoid travel to Togo.", "GHA>TGO 160"},
		// Something else told; no state to avoid.
		{"Ghana told its citizens on Monday to stay calm.", ""},
		{"Ghana warned its citizens against travel during the storm.", ""},
	}
	checkRuleCodes(t, "2025-01-01", tests)
}
