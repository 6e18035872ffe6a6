package coder

import "testing"

// TestLegislativeRemovals codes a legislature's vote that removes its
// state's leader as the leader's 0831 to the legislature (legremoval.go):
// the vote "to remove" is that 0831 alone, another vote adds none. The
// impeachment cases are in pipeline/linked19_test.go.
func TestLegislativeRemovals(t *testing.T) {
	checkTrees(t, newsCoder(t), "2020-11-09", []treeCase{
		{"voted to remove the president: his 0831, not VOTE's 160",
			"Peru's Congress voted on Thursday to remove President Martin Vizcarra from office over bribery allegations.",
			"(ROOT (S (NP (NP (NNP Peru) (POS 's)) (NNP Congress)) (VP (VBD voted) (PP (IN on) (NP (NNP Thursday))) (S (VP (TO to) (VP (VB remove) (NP (NNP President) (NNP Martin) (NNP Vizcarra)) (PP (IN from) (NP (NN office))) (PP (IN over) (NP (JJ bribery) (NNS allegations))))))) (. .)))",
			"PERGOV>PERLEG 0831"},
		{"voted to reject the president's motion: no removal",
			"Peru's Congress voted to reject a motion by President Martin Vizcarra.",
			"(ROOT (S (NP (NP (NNP Peru) (POS 's)) (NNP Congress)) (VP (VBD voted) (S (VP (TO to) (VP (VB reject) (NP (DT a) (NN motion)) (PP (IN by) (NP (NNP President) (NNP Martin) (NNP Vizcarra))))))) (. .)))",
			"PERLEG>PERGOV 014"},
	})
}
