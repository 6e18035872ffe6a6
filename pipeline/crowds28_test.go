package pipeline_test

import "testing"

// TestRoundTwentyEightCrowds codes, through the whole pipeline, sentences
// written for round twenty-eight's repression rows: a crowd broken up,
// protesters killed, shot, beaten or fired on, riot weapons used against
// them. Each is violent repression (175), as the sets code "firing on
// protesters, live rounds included". Beside them, shapes the rows must leave
// alone: protesters doing the killing or beating, a coalition or a ring
// broken up, soldiers killing rebels.
func TestRoundTwentyEightCrowds(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Police in Lima used water cannon to break up thousands of protesters outside parliament on Monday.", "PERCOP>PEROPP 175"},
		{"Chilean troops killed dozens of protesters in Santiago on Monday.", "CHLMIL>CHLOPP 175"},
		{"Chilean security forces shot dead dozens of protesters in Santiago on Monday.", "CHLCOP>CHLOPP 175"},
		{"Chilean police beat protesters with batons in Santiago on Monday.", "CHLCOP>CHLOPP 175"},
		{"Chilean riot police fired rubber bullets and stun grenades at protesters in Santiago on Monday.", "CHLCOP>CHLOPP 175"},
		{"Chilean riot police used water cannon against thousands of demonstrators in Santiago on Monday.", "CHLCOP>CHLOPP 175"},
		// "rubber" and "tear" are nouns before "bullets" and "gas" (tag/riotgear.go),
		// so the weapons stay the verb's object.
		{"Peruvian riot police used stun grenades, rubber bullets and water cannon against hundreds of demonstrators in Lima on Monday.", "PERCOP>PEROPP 175"},
		{"Peruvian police fired tear gas at hundreds of protesters in Lima on Monday.", "PERCOP>PEROPP 175"},
		{"Protesters killed two police officers in Santiago on Monday.", "CHLOPP>CHLCOP 190"},
		{"Protesters beat a policeman in Santiago on Monday.", "CHLOPP>CHLCOP 190"},
		{"The ruling coalition broke up on Monday after the finance minister resigned.", ""},
		{"Colombian troops killed five FARC rebels on Monday.", "COLMIL>COLREB 190"},
	}
	checkCodes(t, "2025-01-01", tests)
}
