package pipeline_test

import "testing"

// TestRoundThirtyThreeWhatCalled keeps CALL in a free relative ("in what
// the prime minister called …", "at what he called terrorists") from its
// bare reading, a telephone call both ways: the relative names a thing by
// the caller's word for it. Before round thirty-five (verdict34's B,
// judged again under declaration (j)) the caller and the actor in the name
// got a 041 pair; with the call gone, the criticism of
// the act so named (apposed.go) stands. The negative
// rows keep their readings: a plain call, and one with "what" after it.
func TestRoundThirtyThreeWhatCalled(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Troops surrounded the palace on Wednesday in what Bolivia's president called an attempted coup led by the army's former commander.", "BOLGOV>BOLMIL 111"},
		{"Kenya's president spoke on Monday about what Uganda's president called a bitter quarrel.", ""},
		// A plain call; "what" with a verb before the call.
		{"Britain's prime minister called Kenya's president on Monday.", "GBRGOV>KENGOV 041; KENGOV>GBRGOV 041"},
		{"Kenya's president called Uganda's president on Monday to ask what had happened.", "KENGOV>UGAGOV 041; UGAGOV>KENGOV 041"},
	}
	checkRuleCodes(t, "2025-01-01", tests)
}
