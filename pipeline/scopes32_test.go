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
