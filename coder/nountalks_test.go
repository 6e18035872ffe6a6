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
			"USAGOV>CHNGOV 0312; CHNGOV>USAGOV 0312; USAGOV>CHNGOV 046; CHNGOV>USAGOV 046"}, // military-to-military contacts: 0312 (codes30)
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
		{"talks dated by a year: no event",
			"Russia promised on Tuesday to scale down military operations around Kyiv after peace talks with Ukraine in 2019.",
			"(ROOT (S (NP (NNP Russia)) (VP (VBD promised) (PP (IN on) (NP (NNP Tuesday))) (S (VP (TO to) (VP (VB scale) (PRT (RP down)) (NP (JJ military) (NNS operations)) (PP (IN around) (NP (NNP Kyiv))) (PP (IN after) (NP (NN peace) (NNS talks))) (PP (IN with) (NP (NNP Ukraine))) (PP (IN in) (NP (CD 2019))))))) (. .)))",
			"RUS>UKR 0356"},
		{"a number counting a noun is not a year: 046 both ways",
			"Russia promised on Tuesday to scale down military operations around Kyiv after peace talks with Ukraine in Istanbul attended by 2000 delegates.",
			"(ROOT (S (NP (NNP Russia)) (VP (VBD promised) (PP (IN on) (NP (NNP Tuesday))) (S (VP (TO to) (VP (VB scale) (PRT (RP down)) (NP (JJ military) (NNS operations)) (PP (IN around) (NP (NNP Kyiv))) (PP (IN after) (NP (NN peace) (NNS talks))) (PP (IN with) (NP (NNP Ukraine))) (PP (IN in) (NP (NP (NNP Istanbul)) (VP (VBN attended) (PP (IN by) (NP (CD 2000) (NNS delegates)))))))))) (. .)))",
			"RUS>UKR 0356; RUS>UKR 046; UKR>RUS 046"},
	}
	checkTrees(t, newsCoder(t), "2024-05-05", tests)
}

// TestActVisitBy codes a visit a noun names beside the act, its visitor in
// a by-phrase (nountalks.go): the host after "to", else the source of an
// act toward the visitor's country; a visit dated to an earlier day is no
// event.
func TestActVisitBy(t *testing.T) {
	tests := []treeCase{
		{"signed ... during a visit by X to Y: X>Y 042",
			"Japan and India signed a civil nuclear pact on Friday during a visit by Prime Minister Narendra Modi to Tokyo.",
			"(ROOT (S (NP (NNP Japan) (CC and) (NNP India)) (VP (VBD signed) (NP (DT a) (JJ civil) (JJ nuclear) (NN pact)) (PP (IN on) (NP (NNP Friday))) (PP (IN during) (NP (DT a) (NN visit))) (PP (IN by) (NP (NNP Prime) (NNP Minister) (NNP Narendra) (NNP Modi))) (PP (TO to) (NP (NNP Tokyo)))) (. .)))",
			"JPN>IND 057; IND>JPN 057; INDGOV>JPN 042"},
		{"Y acted toward X's country hours after a visit by X: X>Y 042",
			"Mali expelled the French ambassador on Monday, hours after a visit by French Defence Minister Florence Parly.",
			"(ROOT (S (NP (NNP Mali)) (VP (VBD expelled) (NP (DT the) (JJ French) (NN ambassador)) (PP (IN on) (NP (NP (NNP Monday)) (, ,) (NP (NP (NP (NNS hours)) (PP (IN after) (NP (DT a) (NN visit)))) (PP (IN by) (NP (JJ French) (NNP Defence) (NNP Minister) (NNP Florence) (NNP Parly))))))) (. .)))",
			"MLI>FRAGOV 161; FRAELI>MLI 042"},
		{"a visit last month: no event",
			"Mali expelled the French ambassador on Monday, after a visit by French Defence Minister Florence Parly last month.",
			"(ROOT (S (S (NP (NNP Mali)) (VP (VBD expelled) (NP (DT the) (JJ French) (NN ambassador)) (PP (IN on) (NP (NNP Monday))))) (, ,) (PP (IN after) (NP (DT a) (NN visit))) (PP (IN by) (NP (JJ French) (NNP Defence) (NNP Minister) (NNP Florence) (NNP Parly))) (NP (JJ last) (NN month)) (. .)))",
			"MLI>FRAGOV 161"},
	}
	checkTrees(t, newsCoder(t), "2024-05-05", tests)
}
