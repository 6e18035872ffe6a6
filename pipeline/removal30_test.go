package pipeline_test

import "testing"

// TestRoundThirtyUnrealisedByNegation: a negation that says an act did not
// happen leaves it uncoded, on the rule coder alone (coder/clause.go's
// unrealized, coder/negation.go's noObject). The four readings each have a
// sentence that codes an event without the change (checked): the
// to-infinitive of a negated verb, of a verb whose object "no" negates, and
// after "yet", and a verb whose object "no" negates. The guards: "will not
// hesitate to" states a readiness and keeps its act, the same sentences
// without the negation keep theirs, and a pattern written with NO after
// the verb ("- * NO PROGRESS [012]") still codes the negated object.
func TestRoundThirtyUnrealisedByNegation(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{"Turkey had not received any request from Washington to join the coalition against Syria.", ""},
		{"Nigeria made no attempt to negotiate with Boko Haram.", ""},
		{"Ghana and Togo have yet to sign the border treaty.", ""},
		{"The Sudanese rebels reached no agreement with the government of Kenya.", ""},
		// Guards.
		{"Japan will not hesitate to impose sanctions on North Korea.", "JPN>PRK 163"},
		{"Turkey received a request from Washington to join the coalition against Syria.", "TUR>SYR 040"},
		{"Nigeria made an attempt to negotiate with Boko Haram.", "NGA>NGAREB 046"},
		{"Ghana and Togo are expected to sign the border treaty.", "GHA>TGO 030; TGO>GHA 030"},
		{"The Sudanese rebels reached an agreement with the government of Kenya.", "SDNREB>KENGOV 057; KENGOV>SDNREB 057"},
		{"The Kenyan government reported no progress in talks with Somalia.", "KENGOV>SOM 012"},
	})
}
