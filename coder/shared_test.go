package coder

import "testing"

// TestSharedObjects codes, as the pipeline does, a bare verb coordinated
// with a verb that has an object (shared.go): both act on the object.
func TestSharedObjects(t *testing.T) {
	tests := []treeCase{
		{"a bare verb before 'or' shares the last verb's object",
			"Israeli forces demolished or seized 24 Palestinian structures.",
			"(ROOT (S (NP (JJ Israeli) (NNS forces)) (VP (VP (VBD demolished)) (CC or) (VP (VBD seized) (NP (CD 24) (JJ Palestinian) (NNS structures)))) (. .)))",
			"ISRMIL>PSE 1711; ISRMIL>PSE 1712"},
		{"each verb with an object of its own is left to its own patterns",
			"Israeli forces demolished Palestinian homes and seized Lebanese land.",
			"(ROOT (S (NP (JJ Israeli) (NNS forces)) (VP (VP (VBD demolished) (NP (JJ Palestinian) (NNS homes))) (CC and) (VP (VBD seized) (NP (JJ Lebanese) (NN land)))) (. .)))",
			"ISRMIL>PSE 1712; ISRMIL>LBN 192"},
		{"a negated first verb is no act",
			"Israeli forces did not demolish but seized 24 Palestinian structures.",
			"(ROOT (S (NP (JJ Israeli) (NNS forces)) (VP (VP (VBD did) (RB not) (VB demolish)) (CC but) (VP (VBD seized) (NP (CD 24) (JJ Palestinian) (NNS structures)))) (. .)))",
			"ISRMIL>PSE 1711"},
	}
	checkTrees(t, newsCoder(t), "2023-03-26", tests)
}

// TestThreatParticiples codes a closing threat participle set off by a comma
// (forceClause in verbs.go) as an act of the main clause's subject.
func TestThreatParticiples(t *testing.T) {
	tests := []treeCase{
		{"a closing warning is a threat of its own",
			"Iran summoned the British ambassador, warning London against interfering in its affairs.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD summoned) (NP (DT the) (JJ British) (NN ambassador)) (, ,) (S (VP (VBG warning) (NP (NNP London)) (PP (IN against) (S (VP (VBG interfering) (PP (IN in) (NP (PRP$ its) (NNS affairs))))))))) (. .)))",
			"IRN>GBRGOV 110; IRN>GBR 130"},
		{"a closing threat names its target",
			"Russia massed troops on the border, threatening Kyiv with an invasion.",
			"(ROOT (S (NP (NNP Russia)) (VP (VBD massed) (NP (NNS troops)) (PP (IN on) (NP (DT the) (NN border))) (, ,) (S (VP (VBG threatening) (NP (NNP Kyiv)) (PP (IN with) (NP (DT an) (NN invasion)))))) (. .)))",
			"RUS>UKR 1382"},
		{"a warning of a danger threatens no one",
			"The United Nations released a report, warning of famine in Yemen.",
			"(ROOT (S (NP (DT The) (NNP United) (NNP Nations)) (VP (VBD released) (NP (DT a) (NN report)) (, ,) (S (VP (VBG warning) (PP (IN of) (NP (NP (NN famine)) (PP (IN in) (NP (NNP Yemen)))))))) (. .)))",
			""},
		{"a closing statement stays an aside",
			"Iran summoned the British ambassador, saying London had interfered.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD summoned) (NP (DT the) (JJ British) (NN ambassador)) (, ,) (S (VP (VBG saying) (SBAR (S (NP (NNP London)) (VP (VBD had) (VP (VBN interfered)))))))) (. .)))",
			"IRN>GBRGOV 110"},
	}
	checkTrees(t, newsCoder(t), "2023-03-26", tests)
}

// TestElidedOthers codes a later conjunct whose object is "N others" at the
// first conjunct's target (elidedOthers in shared.go).
func TestElidedOthers(t *testing.T) {
	tests := []treeCase{
		{"five others are more of the first conjunct's target",
			"Israeli troops killed two Palestinian gunmen and arrested five others.",
			"(ROOT (S (NP (JJ Israeli) (NNS troops)) (VP (VP (VBD killed) (NP (CD two) (JJ Palestinian) (NNS gunmen))) (CC and) (VP (VBD arrested) (NP (CD five) (NNS others)))) (. .)))",
			"ISRMIL>PSEUAF 190; ISRMIL>PSEUAF 173"},
		{"a named object is the conjunct's own",
			"Israeli troops killed two Palestinian gunmen and arrested five Lebanese.",
			"(ROOT (S (NP (JJ Israeli) (NNS troops)) (VP (VP (VBD killed) (NP (CD two) (JJ Palestinian) (NNS gunmen))) (CC and) (VP (VBD arrested) (NP (CD five) (NNPS Lebanese)))) (. .)))",
			"ISRMIL>PSEUAF 190; ISRMIL>LBN 173"},
	}
	checkTrees(t, newsCoder(t), "2023-03-26", tests)
}
