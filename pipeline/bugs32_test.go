package pipeline_test

import "testing"

// TestBugs32LaterConjunctTarget: a pattern with no target slot whose words
// lie in a later coordinated infinitive ("voted to impose an arms embargo
// on Eritrea and to condemn Ethiopia", VOTE's "- * TO CONDEMN [111]") took
// the first actor after the verb, the earlier conjunct's object (igo31).
// The target search starts after the conjunction (coder/verbs.go
// laterConjunct).
func TestBugs32LaterConjunctTarget(t *testing.T) {
	checkRuleCodes(t, "2024-03-12", []struct{ text, want string }{
		{"The Security Council voted to impose an arms embargo on Eritrea and to condemn Ethiopia.", "IGOUNO>ETH 111"},
		// Must not change: one infinitive, and a target after the conjunction.
		{"The Security Council voted to condemn Ethiopia.", "IGOUNO>ETH 111"},
		{"France decided to recall its ambassador to Mali and to expel Malian diplomats.", "FRA>MLIGOV 174"},
	})
}
