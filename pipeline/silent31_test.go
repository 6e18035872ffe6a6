package pipeline_test

import "testing"

// TestRoundThirtyOneParticipleSubject: a subject carrying a participle
// phrase ("a plane carrying tents from Jordan") is the subject of the verb
// after it, so the aid that landed is delivered (073) from the "from"
// phrase's state; before, the participle took the clause and "landed" was
// left with no subject. A participle after an auxiliary stays the clause's
// verb, and a participle phrase with no verb after it codes as before.
func TestRoundThirtyOneParticipleSubject(t *testing.T) {
	checkRuleCodes(t, "2023-02-10", []struct{ text, want string }{
		{"A cargo plane carrying 25 tonnes of tents from Jordan landed in Turkey on Monday.", "JOR>TUR 073"},
		{"A plane carrying 30 tonnes of medical supplies from Qatar landed in Kabul on Monday.", "QAT>AFG 073"},
		{"Jordan is sending 25 tonnes of tents to Turkey.", "JOR>TUR 073"},
		{"A Jordanian plane carrying 25 tonnes of medical supplies, officials said.", ""},
	})
}
