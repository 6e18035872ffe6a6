package coder

import "testing"

// TestVisitStates: the visit (042) a hosting implies goes to the host
// state; the hosting (043) keeps the host's role (visitstate.go).
func TestVisitStates(t *testing.T) {
	tests := []treeCase{
		{"a head of state hosted: the visit is to his country",
			"Chinese President Xi Jinping hosted Brazilian President Lula on Friday.",
			"(ROOT (S (NP (JJ Chinese) (NNP President) (NNP Xi) (NNP Jinping)) (VP (VBD hosted) (NP (JJ Brazilian) (NNP President) (NNP Lula)) (PP (IN on) (NP (NNP Friday)))) (. .)))",
			"CHNGOV>BRAGOV 043; BRAGOV>CHN 042"},
		{"an envoy hosted in the capital: the visit is to the state",
			"Lebanese President Joseph Aoun hosted the U.S. envoy in Beirut on Monday.",
			"(ROOT (S (NP (NNP Lebanese) (NNP President) (NNP Joseph) (NNP Aoun)) (VP (VBD hosted) (NP (DT the) (NNP U.S.) (NN envoy)) (PP (IN in) (NP (NNP Beirut))) (PP (IN on) (NP (NNP Monday)))) (. .)))",
			"LBNGOV>USAGOV 043; USAGOV>LBN 042"},
		{"a host that is no government keeps its code",
			"Indian Prime Minister Narendra Modi hosted Afghan Taliban leaders on Monday.",
			"(ROOT (S (NP (JJ Indian) (NNP Prime) (NNP Minister) (NNP Narendra) (NNP Modi)) (VP (VBD hosted) (NP (NNP Afghan) (NNP Taliban) (NNS leaders)) (PP (IN on) (NP (NNP Monday)))) (. .)))",
			"INDGOV>AFGREB 043; AFGREB>IND 042"},
	}
	c := newsCoder(t)
	checkCapitalTrees(t, c, "2025-07-07", tests)
	// An unknown surname's title read as the destination's government: no
	// visit of a state to itself, and no self-hosting.
	checkCapitalTrees(t, c, "2005-03-01", []treeCase{{"no visit to one's own country",
		"President Parvanov visited Moscow on Tuesday.",
		"(ROOT (S (NP (NNP President) (NNP Parvanov)) (VP (VBD visited) (NP (NNP Moscow)) (PP (IN on) (NP (NNP Tuesday)))) (. .)))",
		""}})
}

// TestGovState: only a state's GOV, alone or after a dated sub-state.
func TestGovState(t *testing.T) {
	for code, want := range map[string]string{
		"RUSGOV": "RUS", "SCGSRBGOV": "SCGSRB", "RUS": "", "RUSMIL": "",
		"AFGREB": "", "IGOUNO": "", "RUSGOVMIL": "", "PSEREBHMSGOV": "",
	} {
		if got := govState(code); got != want {
			t.Errorf("govState(%s) = %q, want %q", code, got, want)
		}
	}
}
