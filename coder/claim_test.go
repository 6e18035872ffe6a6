package coder

import "testing"

// TestSemicolonAndClaims codes, as the pipeline does, a clause after a
// semicolon (comma.go: never part of a dropped comma clause) and a claim of
// responsibility that takes the victims of the sentence's attack
// (claim.go), each beside a shape to leave alone.
func TestSemicolonAndClaims(t *testing.T) {
	tests := []treeCase{
		{"a clause after a semicolon is its own event",
			"Israeli troops arrested ten Palestinians, mostly students; Hamas condemned Israel.",
			"(ROOT (S (S (NP (JJ Israeli) (NNS troops)) (VP (VBD arrested) (NP (JJ ten) (NNPS Palestinians)))) (, ,) (ADVP (RB mostly)) (NP (NNS students)) (: ;) (S (NP (NNP Hamas)) (VP (VBD condemned) (NP (NNP Israel)))) (. .)))",
			"ISRMIL>PSE 173; PSEREBHMS>ISR 111"},
		{"a closing comma clause without a semicolon is still dropped",
			"Israeli troops arrested ten Palestinians, mostly students, Hamas said.",
			"(ROOT (S (S (NP (JJ Israeli) (NNS troops)) (VP (VBD arrested) (NP (JJ ten) (NNPS Palestinians)))) (, ,) (ADVP (RB mostly)) (S (NP (NNS students)) (, ,) (NP (NNP Hamas)) (VP (VBD said))) (. .)))",
			"ISRMIL>PSE 173"},
		{"a claim of responsibility targets the attack's victims",
			"A suicide bomber struck a police station in Peshawar, killing ten policemen; the Pakistani Taliban claimed responsibility.",
			"(ROOT (S (S (NP (DT A) (JJ suicide) (NN bomber)) (VP (VBD struck) (NP (DT a) (NN police) (NN station)) (PP (IN in) (NP (NNP Peshawar))) (, ,) (S (VP (VBG killing) (NP (JJ ten) (NNS policemen)))))) (: ;) (S (NP (DT the) (NNP Pakistani) (NNP Taliban)) (VP (VBD claimed) (NP (NN responsibility)))) (. .)))",
			"PAKREB>PAKCOP 1831; PAKREB>PAKCOP 015"},
		{"a denial of responsibility is no claim",
			"A suicide bomber struck a police station in Peshawar; the Pakistani Taliban denied responsibility.",
			"(ROOT (S (S (NP (DT A) (JJ suicide) (NN bomber)) (VP (VBD struck) (NP (DT a) (NN police) (NN station)) (PP (IN in) (NP (NNP Peshawar))))) (: ;) (S (NP (DT the) (NNP Pakistani) (NNP Taliban)) (VP (VBD denied) (NP (NN responsibility)))) (. .)))",
			"PAKREB>PAKCOP 1831"},
		{"a claim with no attack in the sentence adds nothing",
			"The Pakistani Taliban claimed responsibility.",
			"(ROOT (S (NP (DT The) (NNP Pakistani) (NNP Taliban)) (VP (VBD claimed) (NP (NN responsibility))) (. .)))",
			""},
	}
	checkTrees(t, newsCoder(t), "2023-01-30", tests)
}
