package coder

import "testing"

// TestNamedVisitors codes a visit noun that names its own visitor, by a
// possessive or a by-agent (hostvisit.go, namedVisitor): the visitor, not
// the source of the sentence's first event, visits the place, and a place
// names no host (no 043).
func TestNamedVisitors(t *testing.T) {
	tests := []treeCase{
		{"a possessive visitor",
			"Poland and Lithuania signed a defence pact on Monday during Lithuanian President Gitanas Nauseda's state visit to Warsaw.",
			"(ROOT (S (NP (NNP Poland) (CC and) (NNP Lithuania)) (VP (VBD signed) (NP (DT a) (NN defence) (NN pact)) (PP (IN on) (NP (NNP Monday))) (PP (IN during) (NP (NP (NNP Lithuanian) (NNP President) (NNP Gitanas) (NNP Nauseda) (POS 's)) (NN state) (NN visit))) (PP (TO to) (NP (NNP Warsaw)))) (. .)))",
			"POL>LTU 062; LTU>POL 062; LTUGOV>POL 042"},
		{"a visitor named by a by-agent",
			"India and Brazil agreed on Sunday to expand trade during a visit to New Delhi by President Luiz Inacio Lula da Silva.",
			"(ROOT (S (NP (NNP India) (CC and) (NNP Brazil)) (VP (VBD agreed) (PP (IN on) (NP (NNP Sunday))) (S (VP (TO to) (VP (VB expand) (NP (NN trade)) (PP (IN during) (NP (DT a) (NN visit))) (PP (TO to) (NP (NNP New) (NNP Delhi))) (PP (IN by) (NP (NNP President) (NNP Luiz) (NNP Inacio) (NNP Lula) (NNP da) (NNP Silva))))))) (. .)))",
			"IND>BRA 0311; BRA>IND 0311; BRAGOV>IND 042"},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
