package pipeline_test

import "testing"

// TestReportedTruce: a reporting verb's 0871 yields to the truce its
// reported clause gives the parties themselves (the announcer told the
// news); an announcer with no reported truce keeps its event, and the
// truce between the two parties its object names is their 0871 pair
// (coder/brokeredtruce.go, round thirty-three). Changed in nominal33 to the
// dev gold's convention: every dev row of a third party's 045 for "a
// ceasefire / truce between X and Y" also codes the X<>Y 0871 pair —
// fresh2 g-021 (brokered), fresh14 x-071 (announced), fresh23 ag-141
// (brokered), fresh30 an-187 (announced); none codes the 045 alone.
func TestReportedTruce(t *testing.T) {
	checkRuleCodes(t, "2024-01-10", []struct{ text, want string }{
		{"Qatar's prime minister announced that Israel and Hamas had agreed to a ceasefire.", "ISR>PSEREBHMS 0871; PSEREBHMS>ISR 0871"},
		{"Egypt said on Monday that Israel and Hamas had agreed to a truce.", "ISR>PSEREBHMS 0871; PSEREBHMS>ISR 0871"},
		{"Qatar announced a ceasefire between Israel and Hamas on Sunday.", "QAT>ISR 045; QAT>PSEREBHMS 045; ISR>PSEREBHMS 0871; PSEREBHMS>ISR 0871"},
	})
}
