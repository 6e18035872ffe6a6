package coder

import "testing"

// TestDatelineMainVerb codes, as the pipeline does, a sentence under a
// dateline whose main verb follows a comma-delimited participle: the
// closing comma stretch holds the main verb and is not dropped (comma.go,
// topClause), as it is not without the dateline.
func TestDatelineMainVerb(t *testing.T) {
	tests := []treeCase{
		{"under a dateline",
			"MOSCOW (Reuters) - Russian President Vladimir Putin, speaking to reporters on Friday, condemned NATO.",
			"(ROOT (FRAG (NP (NP (NNP MOSCOW)) (PRN (-LRB- -LRB-) (NP (NNP Reuters)) (-RRB- -RRB-))) (: --) (S (NP (JJ Russian) (NNP President) (NNP Vladimir) (NNP Putin)) (, ,) (S (VP (VBG speaking) (PP (TO to) (NP (NNS reporters))) (PP (IN on) (NP (NNP Friday))))) (, ,) (VP (VBD condemned) (NP (NNP NATO)))) (. .)))",
			"RUSGOV>IGOWSTNAT 111"},
		{"without one",
			"Russian President Vladimir Putin, speaking to reporters on Friday, condemned NATO.",
			"(ROOT (S (NP (JJ Russian) (NNP President) (NNP Vladimir) (NNP Putin)) (, ,) (S (VP (VBG speaking) (PP (TO to) (NP (NNS reporters))) (PP (IN on) (NP (NNP Friday))))) (, ,) (VP (VBD condemned) (NP (NNP NATO))) (. .)))",
			"RUSGOV>IGOWSTNAT 111"},
		{"a closing comment after the dateline's clause is still dropped as a clause; its criticism is the apposed reaction (apposed.go)",
			"MOSCOW (Reuters) - Russia condemned NATO, a move Ukraine criticized.",
			"(ROOT (FRAG (NP (NP (NNP MOSCOW)) (PRN (-LRB- -LRB-) (NP (NNP Reuters)) (-RRB- -RRB-))) (: --) (S (NP (NNP Russia)) (VP (VBD condemned) (NP (NNP NATO)))) (, ,) (NP (NP (DT a) (NN move)) (SBAR (S (NP (NNP Ukraine)) (VP (VBD criticized))))) (. .)))",
			"RUS>IGOWSTNAT 111; UKR>RUS 111"},
	}
	checkTrees(t, newsCoder(t), "2023-01-30", tests)
}
