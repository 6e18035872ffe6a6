package pipeline_test

import "testing"

// TestBugs36WeaponReceivedNeedsGiver: what an actor received FROM another is
// the other's act (dyad.verbs.txt, "072 weapons (OBTAIN's '- * &WEAPON
// [072]' made the receiver the giver)"), but with no giver named RECEIVE's
// and OBTAIN's bare weapon rows still made the recipient the giver to
// whoever followed, and RECEIVE's "- + * FIGHTERS [072]", having no $,
// took the giver from the clause above: the reporter became the supplier
// (the lead's decision 4 on bugs35). A weapon received now codes only with
// its giver read from the FROM rows. Sentences written for the test; rule
// coder alone.
func TestBugs36WeaponReceivedNeedsGiver(t *testing.T) {
	checkRuleCodes(t, "2024-03-01", []struct{ text, want string }{
		// The giver after FROM still codes.
		{"Ukraine received missiles from Germany on Monday.", "DEU>UKR 072"},
		{"Taiwan acquired missiles from the United States.", "USA>TWN 072"},
		{"Kyiv said Ukraine had received tanks from Poland.", "POL>UKR 072"},
		// No giver named: no military aid, least of all from the reporter.
		{"The Pentagon said Ukraine had received fighters.", "USAMIL>UKR 010"},
		{"Turkey received Russian missiles in July.", ""},
		{"Turkey acquired Russian missiles in July.", ""},
		// A visitor received is not touched.
		{"India received the ambassador of Japan.", "IND>JPNGOV 043; JPNGOV>IND 042"},
	})
}
