package coder

import (
	"strings"
	"testing"
)

// TestDatelineAgency: the agency of a dateline is no antecedent of a
// pronoun after it; an actor named in parentheses elsewhere still is.
func TestDatelineAgency(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	s := sentence{"ISLAMABAD (Reuters) - It accused India of violating the ceasefire.",
		"(ROOT (FRAG (NP (NP (NNP ISLAMABAD)) (PRN (-LRB- -LRB-) (NP (NNP Reuters)) (-RRB- -RRB-))) (: --) (S (NP (PRP It)) (VP (VBD accused) (NP (NP (NNP India)) (PP (IN of) (S (VP (VBG violating) (NP (DT the) (NN ceasefire)))))))) (. .)))"}
	evs := codeDoc(t, c, "2023-05-05", true, s)
	if got := triples(evs); strings.Contains(got, "MED") {
		t.Errorf("events %s: \"It\" was resolved to the dateline's agency", got)
	}
	s2 := sentence{"Pakistan (the country) said it accused India.",
		"(ROOT (S (NP (NP (NNP Pakistan)) (PRN (-LRB- -LRB-) (NP (DT the) (NN country)) (-RRB- -RRB-))) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (VBD accused) (NP (NNP India)))))) (. .)))"}
	if got := triples(codeDoc(t, c, "2023-05-05", true, s2)); !strings.Contains(got, "PAK>IND") {
		t.Errorf("events %s: want PAK>IND through \"it\"", got)
	}
}
