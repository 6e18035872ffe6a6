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

// TestRoundTwentyEightDispersedThem codes a crowd dispersed in a clause of
// its own: "them" after a dispersal verb is the crowd named before it, not
// the police doing the dispersing (coder/crowd.go, crowdPronoun); police
// with no country take the crowd's; a bare "before" clause in which police
// or troops act on the main clause's crowd is kept (crowdBefore); and
// tear gas fired "to disperse" a crowd is 175 even when a protester word
// stands earlier in the sentence. Beside them, "them" after another verb
// and a "before" clause of another actor are left alone.
func TestRoundTwentyEightDispersedThem(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Hundreds of demonstrators gathered outside the French embassy in Bamako on Friday before police dispersed them with tear gas.", "MLIOPP>FRAGOV 141; MLICOP>MLIOPP 175"},
		{"Thousands of Sudanese protesters marched on the palace in Khartoum on Thursday, and security forces fired tear gas to disperse them.", "SDNOPP>SDNGOV 141; SDNCOP>SDNOPP 175"},
		{"Hundreds of Malian protesters gathered in Bamako on Friday, before the president addressed them on television.", "MLIOPP>MLIGOV 141"},
		{"Police arrested two ministers in Lima on Monday, before a judge released them on bail.", "PERCOP>PERGOV 173"},
	}
	checkCodes(t, "2024-01-01", tests)
}
