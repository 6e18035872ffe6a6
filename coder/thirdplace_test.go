package coder

import "testing"

// TestThirdPlaceMeetings codes a meeting of two states' actors in a third
// country as 044 (thirdplace.go), with the visits to the host the manual's
// 044 example links to it; a meeting in one party's country stays 040 with
// its home visit, and one with an international body stays 040.
func TestThirdPlaceMeetings(t *testing.T) {
	tests := []treeCase{
		{"a third country's capital",
			"The Armenian prime minister met the Azerbaijani president in Prague on Thursday.",
			"(ROOT (S (NP (DT The) (JJ Armenian) (JJ prime) (NN minister)) (VP (VBD met) (NP (DT the) (NNP Azerbaijani) (NN president)) (PP (IN in) (NP (NNP Prague))) (PP (IN on) (NP (NNP Thursday)))) (. .)))",
			"ARMGOV>AZEGOV 044; AZEGOV>ARMGOV 044; ARMGOV>CZE 042; AZEGOV>CZE 042"},
		{"one party's capital",
			"The Israeli prime minister met the Egyptian president in Cairo.",
			"(ROOT (S (NP (DT The) (NNP Israeli) (JJ prime) (NN minister)) (VP (VBD met) (NP (DT the) (NNP Egyptian) (NN president)) (PP (IN in) (NP (NNP Cairo)))) (. .)))",
			"ISRGOV>EGY 042; EGYGOV>ISRGOV 043"},
		{"an international body has no home",
			"The Kenyan president met the head of the African Union in Paris.",
			"(ROOT (S (NP (DT The) (NNP Kenyan) (NN president)) (VP (VBD met) (NP (NP (DT the) (NN head)) (PP (IN of) (NP (DT the) (NNP African) (NNP Union)))) (PP (IN in) (NP (NNP Paris)))) (. .)))",
			"KENGOV>IGOAFRAFU 040; IGOAFRAFU>KENGOV 040"},
	}
	checkTrees(t, newsCoder(t), "2005-06-01", tests)
}
