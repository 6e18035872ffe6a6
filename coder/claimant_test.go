package coder

import "testing"

// TestClaimantAttacks codes a claimed attack of the story day with the
// claimant as its source beside the 015 (claim.go, claimantAttacks): the
// means named after "for" gives the attack's code; an earlier act ("last
// week") is the claim alone.
func TestClaimantAttacks(t *testing.T) {
	tests := []treeCase{
		{"a claimed roadside bomb is the claimant's",
			"The Pakistani Taliban claimed responsibility on Sunday for a roadside bomb that killed five policemen in Peshawar.",
			"(ROOT (S (NP (DT The) (NNP Pakistani) (NNP Taliban)) (VP (VBD claimed) (NP (NN responsibility)) (PP (IN on) (NP (NNP Sunday))) (PP (IN for) (NP (NP (DT a) (NN roadside) (NN bomb)) (SBAR (WHNP (WDT that)) (S (VP (VBD killed) (NP (CD five) (NNS policemen)) (PP (IN in) (NP (NNP Peshawar))))))))) (. .)))",
			"PAKREB>PAKCOP 015; PAKREB>PAKCOP 1833"},
		{"an earlier bomb is the claim alone",
			"The Pakistani Taliban claimed responsibility on Sunday for a roadside bomb that killed five policemen in Peshawar last week.",
			"(ROOT (S (NP (DT The) (NNP Pakistani) (NNP Taliban)) (VP (VBD claimed) (NP (NN responsibility)) (PP (IN on) (NP (NNP Sunday))) (PP (IN for) (NP (NP (DT a) (NN roadside) (NN bomb)) (SBAR (WHNP (WDT that)) (S (VP (VBD killed) (NP (CD five) (NNS policemen)) (PP (IN in) (NP (NNP Peshawar))) (NP (JJ last) (NN week)))))))) (. .)))",
			"PAKREB>PAKCOP 015"},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
