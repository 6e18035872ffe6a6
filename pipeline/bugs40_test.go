package pipeline_test

import "testing"

// The cases of this file pin round thirty-five's bugs40 fixes. They use the
// rule coder alone (checkRuleCodes): the relabeller may move a code.

// TestBugs40InquiryTopicEndsAtClause: a use of force after "inquiry into" is
// the inquiry's topic only with no comma or new clause between
// (coder/inquiry.go). A clause opened by BECAUSE, UNTIL, THEN, ALTHOUGH,
// THOUGH or WHEREAS tells its act for itself, as one opened by AND or
// AFTER already did; a relative clause (WHO, THAT) stays inside the topic.
func TestBugs40InquiryTopicEndsAtClause(t *testing.T) {
	checkRuleCodes(t, "2024-04-14", []struct{ text, want string }{
		{"The Nigerian army opened an inquiry into the protests because Nigerian soldiers shot three students in Lagos.", "NGAMIL>NGAEDU 193"},
		{"The Nigerian army opened an inquiry into the protests until Nigerian soldiers shot three students in Lagos.", "NGAMIL>NGAEDU 193"},
		{"The Nigerian army opened an inquiry into the protests then Nigerian soldiers shot three students in Lagos.", "NGAMIL>NGAEDU 193"},
		// Must not change: the shooting is what the inquiry looks into.
		{"The Nigerian army opened an inquiry into the Nigerian soldiers who shot three students in Lagos.", ""},
		{"The Nigerian army opened an inquiry into the protests, and Nigerian soldiers shot three students in Lagos.", "NGAMIL>NGAEDU 193"},
	})
}

// TestBugs40KoreanSouth: "the South" in a sentence that speaks of Korea is
// South Korea, as "the North" is North Korea (coder/north.go): "the South
// returned fire" is South Korea's retaliation. Elsewhere it names no actor.
func TestBugs40KoreanSouth(t *testing.T) {
	checkRuleCodes(t, "2024-04-14", []struct{ text, want string }{
		{"North Korean artillery shelled a South Korean island on Tuesday, and the South returned fire.", "PRKMIL>KOR 194; KOR>PRKMIL 190"},
		{"North Korean artillery shelled a South Korean island on Tuesday and the South returned fire with howitzers.", "PRKMIL>KOR 194; KOR>PRKMIL 194"},
		// Must not change: no Korea in the sentence.
		{"Sudanese rebels shelled an army base in Darfur on Tuesday, and the South returned fire.", "SDNREB>SDNMIL 194"},
	})
}

// TestBugs40ProtestKeepsClosingDemand: a protest whose pattern reads a
// closing "…, demanding that …" does not yield to the demand (coder/verbs.go
// dropSays): the demand is the protest's content and protestDemands folds
// it. A demand told by a finite verb of another clause stays beside the
// protest.
func TestBugs40ProtestKeepsClosingDemand(t *testing.T) {
	checkRuleCodes(t, "2024-04-14", []struct{ text, want string }{
		{"Thousands of Armenian protesters rallied in central Yerevan on Sunday, demanding that Prime Minister Nikol Pashinyan resign over the defeat.", "ARMOPP>ARMGOV 1411"},
		{"Kenyan protesters rallied outside parliament in Nairobi, demanding that President Ruto withdraw the finance bill and resign.", "KENOPP>KENGOV 1412"},
		// Must not change: the demand is a clause of its own.
		{"Kenyan protesters rallied outside parliament in Nairobi, and the opposition demanded that President Ruto resign.", "KENOPP>KENGOV 141; KENOPP>KENGOV 1041"},
	})
}
