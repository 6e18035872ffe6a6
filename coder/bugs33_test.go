package coder

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad/dict"
)

// TestBugs33BackingInSkippedStretch: complement's backing stop keeps an
// accusation of backing others at 112, and a backing gerund inside a comma
// stretch the scan skips (an attribution, which says nothing of the
// charge) does not stop it: the incursion after it is read, 1123.
// review33 feared the stop, placed before the skip, would see such a word;
// it cannot (the skip starts at the stretch's first word, and a stretch
// opening with a gerund is read), so this passed before and is a guard
// for any reordering. A backing gerund the charge names still stops the
// scan. Trees written for the test, production dictionaries.
func TestBugs33BackingInSkippedStretch(t *testing.T) {
	set, _ := dict.Default()
	opts := DefaultOptions()
	opts.KeepMainVerb, opts.SubCodes = true, true
	c := New(set, opts)
	date := time.Date(2024, 1, 28, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ name, tree, want string }{
		{"a backing word in a skipped attribution",
			"(ROOT (S (NP (NNP Azerbaijan)) (VP (VBD accused) (NP (NNP Armenia)) (, ,) (PP (VBG according) (PP (TO to) (NP (NP (NNS officials)) (VP (VBG supporting) (NP (DT the) (NN army)))))) (, ,) (PP (IN of) (NP (NP (DT an) (NN incursion)) (PP (IN into) (NP (NP (PRP$ its) (NN territory)) (PP (IN near) (NP (NP (DT the) (NN border) (NN town)) (PP (IN of) (NP (NNP Tovuz)))))))))) (. .)))",
			"AZE ARM 1123"},
		// Must not change: the charge is the backing.
		{"the charge is backing",
			"(ROOT (S (NP (NNP Azerbaijan)) (VP (VBD accused) (NP (NNP Armenia)) (PP (IN of) (S (VP (VBG backing) (NP (NP (NNS militias)) (PP (IN behind) (NP (NNS incursions)))))))) (. .)))",
			"AZE ARM 112"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := codeTree(t, c, tt.tree, date); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
