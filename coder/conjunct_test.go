package coder

import "testing"

// TestTargetlessConjuncts gives a later conflictual conjunct that names no
// actor the first conjunct's target (conjunct.go), beside a cooperative one
// and one that names its own target.
func TestTargetlessConjuncts(t *testing.T) {
	tests := []treeCase{
		{"a threat with no actor is made to the first conjunct's target",
			"The Kremlin criticised Finland for joining NATO and warned of countermeasures.",
			"(ROOT (S (NP (DT The) (NNP Kremlin)) (VP (VP (VBD criticised) (NP (NNP Finland)) (PP (IN for) (S (VP (VBG joining) (NP (NNP NATO)))))) (CC and) (VP (VBD warned) (PP (IN of) (NP (NNS countermeasures))))) (. .)))",
			"RUSGOV>FIN 111; RUSGOV>FIN 130"},
		{"tear gas fired after arrests is fired at the arrested",
			"Riot police arrested dozens of Belarusian protesters in Minsk and fired tear gas.",
			"(ROOT (S (NP (NNP Riot) (NNS police)) (VP (VP (VBD arrested) (NP (NP (NNS dozens)) (PP (IN of) (NP (NNP Belarusian) (NNS protesters)))) (PP (IN in) (NP (NNP Minsk)))) (CC and) (VP (VBD fired) (NP (JJ tear) (NN gas)))) (. .)))",
			"BLRCOP>BLROPP 173; BLRCOP>BLROPP 175"},
		{"a cooperative later conjunct is not carried",
			"Chinese President Xi Jinping met Brazilian President Lula and praised the partnership.",
			"(ROOT (S (NP (JJ Chinese) (NNP President) (NNP Xi) (NNP Jinping)) (VP (VP (VBD met) (NP (JJ Brazilian) (NNP President) (NNP Lula))) (CC and) (VP (VBD praised) (NP (DT the) (NN partnership)))) (. .)))",
			"CHNGOV>BRAGOV 040"},
		{"a later conjunct naming its own target keeps it",
			"Iran condemned Israel on Monday and threatened to retaliate against Jordan.",
			"(ROOT (S (NP (NNP Iran)) (VP (VP (VBD condemned) (NP (NNP Israel)) (PP (IN on) (NP (NNP Monday)))) (CC and) (VP (VBD threatened) (S (VP (TO to) (VP (VB retaliate) (PP (IN against) (NP (NNP Jordan)))))))) (. .)))",
			"IRN>ISR 111; IRN>JOR 138"},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
