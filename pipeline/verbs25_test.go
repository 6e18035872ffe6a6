package pipeline_test

import "testing"

// TestRoundTwentyFiveVerbs codes, through the whole pipeline, sentences
// written for round twenty-five's rows and sub-code phrases, each beside a
// shape the rule must leave alone.
func TestRoundTwentyFiveVerbs(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// A government's plan or decision to act, protested against, is a
		// policy (1412: "demonstrators demand specific policy changes");
		// appealed against, an appeal for a policy change (0242). A
		// rally with no named policy stays 141.
		{"Thousands of protesters marched in Santiago against the president's decision to close the mines.", "CHLOPP>CHLGOV 1412"},
		{"Tens of thousands of Chileans rallied outside Congress on Monday against the government's plan to raise the retirement age.", "CHLOPP>CHLGOV 1412"},
		{"The United States urged Iran to reverse its decision to expel the inspectors.", "USA>IRN 0242"},
		{"Thousands of Chilean protesters rallied outside the U.S. embassy in Santiago.", "CHLOPP>USAGOV 141"},
		// A plan agreed or promised is about what it plans, not a policy
		// change (0342).
		{"India and China agreed on a plan to ease tensions along their border.", "IND>CHN 0356; CHN>IND 0356"},
		// Troops crossing a border or a line of control and a bridge or
		// dam blown up, alleged, are military action (1123); another
		// accusation keeps its own sub-code or the bare 112.
		{"Greece accused Turkey of crossing the border on Wednesday.", "GRC>TUR 1123"},
		{"Serbia accused Kosovo of blowing up a bridge on Tuesday.", "SRB>KSV 1123"},
		{"Greece accused Turkey of corruption.", "GRC>TUR 1121"},
		{"The Taliban accused Pakistan of blocking the border crossing.", "AFGREB>PAK 112"},
		// A border or its crossings closed or shut to another state is an
		// embargo (163), not an administrative sanction (172) or a cut in
		// relations (160).
		{"Latvia said on Monday it had closed its border with Belarus.", "LVA>BLR 163"},
		{"Poland shut its border crossings with Belarus on Friday.", "POL>BLR 163"},
		// A prisoner exchange or swap completed, conducted or carried out
		// releases prisoners both ways (0841).
		{"Armenia and Azerbaijan completed an exchange of 70 prisoners on Saturday.", "ARM>AZE 0841; AZE>ARM 0841"},
		{"Armenia and Azerbaijan carried out a prisoner swap on Friday.", "ARM>AZE 0841; AZE>ARM 0841"},
		{"Armenia completed a prisoner exchange with Azerbaijan on Monday.", "ARM>AZE 0841; AZE>ARM 0841"},
	}
	checkCodes(t, "2025-01-01", tests)
}
