package coder

import "testing"

// TestParticipleTargets drops a verb's default target reached past a
// comma and another verb's participle (pasttarget.go); a participle used
// as a preposition, and a participle's own event, stay.
func TestParticipleTargets(t *testing.T) {
	tests := []treeCase{
		{"the participle's object is not the proposal's addressee",
			"China proposed a host of alternative security frameworks for the Gulf, undermining the U.S.-led security umbrella that ensures its prosperity in the region.",
			"(ROOT (S (NP (NNP China)) (VP (VBD proposed) (NP (NP (DT a) (NN host)) (PP (IN of) (NP (JJ alternative) (NN security) (NNS frameworks)))) (PP (IN for) (NP (DT the) (NNP Gulf))) (, ,) (S (VP (VBG undermining) (NP (NP (DT the) (JJ U.S.-led) (NN security) (NN umbrella)) (SBAR (WHNP (WDT that)) (S (VP (VBZ ensures) (NP (PRP$ its) (NN prosperity)) (PP (IN in) (NP (DT the) (NN region)))))))))) (. .)))",
			""},
		{"including is a preposition",
			"The Chinese delegates met senior Iranian officials, including President Ebrahim Raisi.",
			"(ROOT (S (NP (DT The) (JJ Chinese) (NNS delegates)) (VP (VBD met) (NP (JJ senior) (JJ Iranian) (NNS officials)) (, ,) (S (VP (VBG including) (NP (NNP President) (NNP Ebrahim) (NNP Raisi))))) (. .)))",
			"CHNLEG>IRNGOV 040"},
		{"the participle's own event stays",
			"China criticized Japan on Monday, accusing Tokyo of provocation.",
			"(ROOT (S (NP (NNP China)) (VP (VBD criticized) (NP (NNP Japan)) (PP (IN on) (NP (NNP Monday))) (, ,) (S (VP (VBG accusing) (NP (NP (NNP Tokyo)) (PP (IN of) (NP (NN provocation))))))) (. .)))",
			"CHN>JPN 111; CHN>JPN 1123"}, // provocation alleged is aggression (subcodes.txt)
	}
	checkTrees(t, newsCoder(t), "2005-06-01", tests)
}
