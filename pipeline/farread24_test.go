package pipeline_test

import "testing"

// TestRoundTwentyFourFarRead codes, through the whole pipeline, sentences
// written for round twenty-four's bound on a pattern's reach
// (coder/farread.go): a pattern that reads past a comma into a closing
// participle clause is used only when no other pattern of the verb fits.
// The first row fails without the bound (HOLD's "- * &HOSTAGE [181]" reads
// the prisoners of the agreement); the warning row without verbalAct (a
// participle of a verbal act goes on with the subject's own statement;
// it does not fail without the exception, the fallback giving the same
// pattern). The Kishida row fails without sameRoot.
func TestRoundTwentyFourFarRead(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// A closing "agreeing" is an act of its own (forceClause, round
		// thirty-seven): the read dev halves code the agreement told by it
		// (ab-006, af-012, ar-154, ba-122 0353; ac-122 036; z-019 0871;
		// ad-210 030), so these two rows pin the talks and the agreement;
		// HOLD's 181 still does not read the prisoners.
		{"Armenian and Azerbaijani negotiators held talks in Vienna on Monday, agreeing to exchange 50 prisoners.", "ARMGOV>AZEGOV 046; AZEGOV>ARMGOV 046; ARMGOV>AZEGOV 0353; AZEGOV>ARMGOV 0353"},
		{"Serbian and Kosovar officials held talks in Brussels on Tuesday, agreeing to free all detainees.", "SRB>KSV 046; KSV>SRB 046; SRB>KSV 0353; KSV>SRB 0353"},
		// Another closing participle of intent stays an aside.
		{"Serbian and Kosovar officials held talks in Brussels on Tuesday, pledging to exchange all detainees.", "SRB>KSV 046; KSV>SRB 046"},
		// A participle of the verb's own root goes on with the same act.
		{"Fumio Kishida became the first Japanese leader to visit Ukraine since the war began, travelling to Kyiv by train from Poland, where he had stopped for talks with President Andrzej Duda.", "JPNGOV>POLGOV 046; POLGOV>JPNGOV 046"},
		// A participle of a verbal act still counts.
		{"ECOWAS gave Guinea's junta two weeks to restore civilian rule, warning it could impose sanctions.", "IGOWAFBUSWAS>GINGOV 130"},
	}
	checkCodes(t, "2024-05-01", tests)
}
