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

// TestWeapons33ArtilleryFireExchanged: artillery or rocket fire exchanged is
// 194 both ways (194 "Attack using artillery, tanks, and rocket fire"),
// whether the two sides are a compound subject or one is named after WITH.
// TRADE's "- * FIRE [193:193]" read "exchanged artillery fire" between a
// compound as nothing and "traded rocket fire with" as small arms. Guards:
// fire with no weapon word keeps its code, prisoners exchanged stay a
// release, a single side with no other names no one. Sentences written for
// the test; rule coder alone.
func TestWeapons33ArtilleryFireExchanged(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Armenian and Azerbaijani troops exchanged artillery fire along the border on Tuesday.", "ARMMIL>AZEMIL 194; AZEMIL>ARMMIL 194"},
		{"Israeli forces traded rocket fire with Hezbollah on Monday.", "ISRMIL>LBNREB 194; LBNREB>ISRMIL 194"},
		{"Ethiopian and Eritrean troops exchanged fire on the border.", "ETHMIL>ERIMIL 190; ERIMIL>ETHMIL 190"},
		{"Russia and Ukraine exchanged prisoners of war on Friday.", "RUS>UKR 0841; UKR>RUS 0841"},
		{"Indian troops exchanged artillery fire on Sunday.", ""},
	})
}

// TestWeapons33BulkCarrier: a bulk carrier is a merchant ship, its flag
// state's business, as Phoenix's cargo ships and tankers are; CARRIER
// [~MIL] (an aircraft carrier) read it as the flag state's navy. Guard: an
// aircraft carrier stays military. Sentences written for the test; rule
// coder alone.
func TestWeapons33BulkCarrier(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"The Houthis fired missiles at a Greek bulk carrier in the Red Sea.", "YEMREB>GRCBUS 194"},
		{"The Houthis fired missiles at a U.S. aircraft carrier in the Red Sea.", "YEMREB>USAMIL 194"},
	})
}
