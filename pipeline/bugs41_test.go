package pipeline_test

import "testing"

// TestRoundThirtySixProposedSanctions pins round thirty-six's rows for
// sanctions, an embargo or a trade ban proposed or recommended (branch
// bugs41, the +SUGGEST section of pipeline/data/dyad.verbs.txt), with the
// learned component off. The SUGGEST block's own code is an appeal, and the
// sub-code table read an appeal about sanctions as 0254, the appeal to ease
// them; a proposed imposition is a threatened one (1312). The sentences are
// written for the test.
func TestRoundThirtySixProposedSanctions(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"The European Commission proposed a ban on imports of Belarusian potash on Wednesday.", "IGOEUREEC>BLR 1312"},
		{"The European Commission proposed new sanctions against Belarus on Wednesday.", "IGOEUREEC>BLR 1312"},
		// Negative: sanctions proposed to be lifted stay the appeal to ease them.
		{"France proposed easing the embargo on Cuba on Wednesday.", "FRA>CUB 0254"},
		{"France proposed on Wednesday that sanctions on Cuba be lifted.", "FRA>CUB 0254"},
		{"France advocated an end to the sanctions on Cuba on Wednesday.", "FRA>CUB 0254"},
		// Negative: a proposal of talks keeps its own row.
		{"Germany proposed talks with Russia on Wednesday.", "DEU>RUS 036"},
	}
	checkRuleCodes(t, "2024-06-01", tests)
}

// TestRoundThirtySixSlappedBan pins the SLAP rows of the same section: a ban
// slapped on an actor's imports is an embargo imposed (163), not SLAP's own
// 180 assault. The sentences are written for the test.
func TestRoundThirtySixSlappedBan(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Moscow slapped a ban on imports of Moldovan wine on Tuesday.", "RUS>MDA 163"},
		// Negative: a slapped embargo keeps the row it had.
		{"China slapped an embargo on Australian coal on Tuesday.", "CHN>AUS 163"},
	}
	checkRuleCodes(t, "2024-06-01", tests)
}

// TestRoundThirtySixAnnouncedBan pins the ANNOUNCE and SIGN rows of round
// thirty-six (branch bugs41): a ban on imports announced by the state that
// imposes it, and sanctions imposed by a signed decree, are the imposition
// (163). Before, the announced ban was a statement or a threat (1312), and
// SIGN's "- * DECREE [100]" made the decree a demand the sub-code table read
// as a demand to ease sanctions (1054). The sentences are written for the
// test.
func TestRoundThirtySixAnnouncedBan(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Russia announced a ban on imports of Polish apples on Monday.", "RUS>POL 163"},
		{"Putin signed a decree imposing sanctions on Georgia on Monday.", "RUSGOV>GEO 163"},
		// Negative: SAY, in ANNOUNCE's block, does not impose the ban it
		// speaks of.
		{"Russia said its ban on imports of Polish apples would stay.", "RUS>POL 010"},
		// Negative: a decree that names no sanctions is no event.
		{"Putin signed a decree on Monday.", ""},
		// Negative: a ban whose lifting or end is announced is eased (085),
		// not imposed; so are sanctions (the errata row read them 163).
		{"Russia announced the lifting of its ban on imports of Turkish tomatoes on Monday.", "RUS>TUR 085"},
		{"Russia announced an end to its ban on imports of Turkish tomatoes on Monday.", "RUS>TUR 085"},
		{"The United States announced the lifting of sanctions on Sudan on Monday.", "USA>SDN 085"},
	}
	checkRuleCodes(t, "2024-06-01", tests)
}
