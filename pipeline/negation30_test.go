package pipeline_test

import "testing"

// TestRoundThirtyNegatedCooperation: an act of cooperation (the families 03
// to 08) negated with a will ("will not", "would never", "won't") is coded as the rejection of that act, as a refusal's
// infinitive is (coder/refuse.go, coder/verbs.go), on the rule coder alone.
// Without the change each of the first four sentences codes nothing (checked). The
// guards: a negated attack stays no event, a perfect negation reports an act
// that did not happen (no event), and the same verbs unnegated keep their own
// codes.
func TestRoundThirtyNegatedCooperation(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{"Pakistan will not release the detained Indian fishermen, the foreign ministry said.", "PAK>INDAGR 1243"},
		{"Kenya's government will not negotiate with the Somali militants.", "KENGOV>SOMREB 125"},
		{"Morocco would not free the jailed Algerian soldiers.", "MAR>DZAMIL 1243"},
		{"Peru will not extradite the Chilean businessman.", "PER>CHLBUS 1213"},
		// Guards.
		{"Ghana will not attack Togo.", ""},
		{"Pakistan has not released the detained Indian fishermen.", ""},
		{"Pakistan released the detained Indian fishermen on Monday.", "PAK>INDAGR 0841"},
		{"Kenya's government negotiated with the Somali militants.", "KENGOV>SOMREB 046"},
	})
}
