package pipeline_test

import "testing"

// TestNew38HyphenBroker: a mediator named in a hyphenated participle before
// the thing it brokered ("a Turkish-brokered truce", "Norwegian-mediated
// talks") mediates between the parties of the act that made it, as "a
// truce brokered by Turkey" does (coder/hosted.go, hyphenBroker): 045 to
// each party (README: "brokered" gives 045 to each party; dev rows in
// fresh3, fresh5, fresh18, fresh34 and fresh38). Negatives: an agreement
// only carried out, broken or welcomed, and talks only agreed to (accepting
// mediation, not yet mediated), give no 045. Sentences written for the
// test; rule coder alone.
func TestNew38HyphenBroker(t *testing.T) {
	checkRuleCodes(t, "2024-03-04", []struct{ text, want string }{
		{"Armenia and Azerbaijan agreed on Friday to a Turkish-brokered truce.",
			"ARM>AZE 0871; AZE>ARM 0871; TUR>ARM 045; TUR>AZE 045"},
		{"Peru's government and the rebels held Norwegian-mediated talks in Oslo on Tuesday.",
			"PERGOV>PERREB 046; PERREB>PERGOV 046; NOR>PERGOV 045; NOR>PERREB 045"},
		{"Russia and Ukraine exchanged 300 prisoners on Friday in a Turkish-brokered swap.",
			"RUS>UKR 0841; UKR>RUS 0841; TUR>RUS 045; TUR>UKR 045"},
		// Negatives.
		{"The two sides have agreed to a new round of Kenyan-mediated talks next month.", ""},
		{"Ethiopia suspended its part in the Kenyan-brokered peace deal on Sunday.", ""},
		{"Chad welcomed a Qatari-brokered deal.", "TCD>QAT 051"},
	})
}
