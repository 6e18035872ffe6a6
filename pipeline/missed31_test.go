package pipeline_test

import "testing"

// The cases of this file pin the second events of a sentence that dyad
// dropped while coding the first (round thirty-one, missed31). They use
// the rule coder alone (checkRuleCodes): the relabeller may move a code.

// TestMissed31VisitPledge: a pledge in a later conjunct of a visit's verb
// phrase, naming no one, is made to the party visited; a verb of another
// kind, a pledge naming its own party and a visit with no conjunct stay
// as they were.
func TestMissed31VisitPledge(t *testing.T) {
	checkRuleCodes(t, "2024-03-04", []struct{ text, want string }{
		{"Chilean President Gabriel Boric visited Lima on Friday and pledged millions in flood aid.", "CHLGOV>PER 042; CHLGOV>PER 033"},
		{"Norway's foreign minister arrived in Kyiv on Tuesday and pledged a new military aid package.", "NORGOV>UKR 042; NORGOV>UKR 0332"},
		// Not a pledge: praise is the verb's own to code with its own object.
		{"Chilean President Gabriel Boric visited Lima on Friday and praised the new harbour.", "CHLGOV>PER 042"},
		// No visit before it: nothing to carry.
		{"Chilean President Gabriel Boric spoke on Friday and pledged millions in flood aid.", ""},
	})
}
