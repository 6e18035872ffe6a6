package pipeline_test

import "testing"

// TestWeapons33MeansInOwnClause: the weapon that refines a strike's code is
// read in the striking verb's own clause, not past an "after", "before",
// "while", "since" or "because" that opens another act's clause. Thai jets
// striking "after Cambodian troops shelled Thai villages" employ aerial
// weapons (195); the shelling is Cambodia's own 194 (testdata/news/README.md:
// "rockets, missiles, artillery and tanks 194, aircraft and drones 195").
// Guards: a weapon in the verb's own clause still refines it, "when" tells
// how the same act was done, and the later clause keeps its own code.
// Sentences written for the test; rule coder alone.
func TestWeapons33MeansInOwnClause(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Thai fighter jets struck Cambodian army bases after Cambodian troops shelled Thai villages.", "THAMIL>KHMMIL 195; KHMMIL>THACVL 194"},
		{"Hamas fired rockets at Israeli towns after Israeli air strikes on Gaza.", "PSEREBHMS>ISR 194"},
		{"Israeli drones struck Hezbollah positions on Sunday with missiles.", "ISR>LBNREB 195"},
		{"Three Chinese engineers were killed in Pakistan when a suicide bomber rammed a car into their convoy.", "PAK>CHNCVL 1831"},
	})
}
