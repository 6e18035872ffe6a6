package coder

import "testing"

// TestApposedReactions codes the criticism an apposed noun phrase reports
// of the clause's act (apposed.go): a reduced relative with a verb of
// criticism or "called" and a critical word, and a passive participle with
// a by-agent; "called" with praise is no criticism.
func TestApposedReactions(t *testing.T) {
	tests := []treeCase{
		{"a move X criticised",
			"Chile will send troops to Haiti, a move Peru criticised as a threat to the region.",
			"(ROOT (S (NP (NNP Chile)) (VP (MD will) (VP (VB send) (NP (NNS troops)) (PP (TO to) (NP (NP (NNP Haiti)) (, ,) (NP (NP (DT a) (NN move) (NNP Peru)) (VP (VBD criticised) (PP (IN as) (NP (DT a) (NN threat))) (PP (TO to) (NP (DT the) (NN region))))))))) (. .)))",
			"CHL>HTI 0332; PER>CHL 111"},
		{"a move X called unacceptable",
			"Chile will send troops to Haiti, a move Peru called unacceptable.",
			"(ROOT (S (S (NP (NNP Chile)) (VP (MD will) (VP (VB send) (NP (NNS troops)) (PP (TO to) (NP (NNP Haiti)))))) (, ,) (S (NP (DT a) (NN move) (NNP Peru)) (VP (VBD called) (ADJP (JJ unacceptable)))) (. .)))",
			"CHL>HTI 0332; PER>CHL 111"},
		{"a move X called historic is no criticism",
			"Chile will send troops to Haiti, a move Peru called historic.",
			"(ROOT (S (S (NP (NNP Chile)) (VP (MD will) (VP (VB send) (NP (NNS troops)) (PP (TO to) (NP (NNP Haiti)))))) (, ,) (S (NP (DT a) (NN move) (NNP Peru)) (VP (VBD called) (NP (NN historic)))) (. .)))",
			"CHL>HTI 0332"},
		{"an act condemned by X",
			"Kenya began expelling Somali refugees on Monday, in a mass expulsion condemned by the United Nations.",
			"(ROOT (S (S (NP (NNP Kenya)) (VP (VBD began) (NP (VBG expelling) (NNP Somali) (NNS refugees)) (PP (IN on) (NP (NNP Monday))))) (, ,) (PP (IN in) (NP (NP (DT a) (NN mass) (NN expulsion)) (VP (VBN condemned) (PP (IN by) (NP (DT the) (NNP United) (NNPS Nations)))))) (. .)))",
			"KEN>SOMREF 174; IGOUNO>KEN 111"},
		{"a titled critic after a possessive, and every author of the act",
			"Canada and Mexico recognised the new government on Tuesday, a step Brazil's foreign minister criticised as hasty.",
			"(ROOT (S (NP (NNP Canada) (CC and) (NNP Mexico)) (VP (VBD recognised) (NP (DT the) (JJ new) (NN government)) (PP (IN on) (NP (NP (NNP Tuesday)) (, ,) (NP (NP (NP (DT a) (NN step) (NNP Brazil) (POS 's)) (JJ foreign) (NN minister)) (VP (VBD criticised) (PP (IN as) (NP (NN hasty)))))))) (. .)))",
			"CAN>BRAGOV 051; MEX>BRAGOV 051; BRAGOV>CAN 111; BRAGOV>MEX 111"},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
