package treebank

import "testing"

// FuzzParse: any input parses or fails with an error, never a panic; a tree
// that parses prints back to a string that parses to the same tree.
func FuzzParse(f *testing.F) {
	f.Add("(ROOT (S (NP (NNP Arnor)) (VP (VBD left)) (. .)))")
	f.Add("( (S (NP (PRP It)) (VP (VBZ is))))")
	f.Add("(ROOT (S (NP (NNP Arnor))")
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Parse(s)
		if err != nil {
			return
		}
		again, err := Parse(n.String())
		if err != nil || again.String() != n.String() {
			t.Fatalf("round trip of %q: %v %q", s, err, again)
		}
		Align(n, s, 0)
	})
}
