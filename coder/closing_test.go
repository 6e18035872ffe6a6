package coder

import "testing"

// TestNestedClosingParticiples reads a closing accusation participle that
// the parse brackets inside an infinitive of the main verb's phrase as the
// main subject's (closing.go), beside a closing participle that reports no
// act. An accusation of the party the expulsion hits is the expulsion's
// reason and is folded into it (reasonaccuse.go; testdata/news/README.md,
// "Cross-set harmonisation (session thirteen)"); one of another party is
// coded.
func TestNestedClosingParticiples(t *testing.T) {
	tests := []treeCase{
		{"an accusation of the expelled party closing a nested infinitive is folded into the expulsion",
			"The Algerian government on Monday ordered the Moroccan ambassador to leave the country within a week, accusing Morocco of hostile acts.",
			"(ROOT (S (NP (NP (DT The) (JJ Algerian) (NN government)) (PP (IN on) (NP (NNP Monday)))) (VP (VBD ordered) (NP (DT the) (NNP Moroccan) (NN ambassador)) (S (VP (TO to) (VP (VB leave) (NP (DT the) (NN country)) (PP (IN within) (NP (DT a) (NN week))) (, ,) (S (VP (VBG accusing) (NP (NP (NNP Morocco)) (PP (IN of) (NP (JJ hostile) (NNS acts)))))))))) (. .)))",
			"DZAGOV>MARGOV 161"},
		{"an accusation of another party closing a nested infinitive is the subject's own act",
			"The Algerian government on Monday ordered the Moroccan ambassador to leave the country within a week, accusing France of hostile acts.",
			"(ROOT (S (NP (NP (DT The) (JJ Algerian) (NN government)) (PP (IN on) (NP (NNP Monday)))) (VP (VBD ordered) (NP (DT the) (NNP Moroccan) (NN ambassador)) (S (VP (TO to) (VP (VB leave) (NP (DT the) (NN country)) (PP (IN within) (NP (DT a) (NN week))) (, ,) (S (VP (VBG accusing) (NP (NP (NNP France)) (PP (IN of) (NP (JJ hostile) (NNS acts)))))))))) (. .)))",
			"DZAGOV>MARGOV 161; DZAGOV>FRA 112"},
		{"a closing participle of no act stays in the phrase",
			"The Algerian government on Monday ordered the Moroccan ambassador to leave the country within a week, citing security reasons.",
			"(ROOT (S (NP (NP (DT The) (JJ Algerian) (NN government)) (PP (IN on) (NP (NNP Monday)))) (VP (VBD ordered) (NP (DT the) (NNP Moroccan) (NN ambassador)) (S (VP (TO to) (VP (VB leave) (NP (DT the) (NN country)) (PP (IN within) (NP (DT a) (NN week))) (, ,) (S (VP (VBG citing) (NP (NN security) (NNS reasons)))))))) (. .)))",
			"DZAGOV>MARGOV 161"},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
