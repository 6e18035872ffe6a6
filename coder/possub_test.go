package coder

import (
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/coref"
	"github.com/dyadproject/dyad/treebank"
)

// TestSubordinatePossessive: a possessive opening the subject of an
// adverbial clause refers to the main clause's subject, not to the nearer
// object; elsewhere the nearest actor before it still wins.
func TestSubordinatePossessive(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"after its coast guard: the accuser's",
			"China accused the Philippines on Sunday of intruding into waters, after its coast guard fired water cannon at Philippine boats.",
			"(ROOT (S (S (NP (NNP China)) (VP (VBD accused) (NP (DT the) (NNPS Philippines)) (PP (IN on) (NP (NNP Sunday))))) (IN of) (S (VP (VBG intruding) (PP (IN into) (NP (NNS waters))) (, ,) (SBAR (IN after) (S (NP (PRP$ its) (NN coast) (NN guard)) (VP (VBD fired) (NP (NN water) (NN cannon)) (PP (IN at) (NP (NNP Philippine) (NNS boats)))))))) (. .)))",
			"CHNMIL"},
		{"the subject of the clause the conjunction hangs from",
			"Iran said on Monday that Israel attacked Syria after its army massed troops.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD said) (PP (IN on) (NP (NNP Monday))) (SBAR (IN that) (S (NP (NNP Israel)) (VP (VBD attacked) (NP (NNP Syria)) (SBAR (IN after) (S (NP (PRP$ its) (NN army)) (VP (VBD massed) (NP (NNS troops))))))))) (. .)))",
			"ISRMIL"},
		{"an infinitive's possessive stays with the nearest",
			"Russia urged Iran to halt its army.",
			"(ROOT (S (NP (NNP Russia)) (VP (VBD urged) (NP (NNP Iran)) (S (VP (TO to) (VP (VB halt) (NP (PRP$ its) (NN army)))))) (. .)))",
			"IRNMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := treebank.Parse(tt.tree)
			if err != nil {
				t.Fatal(err)
			}
			treebank.Align(root, tt.text, 0)
			d, _ := time.Parse(dyad.DateLayout, "2023-08-06")
			s := &sent{}
			s.reset(c, root, d)
			s.refs = &coref.Resolver{}
			s.dropCommaClauses()
			s.findActors()
			s.resolveRefs()
			var got []string
			for _, m := range s.nes {
				if s.words[m.first] == "ITS" && len(m.codes) == 1 {
					got = append(got, m.codes[0].code)
				}
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("%s: its … = %v, want %s", tt.text, got, tt.want)
			}
		})
	}
}
