package pipeline_test

import "testing"

// TestRoundThirtyActors: actors of round thirty (actors30), rows of
// dict/data/dyad.actors.txt for names the wires use that Phoenix's 2014
// dictionaries lack or read as someone else. The sentences are written for
// the test; each row fails without its dictionary entry (no actor, so no
// event, or the wrong one), and the guards pin the dates that keep the rows
// off other bearers of the name.
func TestRoundThirtyActors(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"RSF during the war", "The RSF accused the army of shelling civilians.", "2024-06-07", "SDNREB>SDNMIL 1123", ""},
		{"RSF fighters", "RSF fighters killed dozens of villagers in Gezira state.", "2024-06-07", "SDNREB>SDNCVL 190", ""},
		{"RSF before the war", "The RSF accused the army of plotting a coup.", "2021-06-07", "SDNUAF>SDNMIL 1121", ""},
		{"Yoon in office", "Yoon accused North Korea of provocations.", "2024-06-07", "KORGOV>PRK 1123", ""},
		{"Yoon after his removal", "Yoon criticised Japan on Monday.", "2025-09-01", "KORELI>JPN 111", ""},
		{"Amit Shah as Home Minister", "Home Minister Amit Shah accused Pakistan of sponsoring terrorism.", "2024-06-07", "INDGOV>PAK 1124", ""},
	})
	// Guards: before Sudan's force existed "RSF" is Reporters Without Borders'
	// initials, not Sudan; before 2022 "Yoon" is nobody in particular; and Amit
	// Shah is no American NGO at any date.
	guards := []struct {
		name, text, date, not string
	}{
		{"RSF before 2013", "RSF criticised Sudan over the arrest of journalists.", "2010-06-07", "SDN"},
		{"Yoon before 2022", "Yoon accused North Korea of provocations.", "2015-06-07", "KOR"},
		{"Amit Shah before his ministry", "Amit Shah accused Pakistan of sponsoring terrorism.", "2016-06-07", "NGOUSAJEW"},
	}
	for _, g := range guards {
		t.Run("guard: "+g.name, func(t *testing.T) {
			for _, e := range codeText(t, g.text, g.date) {
				if len(e.Source.Code) >= len(g.not) && e.Source.Code[:len(g.not)] == g.not {
					t.Errorf("%q (%s): source %s, want no %s source (%s)", g.text, g.date, e.Source.Code, g.not, list(codeText(t, g.text, g.date)))
				}
			}
		})
	}
}

// TestRoundThirtyKoreanNorth: "the North" is North Korea in a sentence that
// speaks of Korea (coder/north.go), on the rule coder alone; the same words
// before a name, or with no Korea in the sentence, are no actor.
func TestRoundThirtyKoreanNorth(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{"Seoul condemned the North's missile launches as a grave provocation.", "KOR>PRK 111"},
		{"South Korea accused the North of sending trash balloons across the border.", "KOR>PRK 112"},
		// Guards: a region of another country, a name after "North".
		{"Nigeria's government accused the North of backing the rebels.", ""},
		{"Sudan's army accused the North Darfur governor of backing the rebels.", "SDNMIL>SDNGOV 112"},
	})
}
