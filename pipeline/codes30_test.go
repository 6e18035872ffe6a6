package pipeline_test

import "testing"

// The cases of this file pin sub-codes the table coder/data/subcodes.txt
// gives a family's residual or three-digit code from the words of the
// verb's complement (round thirty, codes30). They use the rule coder alone
// (checkRuleCodes): the relabeller may move a code either way.

// TestCodes30MilitaryTies: a defence treaty, a mutual defence pact,
// contacts between two militaries and security cooperation named beside
// another kind are military cooperation (0312), as a defence agreement
// already was; a treaty of another kind and cooperation on trade are not.
func TestCodes30MilitaryTies(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Norway and Sweden agreed to sign a mutual defence treaty.", "NOR>SWE 0312; SWE>NOR 0312"},
		{"Japan and India agreed to deepen security and defence cooperation.", "JPN>IND 0312; IND>JPN 0312"},
		{"Chile and Peru agreed to restore military-to-military contacts.", "CHL>PER 0312; PER>CHL 0312"},
		// Not military: a trade treaty, economic cooperation.
		{"Norway and Sweden agreed to sign a trade treaty.", "NOR>SWE 0311; SWE>NOR 0311"},
		{"Chile and Peru agreed to step up cultural cooperation.", "CHL>PER 030; PER>CHL 030"},
	})
}

// TestCodes30AccusedMassing: forces massed at a border, alleged, are
// aggression (1123); massing supporters is no military act.
func TestCodes30AccusedMassing(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Georgia accused Russia of massing troops near the border.", "GEO>RUS 1123"},
		{"Georgia accused Russia of amassing tanks along the frontier.", "GEO>RUS 1123"},
		{"Georgia accused Russia of sponsoring separatist media.", "GEO>RUS 112"},
	})
}

// TestCodes30AccusedCrime: a coup plotted, extortion, kidnapping and vote
// buying alleged are crimes (1121).
func TestCodes30AccusedCrime(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Peruvian police accused former president Pedro Castillo of plotting a coup.", "PERCOP>PERELI 1121"},
		{"Colombia accused FARC rebels of kidnapping farmers.", "COL>COLREB 1121"},
		{"Moldova accused Russia of vote buying in the runoff.", "MDA>RUS 1121"},
		// No crime named.
		{"Moldova accused Russia of meddling in the runoff.", "MDA>RUS 112"},
		{"Colombia accused FARC rebels of recruiting children.", "COL>COLREB 112"},
	})
}

// TestCodes30AppealReconsider: an appeal to reconsider, revoke or reverse
// is one for a change of policy (0242); an appeal to talk is not.
func TestCodes30AppealReconsider(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"The United Nations urged Hungary to reconsider.", "IGOUNO>HUN 0242"},
		{"Japan urged Seoul to revoke the ruling.", "JPN>KOR 0242"},
		{"The United Nations urged Hungary to stay calm.", "IGOUNO>HUN 020"},
	})
}

// TestCodes30BlamedAttack: a state, its government or its forces blamed or
// held responsible where the sentence reports an attack or an explosion is
// accused of aggression (1123); a state held responsible for something else
// keeps 112. An armed group blamed for an attack was 112 here until round
// thirty-two: the session fifteen and sixteen harmonisations code it 1123,
// as the dev gold does (fresh31 ao-077, "blamed Boko Haram for the
// bombings", NGAMIL>NGAREB 1123; codes32_test.go).
func TestCodes30BlamedAttack(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Iraq said Iran was responsible for the bombing.", "IRQ>IRN 1123"},
		{"Two tankers were attacked on Thursday, and Pompeo said Iran was responsible.", "USAELI>IRN 1123"},
		// An armed group blamed: 1123 since round thirty-two.
		{"The Nigerian military blamed Boko Haram for the bombings.", "NGAMIL>NGAREB 1123"},
		// No attack named: 112.
		{"Egypt held Israel responsible for the closure of the crossing.", "EGY>ISR 112"},
	})
}

// TestCodes30ChargeAfterAdverb: an accusation whose charge follows a day and
// an adverb ("accused X on Sunday of illegally crossing …"), which the
// parser hangs outside the verb's phrase, is read for its sub-code as the
// plain "accused X of crossing …" is; a charge naming no aggression keeps
// 112.
func TestCodes30ChargeAfterAdverb(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Greece accused Turkey on Monday of illegally entering its airspace.", "GRC>TUR 1123"},
		{"Venezuela accused Guyana on Friday of deliberately crossing the border.", "VEN>GUY 1123"},
		{"Peru accused Chile on Monday of secretly funding opposition groups.", "PER>CHL 112"},
	})
}
