package pipeline_test

import "testing"

// The cases of this file pin the other member of a half-coded pair
// (round thirty-five, pairs39). They use the rule coder alone
// (checkRuleCodes): the relabeller may move a code.

// TestPairs39BackedForces: an act of force by a subject "backed by" or
// "supported by" another side's troops is the backers' act too: they are
// a second member of the subject the verb's pattern does not read. Only
// armed backing counts (troops, forces, jets ...): a state or a group named
// alone as backer gives no second event, nor does backing named on the
// target's side, nor a non-violent act.
func TestPairs39BackedForces(t *testing.T) {
	checkRuleCodes(t, "2024-04-14", []struct{ text, want string }{
		{"M23 rebels backed by Rwandan troops captured the Congolese town of Sake on Tuesday.", "CODREB>COD 192; RWAMIL>COD 192"},
		{"Syrian government forces backed by Russian jets attacked rebel positions in Idlib.", "SYRMIL>SYRREB 195; RUSMIL>SYRREB 195"},
		// Backing with no armed word: political or material support only.
		{"M23 rebels backed by Rwanda captured the Congolese town of Sake on Tuesday.", "CODREB>COD 192"},
		{"Syrian government forces backed by Russia attacked rebel positions in Idlib.", "SYRMIL>SYRREB 190"},
		// The backed phrase is the target, not the subject.
		{"Congolese troops attacked M23 rebels backed by Rwandan troops near Goma.", "CODMIL>CODREB 190"},
		// Not an act of force.
		{"M23 rebels backed by Rwandan troops called for talks with Congo on Tuesday.", "CODREB>COD 026"},
	})
}
