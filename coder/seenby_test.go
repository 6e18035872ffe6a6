package coder

import "testing"

// TestSeenBy drops a target that is only the agency that saw a document
// or the author a participle names after it (seenby.go); an actor after
// "by" elsewhere stays a target.
func TestSeenBy(t *testing.T) {
	tests := []treeCase{
		{"the agency that saw the letter is no addressee",
			"Iran told the United Nations in a letter seen by The Associated Press that it would retaliate.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD told) (NP (DT the) (NNP United) (NNPS Nations)) (PP (IN in) (NP (NP (DT a) (NN letter)) (VP (VBN seen) (PP (IN by) (NP (DT The) (NNP Associated) (NNP Press))) (SBAR (IN that) (S (NP (PRP it)) (VP (MD would) (VP (VB retaliate))))))))) (. .)))",
			"IRN>IGOUNO 010"},
		{"the agency that saw the report is no target",
			"The European Union said in a report seen by Reuters that Hungary had broken the rules.",
			"(ROOT (S (NP (DT The) (NNP European) (NNP Union)) (VP (VBD said) (PP (IN in) (NP (NP (DT a) (NN report)) (VP (VBN seen) (PP (IN by) (NP (NP (NNP Reuters)) (SBAR (WHNP (WDT that)) (S (NP (NNP Hungary)) (VP (VBD had) (VP (VBN broken) (NP (DT the) (NNS rules)))))))))))) (. .)))",
			""},
		{"a document's issuer is no target",
			"Egypt said in a statement issued by its foreign ministry that Israel had violated the treaty.",
			"(ROOT (S (NP (NNP Egypt)) (VP (VBD said) (PP (IN in) (NP (NP (DT a) (NN statement)) (VP (VBN issued) (PP (IN by) (NP (PRP$ its) (JJ foreign) (NN ministry))) (SBAR (IN that) (S (NP (NNP Israel)) (VP (VBD had) (VP (VBN violated) (NP (DT the) (NN treaty)))))))))) (. .)))",
			""},
		{"a plan is no document: its drafter stays the target",
			"Germany praised a plan drafted by France.",
			"(ROOT (S (NP (NNP Germany)) (VP (VBD praised) (NP (NP (DT a) (NN plan)) (VP (VBN drafted) (PP (IN by) (NP (NNP France)))))) (. .)))",
			"DEU>FRA 051"},
	}
	checkTrees(t, newsCoder(t), "2024-01-01", tests)
}
