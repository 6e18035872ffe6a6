package pipeline_test

import "testing"

// Round thirty's review leftovers: rules that read more than they said.
// Each table runs the rule coder alone (checkRuleCodes) and pairs the case
// that was coded wrongly with one that must not change.

// TestFixesTruceBreachClause: only the fighting of the clause that reports
// the truce broken is 196; a fight in a clause beside it keeps its own
// code.
func TestFixesTruceBreachClause(t *testing.T) {
	checkRuleCodes(t, "2023-05-09", []struct{ text, want string }{
		{"Eritrean troops shelled Ethiopian border posts on Tuesday despite the truce, and Ethiopian troops attacked Eritrean villages a week later.",
			"ERIMIL>ETH 196; ETHMIL>ERICVL 190"},
		// Both sides of an exchange of fire in the clause of the truce.
		{"Eritrean and Ethiopian troops exchanged fire along the border on Tuesday despite the truce.",
			"ERIMIL>ETHMIL 196; ETHMIL>ERIMIL 196"},
	})
}
