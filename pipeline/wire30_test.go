package pipeline_test

import "testing"

// TestRoundThirtyIntentSubjects codes, with the rule coder alone, promises
// whose complement names what is promised (coder/data/subcodes.txt): a
// state's cooperation at sea, a defence treaty and contacts between two
// armies are military cooperation (0312), full diplomatic representation
// and a relationship are diplomatic cooperation (032), prisoners exchanged
// are a release (0353). Each positive row was the bare 030 before round
// thirty. The negative rows keep their own codes: trade cooperation is
// economic (0311), talks are a meeting (036), and views exchanged are no
// release.
func TestRoundThirtyIntentSubjects(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Vietnam and the Philippines agreed on Friday to step up maritime cooperation in the South China Sea.", "VNM>PHL 0312; PHL>VNM 0312"},
		{"Japan and Australia agreed on Tuesday to expand naval cooperation around the Pacific islands.", "JPN>AUS 0312; AUS>JPN 0312"},
		{"Kenya and Tanzania agreed on Monday to sign a mutual defence treaty before the end of the year.", "KEN>TZA 0312; TZA>KEN 0312"},
		{"India and Japan agreed to resume military-to-military communications suspended last year.", "IND>JPN 0312; JPN>IND 0312"},
		{"Morocco and Algeria agreed on Sunday to restore full diplomatic representation.", "MAR>DZA 032; DZA>MAR 032"},
		{"Germany and Poland agreed to repair their strained relationship.", "DEU>POL 032; POL>DEU 032"},
		{"Armenia and Azerbaijan agreed on Thursday to exchange all detained prisoners.", "ARM>AZE 0353; AZE>ARM 0353"},
		// Not military, not a release: the words of another subject, or
		// of none.
		{"Vietnam and the Philippines agreed on Friday to step up trade cooperation.", "VNM>PHL 0311; PHL>VNM 0311"},
		{"Kenya and Tanzania agreed on Monday to hold talks on the border dispute.", "KEN>TZA 036; TZA>KEN 036"},
		{"Armenia and Azerbaijan agreed on Thursday to exchange views on the border.", "ARM>AZE 030; AZE>ARM 030"},
	}
	checkRuleCodes(t, "2025-01-01", tests)
}
