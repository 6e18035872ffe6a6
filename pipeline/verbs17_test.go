package pipeline_test

import "testing"

// TestRoundSeventeenVerbs codes, through the whole pipeline, sentences written
// for the round-seventeen verb rows and the scope of this file's comments,
// each beside a shape the rule must leave alone.
func TestRoundSeventeenVerbs(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// RALLY's "to protest" rows (MOBILIZE, pipeline/data/dyad.verbs.txt)
		// are scoped to RALLY by their comments: SUMMON keeps its own
		// patterns, a rally stays a demonstration (141). Diplomats summoned
		// are a formal protest (114) since precision41, as the dev gold
		// codes every summoned envoy or diplomat: fresh12 u-082 ("summoned
		// the envoys of Britain, France and Germany", 114 ×3), fresh19
		// ac-007 ("a senior Pakistani diplomat", 114), fresh20 ad-004
		// ("China's deputy chief of mission", 114); before, SUMMON's own
		// "- $ * + [040]" made them meetings.
		{"South Korea summoned Japanese diplomats on Monday to protest the visit.", "KOR>JPNGOV 114"},
		{"Hundreds of farmers rallied in Seoul on Monday to protest the new tariffs.", "KORAGR>KORGOV 141"},
		// Arrest warrants issued, in the plural as in the singular, are
		// legal action (115), not an arrest (173); an arrest still is.
		{"The International Criminal Court issued arrest warrants for two Libyan militia commanders over war crimes.", "IGOJUDICC>LBYUAF 115"},
		{"A Kenyan court issued an arrest warrant on Tuesday for the former governor of Nairobi.", "KENJUD>KENELI 115"},
		{"Kenyan police arrested the former governor of Nairobi on Tuesday.", "KENCOP>KENELI 173"},
		// Applied for, sought or requested, they are legal action too
		// (SAY's fallback "ARREST" made the first an arrest, REQUEST an
		// appeal to the suspect).
		{"The chief prosecutor of the International Criminal Court said on Monday he had applied for arrest warrants for two Sudanese generals over war crimes.", "IGOJUDICC>SDNMIL 115"},
		{"Peruvian prosecutors sought an arrest warrant for former President Alejandro Toledo on Tuesday.", "PERJUD>PERELI 115"},
		{"Prosecutors requested arrest warrants for three Guatemalan officials.", "GTMJUD>GTMGOV 115"},
		// Thousands killed are a mass killing (202); a killing of a
		// few stays 190.
		{"The militia killed thousands of villagers in Darfur.", "SDNUAF>SDNCVL 202"},
		{"Sudanese soldiers killed three civilians in Darfur on Monday.", "SDNMIL>SDNCVL 190"},
	}
	checkCodes(t, "2024-06-01", tests)
}
