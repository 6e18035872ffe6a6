package pipeline_test

import "testing"

// TestTagger36NeverVerb: "loyal", "dead" and "worth" after the clause's
// own past (tag.NeverVerb). The model tagged them as verbs, the chunker
// took that false verb for the clause's and read the real past before it
// as a participle on the subject, and the sentence gave no event. The
// sentences are written for the test; each fails without the rule. The
// guards already coded right and must not move.
func TestTagger36NeverVerb(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{"Iraqi security forces clashed with gunmen loyal to a tribal sheikh in Basra on Monday.", "IRQCOP>IRQUAF 190; IRQUAF>IRQCOP 190"},
		{"Ethiopian and Eritrean troops clashed near the border on Sunday night, leaving 15 Ethiopian soldiers dead in the heaviest fighting in years.", "ETHMIL>ERIMIL 190; ERIMIL>ETHMIL 190"},
		{"Egypt rejected on Tuesday a Sudanese offer of electricity worth nearly $300 million.", "EGY>SDN 120"},
		{"Iraqi soldiers fired at protesters loyal to the cleric in Baghdad.", "IRQMIL>IRQOPP 175"},
		// Guards: "loyal" inside the subject, a reduced relative on the
		// subject before the clause's own verb.
		{"Troops loyal to the president fired on protesters in Juba on Friday.", "SSDGOV>SSDOPP 175"},
		{"Police officers wounded in the ambush arrested two suspects in Mombasa.", "KENCOP>KEN 173"},
	})
}

// TestTagger36ControlInfinitive: a subject-control past followed by its own
// infinitive heads the clause even when a finite verb comes later in its
// phrase (chunk's controlInfinitive); the tagger had made it VBN and the
// chunker a reduced relative on the subject, so the sentence gave no
// event. The guards are object-control participles ("forced to", "ordered
// to"), true reduced relatives that must stay on the subject.
func TestTagger36ControlInfinitive(t *testing.T) {
	checkRuleCodes(t, "2024-06-07", []struct{ text, want string }{
		{"Uganda's president threatened on Friday to expel Kenyan traders over the levies Nairobi had imposed.", "UGAGOV>KENBUS 130"},
		{"Mexico's president agreed on Monday to expel the Cuban ambassador over remarks Havana had defended.", "MEXGOV>CUBGOV 030"},
		// Guards.
		{"Protesters forced to leave the square attacked police officers in Nairobi.", "KENOPP>KENCOP 145"},
		{"Pakistan's army chief agreed on Sunday to release Indian fishermen the navy had detained.", "PAKMIL>INDAGR 0353"},
	})
}
