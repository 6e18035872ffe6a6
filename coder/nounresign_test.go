package coder

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestResignations codes a leader's resignation under protest as
// 0831 to the protesters, their country's OPP (nounresign.go); a
// resignation over something else is no concession to protesters.
func TestResignations(t *testing.T) {
	tests := []treeCase{
		{"resigned amid protests: 0831 to the protesters",
			"Nepal's Prime Minister KP Sharma Oli resigned on Tuesday amid mass protests in Kathmandu.",
			"(ROOT (S (NP (NP (NNP Nepal) (POS 's)) (NNP Prime) (NNP Minister) (NNP KP) (NNP Sharma) (NNP Oli)) (VP (VBD resigned) (PP (IN on) (NP (NNP Tuesday))) (PP (IN amid) (NP (JJ mass) (NNS protests))) (PP (IN in) (NP (NNP Kathmandu)))) (. .)))",
			"NPLGOV>NPLOPP 0831"},
		{"announced his resignation after weeks of protests: 0831",
			"Bolivian President Evo Morales announced his resignation on Sunday after weeks of protests over a disputed election.",
			"(ROOT (S (NP (NNP Bolivian) (NNP President) (NNP Evo) (NNP Morales)) (VP (VBD announced) (NP (PRP$ his) (NN resignation)) (PP (IN on) (NP (NNP Sunday))) (PP (IN after) (NP (NP (NNS weeks)) (PP (IN of) (NP (NNS protests))))) (PP (IN over) (NP (DT a) (JJ disputed) (NN election)))) (. .)))",
			"BOLGOV>BOLOPP 0831"},
		{"had resigned amid protests (a perfect, not an adjective): 0831",
			"Bolivian President Evo Morales had resigned amid mass protests.",
			"(ROOT (S (NP (NNP Bolivian) (NNP President) (NNP Evo) (NNP Morales)) (VP (VBD had) (VP (VBN resigned) (PP (IN amid) (NP (JJ mass) (NNS protests))))) (. .)))",
			"BOLGOV>BOLOPP 0831"},
		{"resigned after a dispute: no protest, no event",
			"Bolivian President Evo Morales resigned on Sunday after a dispute with the army.",
			"(ROOT (S (NP (NNP Bolivian) (NNP President) (NNP Evo) (NNP Morales)) (VP (VBD resigned) (PP (IN on) (NP (NNP Sunday))) (PP (IN after) (NP (DT a) (NN dispute))) (PP (IN with) (NP (DT the) (NN army)))) (. .)))",
			""},
	}
	checkTrees(t, newsCoder(t), "2019-11-10", tests)
}

// TestUnnamedActorSpans checks the words the 0831s of a coup and of a
// resignation point at: the protesters are the protest noun's bytes; the
// government a coup ousts without naming it has no words, and says it is
// implied, rather than pointing at "seized power".
func TestUnnamedActorSpans(t *testing.T) {
	c := newsCoder(t)
	resign := sentence{"Bolivian President Evo Morales resigned amid mass protests.",
		"(ROOT (S (NP (NNP Bolivian) (NNP President) (NNP Evo) (NNP Morales)) (VP (VBD resigned) (PP (IN amid) (NP (JJ mass) (NNS protests)))) (. .)))"}
	coup := sentence{"Niger's army seized power on Wednesday.",
		"(ROOT (S (NP (NP (NNP Niger) (POS 's)) (NN army)) (VP (VBD seized) (NP (NN power)) (PP (IN on) (NP (NNP Wednesday)))) (. .)))"}
	for _, tc := range []struct {
		date string
		s    sentence
		want string // the 0831's source and target words, "" for none
	}{
		{"2019-11-10", resign, "Bolivian President Evo Morales|protests"},
		{"2023-07-26", coup, "|Niger's army"},
	} {
		var got []string
		for _, e := range codeDoc(t, c, tc.date, true, tc.s) {
			if e.Code != "0831" {
				continue
			}
			words := func(a dyad.Actor) string {
				if a.Span.End <= a.Span.Start {
					if a.Text != "" || a.Dict != "dyad.implied" {
						t.Errorf("%s: actor %s has no span but text %q, dict %q", tc.s.text, a.Code, a.Text, a.Dict)
					}
					return ""
				}
				return tc.s.text[a.Span.Start:a.Span.End]
			}
			got = append(got, words(e.Source)+"|"+words(e.Target))
		}
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%s: 0831 actors' words %q, want %q", tc.s.text, got, tc.want)
		}
	}
}
