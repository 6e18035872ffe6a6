package coder

import (
	"strings"
	"testing"
)

// TestForeignWordInPhrase: a pattern written for another verb of the block
// is tried as a fallback only when the first word of its own it reads after
// the verb comes before any comma or other verb (wordInPhrase); past another
// verb the word is that verb's object. Patterns of the verb's own family
// (parallelSense) and words in the verb's own phrase, however far, still
// apply.
func TestForeignWordInPhrase(t *testing.T) {
	opt := DefaultOptions()
	opt.KeepMainVerb, opt.SubCodes = true, true
	c := New(newsDicts(t), opt)
	for _, tc := range []struct {
		name     string
		text     string
		tree     string
		want     []string // events (or their start) that must be there
		wantNone []string // code prefixes that must not be
	}{
		{
			name:     "ANNOUNCE's OFFENSIVE past the reported clause's verb",
			text:     "Jordan told Germany on Tuesday that Israel had ended its offensive in Gaza.",
			tree:     "(ROOT (S (NP (NNP Jordan)) (VP (VBD told) (NP (NNP Germany)) (PP (IN on) (NP (NNP Tuesday))) (SBAR (IN that) (S (NP (NNP Israel)) (VP (VBD had) (VP (VBN ended) (NP (PRP$ its) (JJ offensive)) (PP (IN in) (NP (NNP Gaza)))))))) (. .)))",
			want:     []string{"JOR>DEU 010"},
			wantNone: []string{" 13"},
		},
		{
			name:     "TRADE past the infinitive's verb",
			text:     "Brazil and Argentina will begin to study a common currency for trade.",
			tree:     "(ROOT (S (NP (NNP Brazil) (CC and) (NNP Argentina)) (VP (MD will) (VP (VB begin) (S (VP (TO to) (VP (VB study) (NP (DT a) (JJ common) (NN currency)) (PP (IN for) (NP (NN trade)))))))) (. .)))",
			wantNone: []string{" 06", " 03"},
		},
		{
			name: "TRADE in BEGIN's own phrase, three phrases on",
			text: "Brazil and Argentina will begin preparatory work on a common currency for trade.",
			tree: "(ROOT (S (NP (NNP Brazil) (CC and) (NNP Argentina)) (VP (MD will) (VP (VB begin) (NP (JJ preparatory) (NN work)) (PP (IN on) (NP (DT a) (JJ common) (NN currency))) (PP (IN for) (NP (NN trade))))) (. .)))",
			want: []string{"BRA>ARG 0", "ARG>BRA 0"},
		},
		{
			name: "TALKS right after BEGIN",
			text: "Brazil and Argentina will begin trade talks, the two governments said.",
			tree: "(ROOT (S (S (NP (NNP Brazil) (CC and) (NNP Argentina)) (VP (MD will) (VP (VB begin) (NP (NN trade) (NNS talks))))) (, ,) (NP (DT the) (CD two) (NNS governments)) (VP (VBD said)) (. .)))",
			want: []string{"BRA>ARG 03", "ARG>BRA 03"},
		},
	} {
		got := triples(codeDoc(t, c, "2021-01-01", true, sentence{tc.text, tc.tree}))
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: got %q, want %q among them", tc.name, got, w)
			}
		}
		for _, w := range tc.wantNone {
			if strings.Contains(got, w) {
				t.Errorf("%s: got %q, want no %q", tc.name, got, w)
			}
		}
	}
}
