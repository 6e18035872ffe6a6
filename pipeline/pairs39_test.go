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
		// Mass violence (root 20) is an act of force too, as the rule's
		// comment says; the first form's code test let only roots 18-19
		// through.
		{"M23 rebels backed by Rwandan troops massacred Congolese civilians in Kishishe.", "CODREB>CODCVL 202; RWAMIL>CODCVL 202"},
		// Backing with no armed word: political or material support only.
		{"M23 rebels backed by Rwanda captured the Congolese town of Sake on Tuesday.", "CODREB>COD 192"},
		{"Syrian government forces backed by Russia attacked rebel positions in Idlib.", "SYRMIL>SYRREB 190"},
		// The backed phrase is the target, not the subject.
		{"Congolese troops attacked M23 rebels backed by Rwandan troops near Goma.", "CODMIL>CODREB 190"},
		// Not an act of force.
		{"M23 rebels backed by Rwandan troops called for talks with Congo on Tuesday.", "CODREB>COD 026"},
	})
}

// TestPairs39InterceptionNoClaim: an interception the interceptor announces
// gets no 015 row (the README's harmonisation: "an interception gets no
// 015 row, the 015 staying for strikes and for shoot-downs of aircraft");
// a shoot-down of jets and an announced strike keep theirs.
func TestPairs39InterceptionNoClaim(t *testing.T) {
	checkRuleCodes(t, "2024-04-14", []struct{ text, want string }{
		{"The Israeli military said it had intercepted a missile launched from Yemen on Tuesday.", "ISRMIL>YEM 190"},
		{"The Saudi-led coalition said it had intercepted a ballistic missile fired by the Houthis on Saturday.", "SAUMIL>YEMREB 190"},
		// Aircraft shot down and strikes keep the claim.
		{"Pakistan said it had shot down two Indian military jets on Wednesday.", "PAK>INDMIL 190; PAK>INDMIL 015"},
		{"Israel's military said it had struck Hezbollah targets in southern Lebanon on Monday.", "ISRMIL>LBNREB 190; ISRMIL>LBNREB 015"},
	})
}
