package pipeline_test

import "testing"

// TestSaid42ReportedIncursion codes, with the rule coder alone, a state's
// statement that another's forces crossed its line of control or intruded
// into, entered or violated its waters, airspace or territory
// (coder/verdict.go, saysIncursion): the speaker accuses them of
// aggression (1123) where SAY alone gave a bare 010. Its own forces told
// with a pronoun, a negated incursion, a crossing of no held place
// (refugees into a country, traders over a border) and a statement with no
// act stay what they were. The first three rows give 010 without
// saysIncursion.
func TestSaid42ReportedIncursion(t *testing.T) {
	checkRuleCodes(t, "2020-06-01", []struct{ text, want string }{
		{"China said Indian troops had crossed the line of actual control twice.", "CHN>INDMIL 1123"},
		{"China said the U.S. plane had deliberately intruded into its training area.", "CHN>USA 1123"},
		{"Japan said Chinese coast guard ships had entered its territorial waters.", "JPN>CHNMIL 1123"},
		{"India said its troops had crossed the line of control.", ""},
		{"Bangladesh said 400,000 Rohingya had crossed into Bangladesh.", "BGD>MMR 010"},
		{"Kenya said Somali traders had crossed the border.", "KEN>SOMBUS 010"},
		{"Japan said Chinese coast guard ships had not entered its territorial waters.", "JPN>CHNMIL 010"},
		{"China said Indian troops had patrolled near the line of actual control.", "CHN>INDMIL 010"},
	})
}
