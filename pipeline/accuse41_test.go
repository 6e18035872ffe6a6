package pipeline_test

import "testing"

// TestAccuse41OtherPredicateBe: a passive row ("- + WAS * $ [112]",
// "- + &AUXVERB1 * OF $ [112]") reads the BE of its own passive; an active
// verb conjoined to another predicate's BE ("said it was ready … but
// accused Kyiv") was read backwards, the accused as the accuser (news.md,
// rounds thirty-four to thirty-six; coder/otherbe.go). Sentences written
// for the test; rule coder alone.
func TestAccuse41OtherPredicateBe(t *testing.T) {
	checkRuleCodes(t, "2024-03-01", []struct{ text, want string }{
		{"Serbia said the report was false and accused Kosovo of provoking the clashes.", "SRB>KSV 112"},
		{"Myanmar's junta said it was deeply disappointed by the ruling and accused Thailand of meddling.", "MMRGOV>THA 112"},
		// Negatives: true passives keep their rows — with the agent
		// before or after "of", in a relative clause, with a BE shared by
		// a second passive conjunct, and with the BE elided in a second
		// clause of the same passive.
		{"Iran was accused by Israel of supplying drones to Russia.", "ISR>IRN 112"},
		{"A Hungarian diplomat who was accused of spying by Ukraine left Kyiv on Monday.", "UKR>HUNGOV 1125"},
		{"Hungary was accused by Ukraine of spying and was summoned by Poland.", "UKR>HUN 1125; POL>HUN 040"},
		{"Two Indian soldiers were killed and three wounded by Pakistani troops on Sunday.", "PAKMIL>INDMIL 190"},
	})
}
