package pipeline_test

import "testing"

// The cases of this file pin round thirty-five's closing participles
// (participle39). They use the rule coder alone (checkRuleCodes): the
// relabeller may move a code.

// TestParticiple39DemandClosingProtest: a ", demanding …" participle
// closing a protest by the same side is the protest's content, coded as the
// protest's sub-code (1411 "demonstrate for leadership change"), not as a
// second event; a protest still at its three-digit code takes the demand's
// sub-code. A demand with no protest before it, and one closing another
// clause (a finite verb between), stay demands.
func TestParticiple39DemandClosingProtest(t *testing.T) {
	checkRuleCodes(t, "2024-07-01", []struct{ text, want string }{
		{"Kenyan protesters marched through Nairobi on Sunday for a third week, demanding that President William Ruto resign and the police be reformed.", "KENOPP>KENGOV 1411"},
		{"Kenyan protesters demonstrated in Nairobi on Sunday, demanding that President William Ruto resign and the police be reformed.", "KENOPP>KENGOV 1411"},
		{"Kenyan farmers blocked roads into Nairobi on Monday, demanding that the government scrap the new tax on fertiliser and raise the price paid for maize.", "KENAGR>KENGOV 1442"},
		// The protest at its three-digit code takes the demand's sub-code.
		{"Thousands of Kenyan protesters marched in Nairobi and Mombasa on Sunday and clashed with police, demanding that President William Ruto resign and the police be reformed.", "KENOPP>KENGOV 1411; KENOPP>KENCOP 1451"},
		// No protest: the demand stays.
		{"China summoned Japan's ambassador on Friday, demanding that Tokyo retract the remarks about Taiwan and apologise to the Chinese people at once.", "CHN>JPNGOV 114; CHN>JPN 100"},
		// The demand closes the attribution, not the march: it stays.
		{"Kenyan protesters marched through Nairobi on Sunday, the opposition said, demanding that President William Ruto resign and the police be reformed.", "KENOPP>KENGOV 141; KENOPP>KENGOV 1041; KENOPP>KENCOP 1041"},
	})
}
