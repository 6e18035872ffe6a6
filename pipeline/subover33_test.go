package pipeline_test

import "testing"

// TestSubover33OverPassesArrestVerbs: PROPERTY's "@over 173 1711" (coder/
// data/subcodes.txt) is there because SEIZE sits in the 173 block: property
// seized is confiscated, not an arrest. It applied whatever the verb, so a
// detention whose object merely mentions property ("the owner of the land",
// "the crew of a fishing vessel") became 1711. The line now passes over the
// verbs of arrest and detention ("!DETAIN" …). Sentences written for the
// test; rule coder alone.
func TestSubover33OverPassesArrestVerbs(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Kenyan police detained the Somali owner of the land on Monday.", "KENCOP>SOM 173"},
		{"Kenyan police detained the Somali crew of a fishing vessel on Monday.", "KENCOP>SOM 173"},
		// Negative: a seizing verb still confiscates the property named.
		{"Kenyan police seized the assets of a Somali businessman on Monday.", "KENCOP>SOMBUS 1711"},
	})
}

// TestSubover33InvestigationIsNoOption: OPTIONSTUDIED's "@over 090 014"
// says sanctions or a proposal are a policy option when studied, but it
// applied to every 090 verb, so an investigation of sanctions violations
// was 014 Consider policy option. The line passes over INVESTIGATE and
// PROBE. Sentences written for the test; rule coder alone.
func TestSubover33InvestigationIsNoOption(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"A Kenyan commission investigated Somali violations of the sanctions on Monday.", "KEN>SOM 090"},
		{"Kenyan police probed Somali violations of the sanctions on Monday.", "KENCOP>SOM 090"},
		// Negative: sanctions studied are still a policy option weighed.
		{"Kenya is studying sanctions against Somalia.", "KEN>SOM 014"},
	})
}
