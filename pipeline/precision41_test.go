package pipeline_test

import "testing"

// The cases of this file pin round thirty-six's precision41 fixes: false
// events counted by the row or rule that made them. They use the rule
// coder alone (checkRuleCodes): the relabeller may move a code.

// TestPrecision41PullIsNoSeizure: a bare "pulled" is no seizure of property
// (171). PULL sat in EXTRACT [171]; it moves to a codeless block with its
// own patterns (pipeline/data/dyad.verbs.txt), so goods pulled from shelves
// code nothing while troops pulled out or back keep their withdrawal.
func TestPrecision41PullIsNoSeizure(t *testing.T) {
	checkRuleCodes(t, "2024-12-28", []struct{ text, want string }{
		{"Some Chinese shops have pulled Japanese seafood from their shelves.", ""},
		{"Indian retailers pulled Turkish apples from their stores on Friday.", ""},
		// Must not change: PULL's own patterns still code a withdrawal.
		{"Russia pulled its troops out of Georgia on Monday.", "RUS>GEO 0874"},
		{"Serbia pulled its troops back from the border with Kosovo.", "SRB>KSV 0874"},
	})
}
