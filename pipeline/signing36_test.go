package pipeline_test

import "testing"

// TestSigning36SignedTruce: a truce signed is a formal agreement (057) and
// the truce itself (0871), each both ways (coder/signing.go,
// signedTruces; README, fresh38's adjudication: "a signed ceasefire ... is
// the 057 pair with the 0871 pair", after fresh34's ar-055 and fresh31's
// ao-044; dev rows fresh38 av-163 and av-123). SIGN's "- * &CEASEFIRE
// [0871:0871]" gave the truce alone and "signed a ceasefire agreement" the
// signing alone. Negatives: a truce only proposed, a signing put off,
// denied, refused or not done, and a signing to come add no 057; a deal
// that names no truce adds no 0871. Sentences written for the test; rule
// coder alone.
func TestSigning36SignedTruce(t *testing.T) {
	checkRuleCodes(t, "2024-03-04", []struct{ text, want string }{
		{"Peru's government and the rebels signed a ceasefire in Lima on Tuesday.",
			"PERGOV>PERREB 0871; PERREB>PERGOV 0871; PERGOV>PERREB 057; PERREB>PERGOV 057"},
		{"Myanmar's army has signed a ceasefire with the insurgents.",
			"MMRMIL>MMRREB 0871; MMRREB>MMRMIL 0871; MMRMIL>MMRREB 057; MMRREB>MMRMIL 057"},
		{"Ethiopia signed a ceasefire agreement with Eritrea on Friday.",
			"ETH>ERI 057; ERI>ETH 057; ETH>ERI 0871; ERI>ETH 0871"},
		// Negatives.
		{"Chad's government proposed a ceasefire to the rebels on Sunday.", ""},
		{"Chad's government postponed signing a truce with the rebels.", "TCDGOV>TCDREB 1246"},
		{"Chad's government denied it had signed a truce with the rebels.", "TCDGOV>TCDREB 1246"},
		{"Ukraine refused to sign a ceasefire with Russia.", "UKR>RUS 1246"},
		{"Chad's government did not sign the truce with the rebels on Sunday.", ""},
		// A signing to come adds no 057 pair, and since bugs38 its truce is
		// the intent to de-escalate (0356), not the truce: the dev gold
		// codes a truce a party is ready to accept or to observe 0356
		// (fresh28 al-178, fresh38 av-066, fresh41 ay-119 "ready to accept
		// ... a 30-day ceasefire"; fresh26 aj-055 "ready to observe a
		// ceasefire"), and no dev row codes a truce to be signed 0871
		// ("would observe a truce", 0871 in written w-043 and fresh9
		// r-056, is no signing and keeps it).
		{"Chad's government will sign a truce with the rebels next week.",
			"TCDGOV>TCDREB 0356; TCDREB>TCDGOV 0356"},
		{"Ethiopia signed a peace agreement with Eritrea on Sunday.", "ETH>ERI 057; ERI>ETH 057"},
	})
}

// TestSigning36OwnWarSides: a party of a signing named only by its role
// takes the country of the other party when the two are the sides of one
// state's own war, and the place the signing was done in is no party's
// country (coder/signing.go, signingSides; dev row fresh14 x-245, "JEM
// signed a ceasefire with the government in Doha", coded Qatar's 0871
// pair; bugs36's "signed a ceasefire with the rebels" coded nothing).
// Negatives: a party with a country of its own keeps it ("a trade deal
// with Niger in Doha" keeps Niger, "the Niger government" Niger's). Sentences
// written for the test; rule coder alone.
func TestSigning36OwnWarSides(t *testing.T) {
	checkRuleCodes(t, "2024-03-04", []struct{ text, want string }{
		{"Chad's government signed a truce with the rebels on Sunday.",
			"TCDGOV>TCDREB 0871; TCDREB>TCDGOV 0871; TCDGOV>TCDREB 057; TCDREB>TCDGOV 057"},
		{"Darfur's rebel group JEM signed a ceasefire with the government in Doha on Tuesday.",
			"SDNREB>SDNGOV 0871; SDNGOV>SDNREB 0871; SDNREB>SDNGOV 057; SDNGOV>SDNREB 057"},
		{"Colombia's government signed a peace deal with the rebels in Havana on Friday.",
			"COLGOV>COLREB 057; COLREB>COLGOV 057"},
		{"The rebels signed a peace agreement with Mali's government in Algiers on Friday.",
			"MLIREB>MLIGOV 057; MLIGOV>MLIREB 057"},
		// Negatives.
		{"Chad's government signed a trade deal with Niger in Doha on Monday.",
			"TCDGOV>NER 057; NER>TCDGOV 057"},
		{"Chad's government signed a deal with the Niger government on Monday.",
			"TCDGOV>NERGOV 057; NERGOV>TCDGOV 057"},
	})
}
