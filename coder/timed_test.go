package coder

import "testing"

// TestSameDayClauses codes an "after" / "before" clause marked as the same
// day ("shortly after", "hours before") as an event of its own (timed.go),
// as a bare "after" clause by another party is since round eight, beside one
// a week earlier, which stays background.
func TestSameDayClauses(t *testing.T) {
	tests := []treeCase{
		{"a clause 'shortly after' is the day's news",
			"Iran summoned the British ambassador shortly after Britain imposed sanctions on Iranian officials.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD summoned) (NP (DT the) (JJ British) (NN ambassador)) (ADVP (RB shortly)) (SBAR (IN after) (S (NP (NNP Britain)) (VP (VBD imposed) (NP (NNS sanctions)) (PP (IN on) (NP (JJ Iranian) (NNS officials))))))) (. .)))",
			"IRN>GBRGOV 110; GBR>IRNGOV 163"},
		{"a bare 'after' clause by another party is the day's news too (bareAfter)",
			"Iran summoned the British ambassador after Britain imposed sanctions on Iranian officials.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD summoned) (NP (DT the) (JJ British) (NN ambassador)) (SBAR (IN after) (S (NP (NNP Britain)) (VP (VBD imposed) (NP (NNS sanctions)) (PP (IN on) (NP (JJ Iranian) (NNS officials))))))) (. .)))",
			"IRN>GBRGOV 110; GBR>IRNGOV 163"},
		{"an 'after' clause a week earlier is background",
			"Iran summoned the British ambassador a week after Britain imposed sanctions on Iranian officials.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD summoned) (NP (DT the) (JJ British) (NN ambassador)) (NP (DT a) (NN week)) (SBAR (IN after) (S (NP (NNP Britain)) (VP (VBD imposed) (NP (NNS sanctions)) (PP (IN on) (NP (JJ Iranian) (NNS officials))))))) (. .)))",
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

// TestBareAfterClauses codes a bare "after" clause of the story day whose
// subject is another party than the main verb's as an event of its own
// (timed.go, bareAfter and otherParty), beside clauses marked earlier, in
// the pluperfect, or of the main subject's own country, which stay
// background.
func TestBareAfterClauses(t *testing.T) {
	tests := []treeCase{
		{"another party's act in a bare 'after' clause is the day's news",
			"Japan lodged a protest with China on Monday after Chinese warships attacked a Japanese fishing boat.",
			"(ROOT (S (NP (NNP Japan)) (VP (VBD lodged) (NP (DT a) (NN protest)) (PP (IN with) (NP (NNP China))) (PP (IN on) (NP (NNP Monday))) (SBAR (IN after) (S (NP (JJ Chinese) (NNS warships)) (VP (VBD attacked) (NP (DT a) (JJ Japanese) (NN fishing) (NN boat)))))) (. .)))",
			"JPN>CHN 110; CHNMIL>JPN 190"},
		{"an 'after' clause marked 'last week' is background",
			"Japan lodged a protest with China on Monday after Chinese warships attacked a Japanese fishing boat last week.",
			"(ROOT (S (NP (NNP Japan)) (VP (VBD lodged) (NP (DT a) (NN protest)) (PP (IN with) (NP (NNP China))) (PP (IN on) (NP (NNP Monday))) (SBAR (IN after) (S (NP (JJ Chinese) (NNS warships)) (VP (VBD attacked) (NP (DT a) (JJ Japanese) (NN fishing) (NN boat)) (NP (JJ last) (NN week)))))) (. .)))",
			"JPN>CHN 110"},
		{"a pluperfect 'after' clause is background",
			"Japan lodged a protest with China on Monday after Chinese warships had attacked a Japanese fishing boat.",
			"(ROOT (S (NP (NNP Japan)) (VP (VBD lodged) (NP (DT a) (NN protest)) (PP (IN with) (NP (NNP China))) (PP (IN on) (NP (NNP Monday))) (SBAR (IN after) (S (NP (JJ Chinese) (NNS warships)) (VP (VBD had) (VP (VBN attacked) (NP (DT a) (JJ Japanese) (NN fishing) (NN boat))))))) (. .)))",
			"JPN>CHN 110"},
		{"the main subject's own country's act after 'after' is background",
			"Russia expelled two Polish diplomats on Monday after Russian police arrested a Polish journalist.",
			"(ROOT (S (NP (NNP Russia)) (VP (VBD expelled) (NP (CD two) (JJ Polish) (NNS diplomats)) (PP (IN on) (NP (NNP Monday))) (SBAR (IN after) (S (NP (JJ Russian) (NN police)) (VP (VBD arrested) (NP (DT a) (JJ Polish) (NN journalist)))))) (. .)))",
			"RUS>POLGOV 161"},
		{"another party's arrest after 'after' is the day's news",
			"Russia expelled two Polish diplomats on Monday after Polish police arrested a Russian journalist.",
			"(ROOT (S (NP (NNP Russia)) (VP (VBD expelled) (NP (CD two) (JJ Polish) (NNS diplomats)) (PP (IN on) (NP (NNP Monday))) (SBAR (IN after) (S (NP (JJ Polish) (NN police)) (VP (VBD arrested) (NP (DT a) (JJ Russian) (NN journalist)))))) (. .)))",
			"RUS>POLGOV 161; POLCOP>RUSMED 175"},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
