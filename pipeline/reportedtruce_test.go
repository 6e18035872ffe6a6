package pipeline_test

import "testing"

// TestReportedTruce: a reporting verb's 0871 yields to the truce its
// reported clause gives the parties themselves (the announcer told the
// news); an announcer with no reported truce keeps its event.
func TestReportedTruce(t *testing.T) {
	checkRuleCodes(t, "2024-01-10", []struct{ text, want string }{
		{"Qatar's prime minister announced that Israel and Hamas had agreed to a ceasefire.", "ISR>PSEREBHMS 0871; PSEREBHMS>ISR 0871"},
		{"Egypt said on Monday that Israel and Hamas had agreed to a truce.", "ISR>PSEREBHMS 0871; PSEREBHMS>ISR 0871"},
		{"Qatar announced a ceasefire between Israel and Hamas on Sunday.", "QAT>ISR 045; QAT>PSEREBHMS 045"},
	})
}
