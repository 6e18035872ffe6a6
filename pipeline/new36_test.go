package pipeline_test

import "testing"

// TestRoundThirtyThreeTitledEnvoy codes an envoy summoned by title and name
// ("summoned Russian Ambassador Anatoly Antonov") as the summons it is,
// 114, as "summoned the Russian ambassador" was already. Before round
// thirty-three the title word sat inside the person's name, whose last
// word was taken for its head, so the pattern's AMBASSADOR counted as read
// out of a name and the summons fell back to SUMMON's 040. The negative
// rows: a word of an organisation's name is still no word of the act, and
// a verb with no pattern for the title keeps its own code.
func TestRoundThirtyThreeTitledEnvoy(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Japan summoned Chinese Ambassador Wu Jianghao on Tuesday.", "JPN>CHNGOV 114"},
		{"China summoned U.S. Ambassador Nicholas Burns on Friday.", "CHN>USAGOV 114"},
		{"Japan summoned the Chinese ambassador on Tuesday.", "JPN>CHNGOV 114"},
		// Not a title: a name's words, or a verb with no envoy pattern.
		{"Sudan asked Saudi Arabia to mediate with the Rapid Support Forces on Monday.", "SDN>SAU 028"},
		{"Japan met Chinese Ambassador Wu Jianghao on Tuesday.", "JPN>CHNGOV 040"},
	}
	checkRuleCodes(t, "2025-01-01", tests)
}

// TestRoundThirtyThreeArrivedUnder codes military instructors and rescue
// teams that arrived in a state "under an agreement" as the aid round
// thirty's rows say they are (072, 073). Those rows stood after ARRIVE's
// "- * UNDER [---]", which conflict30 had put last so that troops arriving
// under a defence pact keep their deployment, and the null blanked them.
// The negative row: others arriving under a deal stay no event.
func TestRoundThirtyThreeArrivedUnder(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Russian military instructors arrived in Mali on Friday under an agreement with the junta.", "RUSMIL>MLI 072"},
		{"A Turkish rescue team arrived in Morocco on Sunday under a bilateral agreement.", "TUR>MAR 073"},
		{"Russian military instructors arrived in Niger on Friday.", "RUSMIL>NER 072"},
		// Not aid: the null still blanks the rest.
		{"Russian diplomats arrived in Niger on Friday under a deal.", ""},
	}
	checkRuleCodes(t, "2025-01-01", tests)
}

// TestRoundThirtyThreePortCall codes warships docked in or at another
// state's port as the navy's visit (042) with no hosting beside it, as the
// sets code port calls; DOCK's "- * IN [042:043]" gave the host a 043 and
// "docked at Sri Lanka's port" gave nothing. The negative rows: a port
// with no state named gives no visit, and a leader's arrival keeps ARRIVE's
// own rows.
func TestRoundThirtyThreePortCall(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Two Iranian warships docked in Rio de Janeiro on Sunday.", "IRNMIL>BRA 042"},
		{"A Russian frigate docked at the port of Colombo on Monday.", "RUSMIL>LKA 042"},
		{"A Chinese tracking ship docked at Sri Lanka's Hambantota port on Tuesday.", "CHN>LKA 042"},
		// Not a port call to a state, or not a docking.
		{"A ship that docked at a naval base in December carried weapons.", ""},
		{"The Chinese president arrived in Colombo on Tuesday.", "CHNGOV>LKA 042"},
	}
	checkRuleCodes(t, "2025-01-01", tests)
}
