package pipeline_test

import "testing"

// TestFixes32HandedPower: the LEADERSHIP sub-code table's own comment
// says power handed or ceded to others is the change of leadership; the
// past tenses "handed over power" and "ceded power" now count as the
// present ones did. Handing out food is no handing of power. Sentences
// written for the test; rule coder alone.
func TestFixes32HandedPower(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Thousands of Sudanese marched in Khartoum on Sunday, demanding that the army handed over power to civilians.", "SDN>SDNGOV 1411"},
		{"Thousands of Sudanese marched in Khartoum on Sunday, demanding that the army ceded power.", "SDN>SDNGOV 1411"},
		// Not power: food handed out.
		{"Thousands of Sudanese marched in Khartoum on Sunday, demanding that the army handed out food to civilians.", "SDN>SDNGOV 141"},
	})
}

// TestFixes32Jamaat: Jamaat-e-Islami is Bangladesh's opposition (the news
// README's group conventions: "Jamaat-e-Islami and the banned Awami League
// BGDOPP"); before its row the party coded nothing. Another group whose
// name begins "Jamaat" keeps its own row. Rule coder alone.
func TestFixes32Jamaat(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"The Jamaat-e-Islami party called for elections in Bangladesh.", "BGDOPP>BGD 0241"},
		{"Police arrested Jamaat-e-Islami activists in Dhaka.", "BGDCOP>BGDOPP 173"},
		// Not the party: Mali's JNIM.
		{"Jamaat Nusrat al-Islam wal-Muslimin fighters attacked soldiers in Mali.", "MLIREB>MLIMIL 190"},
	})
}

// TestFixes32BothSidesOneCountry: "both sides" after a state's army and an
// armed group of the same country are those two, with their full codes;
// before, the search wanted two countries and found none. Two states keep
// the countries (actors32's mode). Rule coder alone.
func TestFixes32BothSidesOneCountry(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"The Myanmar military clashed with the Arakan Army near Sittwe on Thursday. On Friday both sides agreed to a ceasefire.",
			"MMRMIL>MMRREB 190; MMRREB>MMRMIL 190; MMRREB>MMRMIL 0871; MMRMIL>MMRREB 0871"},
		{"Iran's foreign minister met Qatar's emir on Monday. On Tuesday the two sides signed a trade deal.",
			"IRNGOV>QATGOV 040; QAT>IRN 057; IRN>QAT 057"},
	})
}

// TestFixes32CompoundHelp: a compound that helps with no one named helps
// someone else, not its own members; before, "Greece and Israel helped"
// gave GRC>ISR and ISR>GRC 060. Cooperation said of the compound ("%"
// rows) still pairs its members, and a named beneficiary is the target.
// Rule coder alone.
func TestFixes32CompoundHelp(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Greece and Israel have helped since the earthquake struck.", ""},
		{"Greece and Israel assisted.", ""},
		// Guards: cooperation with each other; help with a beneficiary.
		{"Greece and Israel cooperated closely on Monday.", "GRC>ISR 050; ISR>GRC 050"},
		{"Greece and Israel helped Turkey.", "GRC>TUR 070; ISR>TUR 070"},
	})
}
