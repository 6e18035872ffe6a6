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

// TestClauseFloor keeps a pattern of a verb in an adverbial clause with a
// subject of its own from reading words of the main clause before it
// (timed.go, clauseFloor): the main clause's "protest" is not the attack's.
func TestClauseFloor(t *testing.T) {
	tests := []treeCase{
		{"an 'as' clause's verb reads no word of the main clause",
			"Japan lodged a protest with China on Monday as Chinese warships attacked a Japanese fishing boat.",
			"(ROOT (S (NP (NNP Japan)) (VP (VBD lodged) (NP (DT a) (NN protest)) (PP (IN with) (NP (NNP China))) (PP (IN on) (NP (NNP Monday))) (SBAR (IN as) (S (NP (JJ Chinese) (NNS warships)) (VP (VBD attacked) (NP (DT a) (JJ Japanese) (NN fishing) (NN boat)))))) (. .)))",
			"JPN>CHN 110; CHNMIL>JPN 190"},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
