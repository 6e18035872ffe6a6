package coder

import (
	"strings"
	"testing"
)

// TestProtestsAgainst codes protests a noun names with their target
// (nounprotest.go): the target state's opposition protests (141) against
// its government; not in a background phrase, not against a state named as
// such.
func TestProtestsAgainst(t *testing.T) {
	tests := []treeCase{
		{"protests against a leader erupted: OPP 141",
			"Protests against President William Ruto erupted in Nairobi on Tuesday.",
			"(ROOT (S (NP (NP (NNS Protests)) (PP (IN against) (NP (NNP President) (NNP William) (NNP Ruto)))) (VP (VBD erupted) (PP (IN in) (NP (NNP Nairobi))) (PP (IN on) (NP (NNP Tuesday)))) (. .)))",
			"KENOPP>KENGOV 141"},
		{"demonstrations against a state: no protesters' country",
			"Demonstrations against Israel broke out on Sunday.",
			"(ROOT (S (NP (NP (NNS Demonstrations)) (PP (IN against) (NP (NNP Israel)))) (VP (VBD broke) (PRT (RP out)) (PP (IN on) (NP (NNP Sunday)))) (. .)))",
			""},
	}
	checkTrees(t, newsCoder(t), "2024-05-05", tests)
}

// TestProtestsInBackground checks that a protest noun in a since-phrase
// gives no 141, whatever else the sentence codes.
func TestProtestsInBackground(t *testing.T) {
	text := "Egyptian police have detained hundreds of people since rare protests against President Abdel Fattah al-Sisi erupted on Friday."
	tree := "(ROOT (S (NP (JJ Egyptian) (NNS police)) (VP (VBP have) (VP (VBN detained) (NP (NP (NNS hundreds)) (PP (IN of) (NP (NNS people)))) (SBAR (IN since) (S (NP (NP (JJ rare) (NNS protests)) (PP (IN against) (NP (NNP President) (NNP Abdel) (NNP Fattah) (NNP al-Sisi)))) (VP (VBD erupted) (PP (IN on) (NP (NNP Friday)))))))) (. .)))"
	got := triples(codeDoc(t, newsCoder(t), "2024-05-05", true, sentence{text, tree}))
	if strings.Contains(got, " 141") {
		t.Errorf("since-phrase protest coded: %s", got)
	}
}
