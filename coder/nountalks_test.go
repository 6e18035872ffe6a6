package coder

import "testing"

// TestActTalks codes talks named beside the act they led to (nountalks.go):
// "after peace talks with Y" between the clause's actor and Y, "after four
// hours of talks" between the two sides of a reciprocal act; talks dated
// to an earlier day or only ahead are no event.
func TestActTalks(t *testing.T) {
	tests := []treeCase{
		{"X agreed ... after four hours of talks: 046 between the two sides",
			"Biden and Xi agreed on Wednesday to resume military-to-military communications after four hours of talks near San Francisco.",
			"(ROOT (S (NP (NNP Biden) (CC and) (NNP Xi)) (VP (VBD agreed) (PP (IN on) (NP (NNP Wednesday))) (S (VP (TO to) (VP (VB resume) (NP (JJ military-to-military) (NNS communications)) (PP (IN after) (NP (NP (CD four) (NNS hours)) (PP (IN of) (NP (NNS talks))))) (PP (IN near) (NP (NNP San) (NNP Francisco))))))) (. .)))",
			"USAGOV>CHNGOV 030; CHNGOV>USAGOV 030; USAGOV>CHNGOV 046; CHNGOV>USAGOV 046"},
		{"X promised ... after peace talks with Y: 046 both ways",
			"Russia promised on Tuesday to scale down military operations around Kyiv after peace talks with Ukraine in Istanbul.",
			"(ROOT (S (NP (NNP Russia)) (VP (VBD promised) (PP (IN on) (NP (NNP Tuesday))) (S (VP (TO to) (VP (VB scale) (PRT (RP down)) (NP (JJ military) (NNS operations)) (PP (IN around) (NP (NNP Kyiv))) (PP (IN after) (NP (NN peace) (NNS talks))) (PP (IN with) (NP (NNP Ukraine))) (PP (IN in) (NP (NNP Istanbul))))))) (. .)))",
			"RUS>UKR 0356; RUS>UKR 046; UKR>RUS 046"},
		{"talks last week: no event",
			"India and China agreed on a plan to ease tensions after talks last week in Moscow.",
			"(ROOT (S (NP (NNP India) (CC and) (NNP China)) (VP (VBD agreed) (PP (IN on) (NP (DT a) (NN plan))) (S (VP (TO to) (VP (VB ease) (NP (NNS tensions)) (PP (IN after) (NP (NNS talks))) (NP (JJ last) (NN week)) (PP (IN in) (NP (NNP Moscow))))))) (. .)))",
			"IND>CHN 0356; CHN>IND 0356"},
		{"ahead of talks: no event",
			"Russia promised on Tuesday to scale down military operations around Kyiv ahead of peace talks with Ukraine in Istanbul.",
			"(ROOT (S (NP (NNP Russia)) (VP (VBD promised) (PP (IN on) (NP (NNP Tuesday))) (S (VP (TO to) (VP (VB scale) (PRT (RP down)) (NP (JJ military) (NNS operations)) (PP (IN around) (NP (NNP Kyiv))) (ADVP (RB ahead)) (PP (IN of) (NP (NN peace) (NNS talks))) (PP (IN with) (NP (NNP Ukraine))) (PP (IN in) (NP (NNP Istanbul))))))) (. .)))",
			"RUS>UKR 0356"},
	}
	checkTrees(t, newsCoder(t), "2024-05-05", tests)
}
