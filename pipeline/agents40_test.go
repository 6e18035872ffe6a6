package pipeline_test

import "testing"

// The cases of this file pin round thirty-five's agents40 fixes. They use
// the rule coder alone (checkRuleCodes): the relabeller may move a code.

// TestAgents40ClergyTakeLawCountry: a bishop or archbishop a state's police
// or courts arrest or sentence is that state's clergy, as a priest is
// (coder/lawobject.go). Phoenix codes them CHR (BISHOP, ARCHBISHOP) or
// CHRCTH (CATHOLIC_BISHOP), not REL, so the rule's "clerics" missed them and
// the target fell to the place phrase ("in prison", COP) or to nothing.
func TestAgents40ClergyTakeLawCountry(t *testing.T) {
	checkRuleCodes(t, "2024-04-14", []struct{ text, want string }{
		{"A Honduran court sentenced a bishop to 12 years in prison on Monday.", "HNDJUD>HNDCHR 173"},
		{"Honduran police detained two archbishops outside the cathedral.", "HNDCOP>HNDCHR 173"},
		{"A Honduran court sentenced Roman Catholic Bishop Pedro Ruiz to 12 years in prison.", "HNDJUD>HNDCHRCTH 173"},
		// Must not change: a priest already took the country.
		{"A Honduran court sentenced a priest to 12 years in prison on Monday.", "HNDJUD>HNDREL 173"},
		// Must not change: a bishop told something is an audience, and a
		// sentence naming another country leaves the bishop's open.
		{"Honduran police told bishops that the march was banned.", ""},
		{"A Honduran court sentenced a bishop from Guatemala to 12 years in prison.", "HNDJUD>GTMCHR 173"},
	})
}
