package coder

import "testing"

// TestSameDayClauses codes an "after" / "before" clause marked as the same
// day ("shortly after", "hours before") as an event of its own (timed.go),
// beside a bare "after" clause, which stays background.
func TestSameDayClauses(t *testing.T) {
	tests := []treeCase{
		{"a clause 'shortly after' is the day's news",
			"Iran summoned the British ambassador shortly after Britain imposed sanctions on Iranian officials.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD summoned) (NP (DT the) (JJ British) (NN ambassador)) (ADVP (RB shortly)) (SBAR (IN after) (S (NP (NNP Britain)) (VP (VBD imposed) (NP (NNS sanctions)) (PP (IN on) (NP (JJ Iranian) (NNS officials))))))) (. .)))",
			"IRN>GBRGOV 110; GBR>IRNGOV 163"},
		{"a bare 'after' clause is background",
			"Iran summoned the British ambassador after Britain imposed sanctions on Iranian officials.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD summoned) (NP (DT the) (JJ British) (NN ambassador)) (SBAR (IN after) (S (NP (NNP Britain)) (VP (VBD imposed) (NP (NNS sanctions)) (PP (IN on) (NP (JJ Iranian) (NNS officials))))))) (. .)))",
			"IRN>GBRGOV 110"},
	}
	checkTrees(t, newsCoder(t), "2023-03-26", tests)
}
