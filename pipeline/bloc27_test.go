package pipeline_test

import "testing"

// TestLeavingBloc codes, through the whole pipeline, a state's leaving an
// international organisation as 161 to the organisation (round
// twenty-seven's coder/leavebloc.go): a withdrawal announced or completed,
// or a state pulling out, where the patterns read ANNOUNCE's statement or
// WITHDRAWAL's retreat. Beside them, troops withdrawn — even from a body's
// mission — keep 0874, and a leaving announced for later stays a threat.
func TestLeavingBloc(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// An announced withdrawal is the act, not a statement about it.
		{"Gabon and Chad announced on Monday their withdrawal from ECOWAS.", "GAB>IGOWAFBUSWAS 161; TCD>IGOWAFBUSWAS 161"},
		{"Argentina announced its withdrawal from the World Health Organization on Wednesday.", "ARG>IGOUNOHLHWHO 161"},
		// A completed withdrawal from a body is no retreat.
		{"Gabon formally completed its withdrawal from the West African bloc ECOWAS on Tuesday.", "GAB>IGOWAFBUSWAS 161"},
		{"Gabon pulled out of the African Union on Friday.", "GAB>IGOAFRAFU 161"},
		// Troops leave a territory, or a body's mission: a retreat.
		{"Russia withdrew its troops from Georgia on Monday.", "RUS>GEO 0874"},
		{"Chad withdrew its troops from the African Union mission in Somalia on Monday.", "TCD>IGOAFRAFU 0874"},
		{"French troops completed their withdrawal from Mali on Tuesday.", "FRAMIL>MLI 0874"},
		// A state leaving a body's mission leaves the mission, not the body.
		{"Chad withdrew from the African Union mission in Somalia on Monday.", "TCD>IGOAFRAFU 0874"},
		// Leaving announced for later is a threat.
		{"Armenia will quit the CSTO next year, its prime minister said.", "ARM>IGO 1313"},
	}
	checkCodes(t, "2025-01-01", tests)
}
