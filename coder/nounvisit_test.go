package coder

import "testing"

// TestCopulaVisits codes a visit a copula states (nounvisit.go): "X is on a
// visit to Y" is X's 042 to Y; a visit within the visitor's country is none.
func TestCopulaVisits(t *testing.T) {
	tests := []treeCase{
		{"is on a two-day visit to a capital",
			"Indian Prime Minister Narendra Modi is on a two-day visit to Moscow.",
			"(ROOT (S (NP (JJ Indian) (NNP Prime) (NNP Minister) (NNP Narendra) (NNP Modi)) (VP (VBZ is) (PP (IN on) (NP (DT a) (JJ two-day) (NN visit))) (PP (TO to) (NP (NNP Moscow)))) (. .)))",
			"INDGOV>RUS 042"},
		{"was on a visit to a country",
			"German Chancellor Olaf Scholz was on a three-day visit to China when the news broke.",
			"(ROOT (S (NP (JJ German) (NNP Chancellor) (NNP Olaf) (NNP Scholz)) (VP (VBD was) (PP (IN on) (NP (DT a) (JJ three-day) (NN visit))) (PP (TO to) (NP (NNP China))) (SBAR (WHADVP (WRB when)) (S (NP (DT the) (NN news)) (VP (VBD broke))))) (. .)))",
			"DEUGOV>CHN 042"},
		{"a visit at home: nothing",
			"Scholz is on a visit to Berlin.",
			"(ROOT (S (NP (NNP Scholz)) (VP (VBZ is) (PP (IN on) (NP (DT a) (NN visit))) (PP (TO to) (NP (NNP Berlin)))) (. .)))",
			""},
	}
	checkTrees(t, newsCoder(t), "2024-05-05", tests)
}
