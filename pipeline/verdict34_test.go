package pipeline_test

import "testing"

// TestRoundThirtyThreeVerdictOnAnEarlierAct codes a verdict passed in a
// clause of its own on an act told before it, whose object names the act
// by a noun with no actor ("and Qatar condemned the attack"), as the
// speaker's criticism (111) or praise (051) of the act's author. Before
// round thirty-three the verb's pattern found no target and the verdict
// was lost. The negative rows keep their readings: a verdict on the
// speaker's own act, a verdict with no act told before it, a verdict
// reported as a third party's inside "said" (a perfect, not a finite
// verdict of the clause), a relative clause's verdict, and a verdict after
// another's verdict (aimed at the thing first judged).
func TestRoundThirtyThreeVerdictOnAnEarlierAct(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Iran fired missiles at a U.S. air base in Qatar on Monday, and Qatar condemned the attack as a flagrant violation of its sovereignty.", "IRN>USAMIL 194; QAT>IRN 111"},
		// Round thirty-seven (future42): tariffs to be lifted are the intent to
		// ease sanctions, 0354, as the dev gold codes them (fresh3 h-160, the
		// barley tariffs, 0354; fresh25 ai-165, fresh39 aw-065, fresh41 ay-190,
		// tariff cuts agreed, 0354 each way; no dev row codes them 010).
		{"China said it would lift its tariffs on Australian barley, and Australia's trade minister welcomed the move as a great outcome.", "CHN>AUS 0354; AUSGOV>CHN 051"},
		{"Venezuela expelled three Colombian diplomats on Tuesday, and Colombia's foreign minister called it an unacceptable provocation.", "VEN>COLGOV 161; COLGOV>VEN 111"},
		// The speaker's own act; no act before the verdict; a verdict
		// reported inside "said"; a relative clause's verdict; a verdict
		// after another's verdict.
		{"Britain imposed new sanctions on Russia on Tuesday and hailed the move as a strong signal.", "GBR>RUS 163"},
		{"Qatar condemned the attack on Monday.", ""},
		{"Israel struck a building in Doha on Tuesday, and Hamas said Qatar had condemned the attack.", "ISR>QAT 190; PSEREBHMS>QAT 190"},
		{"Armenia and Azerbaijan signed a peace agreement on Friday at a ceremony hosted by Kazakhstan's president, who hailed it as a new start.", "ARM>AZE 057; AZE>ARM 057; KAZGOV>ARM 043; ARM>KAZ 042; KAZGOV>AZE 043; AZE>KAZ 042"},
		{"China's military launched large drills around Taiwan on Tuesday, deploying warships in what it called a \"stern warning\" to separatist forces.", "CHNMIL>TWN 150"},
		{"Germany's chancellor said she regretted Britain's decision, while France's president called it a grave test for Europe.", "DEUGOV>GBR 111"},
	}
	checkRuleCodes(t, "2025-01-01", tests)
}
