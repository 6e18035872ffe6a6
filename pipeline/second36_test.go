package pipeline_test

import "testing"

// The cases of this file pin a reporter's second act that the parse puts
// inside the report (round thirty-four, second36, coder/reportedconjunct.go).
// They use the rule coder alone (checkRuleCodes): the relabeller may move a
// code.

// TestSecond36ReportedThingConjunct: "X said the seizure was unacceptable
// and warned Tehran" is bracketed with "and warned …" beside "was
// unacceptable" in the reported clause; a seizure warns no one, so the
// warning is the reporter's. The parse's reading stays when the reported
// subject is an actor, when the second verb has a subject of its own, is
// negated or planned, or is not in the tense of the verb of report.
func TestSecond36ReportedThingConjunct(t *testing.T) {
	checkRuleCodes(t, "2024-03-04", []struct{ text, want string }{
		{"Britain's foreign minister said the seizure of the tanker was unacceptable and warned Tehran of serious consequences.", "GBRGOV>IRN 111; GBRGOV>IRN 130"},
		// The mistake is a criticism (111) since ownact42 (coder/verdict.go,
		// saysFault), as the dev gold codes a statement that names another's
		// act a fault with a noun: fresh10 s-076 ("said Iran had made 'a
		// very big mistake'", USAGOV>IRN 111) and fresh33 aq-115 ("said
		// China's new law was a 'clear and serious breach'", GBR>CHN 111);
		// no dev row codes such a statement 010.
		{"Germany's foreign minister said the decision was a grave mistake and summoned Russia's ambassador.", "DEUGOV>RUSGOV 111; DEUGOV>RUSGOV 114"},
		// The reported subject names an actor: the troops may have seized it.
		{"The Indian minister said Chinese troops had crossed the border and seized a village.", "INDGOV>CHNMIL 010"},
		// A second conjunct with its own subject is that subject's act.
		{"Britain's foreign minister said the seizure of the tanker was unacceptable and Tehran warned London of serious consequences.", "IRN>GBR 130"},
		// Negated, planned, or in another tense than the report: no warning.
		{"Britain's foreign minister said the seizure of the tanker was unacceptable and did not warn Tehran of consequences.", "GBRGOV>IRN 111"},
		{"Britain's foreign minister said the seizure of the tanker was unacceptable and would warn Tehran of serious consequences.", "GBRGOV>IRN 111"},
		{"Britain's foreign minister says the seizure of the tanker was unacceptable and warned Tehran of serious consequences.", "GBRGOV>IRN 111"},
	})
}
