package pipeline_test

import "testing"

// TestScopes32ExtensionRows: a row of an extension section ("--- +APPREHEND
// ---") whose comment names a verb of the block it extends is that verb's
// alone, as a row of the block's own file is (coder/scope.go). The block's
// verbs are written in an earlier file, so the comment was read as naming
// nothing and the row applied to the whole block: round thirty's ship rows,
// "Scoped to SEIZE and CAPTURE", made an arrest of a ship's crew a
// hijacking. Sentences written for the test; rule coder alone.
func TestScopes32ExtensionRows(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Nigerian police arrested a bus driver in Lagos on Monday.", "NGACOP>NGA 173"},
		{"Pakistani police arrested the airliner's pilot.", "PAKCOP>PAKCVL 173"},
		// The rows' own verbs keep them.
		{"Baloch militants seized a passenger train in Pakistan.", "PAKREB>PAKCVL 181"},
		{"Iranian forces seized a British tanker in the Gulf.", "IRNMIL>GBRBUS 181"},
		{"Iranian forces captured a British tanker in the Gulf.", "IRNMIL>GBRBUS 181"},
		// CRACK's rows stay CRACK's, HOLD's phone calls HOLD's.
		{"Egyptian police cracked down on protesters in Cairo.", "EGYCOP>EGYOPP 175"},
		{"Macron held a phone call with Scholz on Monday.", "FRAGOV>DEUGOV 041; DEUGOV>FRAGOV 041"},
	})
}

// TestScopes32CompoundQuit: leavebloc.go's own comment codes a compound of
// states leaving a body as each member's 161 ("Mali, Burkina Faso and Niger
// announced their withdrawal from ECOWAS", "quit the alliance"). In the bare
// "Mali and Niger quit ECOWAS." the tagger read "quit" as a noun ("Niger
// quit ECOWAS" one name) and nothing was coded; "quit" is no noun. Guards: a
// single member, a later leaving (a threat, left to the patterns) and "quit
// smoking". Sentences written for the test; rule coder alone.
func TestScopes32CompoundQuit(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Mali and Niger quit ECOWAS.", "MLI>IGOWAFBUSWAS 161; NER>IGOWAFBUSWAS 161"},
		{"Chad and Sudan quit the African Union.", "TCD>IGOAFRAFU 161; SDN>IGOAFRAFU 161"},
		{"Mali quit ECOWAS.", "MLI>IGOWAFBUSWAS 161"},
		{"Mali and Niger will quit ECOWAS.", "MLI>IGOWAFBUSWAS 1313; NER>IGOWAFBUSWAS 1313"},
		{"The Malian minister quit smoking.", ""},
	})
}
