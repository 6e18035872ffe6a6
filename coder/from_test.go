package coder

import (
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad/dict"
)

// TestFromReversed: a pattern with its target before the verb and its
// source after FROM reads a passive ("were forced from", "were deported
// from") or a verb of receiving ("received a loan from"), not an active verb
// whose object names the actor moved.
func TestFromReversed(t *testing.T) {
	set, _ := dict.Default()
	c := New(set, DefaultOptions())
	date := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, tree string
		want       []string
	}{
		// FORCE's "- + * FROM $ [100]" made the West Bank force the army.
		{"active force with an actor object",
			"(ROOT (S (NP (DT The) (NNP Israeli) (NN army)) (VP (VBD forced) (NP (JJ Palestinian) (NNS refugees)) (PP (IN from) (NP (DT the) (NNP West) (NNP Bank)))) (. .)))",
			[]string{"ISRMIL PSEREF 170"}},
		{"passive force keeps the pattern",
			"(ROOT (S (NP (JJ Palestinian) (NNS refugees)) (VP (VBD were) (VP (VBN forced) (PP (IN from) (NP (DT the) (NNP West) (NNP Bank))))) (. .)))",
			[]string{"PSE PSEREF 100"}},
		// DEPORT's "- + * FROM $ [174]" made Jordan deport Israel. (The 160
		// is OUST's "- $ * + FROM ^", tried after DEPORT's own patterns.)
		{"active deport with an actor object",
			"(ROOT (S (NP (NNP Israel)) (VP (VBD deported) (NP (JJ Palestinian) (NNS activists)) (PP (IN from) (NP (NNP Jordan)))) (. .)))",
			[]string{"ISR PSEOPP 160"}},
		{"passive deport keeps the pattern",
			"(ROOT (S (NP (JJ Palestinian) (NNS activists)) (VP (VBD were) (VP (VBN deported) (PP (IN from) (NP (NNP Jordan))))) (. .)))",
			[]string{"JOR PSEOPP 174"}},
		{"a thing received keeps the reversal",
			"(ROOT (S (NP (NNP Kenya)) (VP (VBD received) (NP (DT a) (NN loan)) (PP (IN from) (NP (NNP Japan)))) (. .)))",
			[]string{"JPN KEN 071"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := codeTree(t, c, tt.tree, date), strings.Join(tt.want, "; "); got != want {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}
