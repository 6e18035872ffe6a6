package pipeline_test

import "testing"

// TestRoundFourteenPairs codes, through the whole pipeline, sentences
// written for round fourteen's pairing rules: which actor pairs an event is
// coded for.
func TestRoundFourteenPairs(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// An arrival is a visit (042) to the country; no host is named, so
		// no hosting (043) back (coder/arrival.go). Troops arriving are a
		// deployment, the country receiving them (074 with 0861: round
		// thirty, the news README's deployment convention).
		{"German troops began arriving in Lithuania on Monday.", "DEUMIL>LTU 074; LTU>DEUMIL 0861"},
		{"Indian Prime Minister Narendra Modi arrived in Jeddah on Friday to attend a summit of Arab leaders.", "INDGOV>SAU 042"},
		// A host named with a role hosts.
		{"Indian Prime Minister Narendra Modi arrived in Jeddah on Friday and was welcomed by Crown Prince Mohammed bin Salman.",
			"INDGOV>SAU 042; SAUGOV>INDGOV 043; SAUGOV>INDGOV 051"},
		// "visited" keeps the country as host (the CAMEO manual's example).
		{"Indian Prime Minister Narendra Modi visited Saudi Arabia on Friday.", "INDGOV>SAU 042; SAU>INDGOV 043"},
		// An arrival for talks is the visit alone; talks held stay talks
		// (coder/arrival.go, arrivalTalks).
		{"A Turkish military delegation arrived in Tripoli on Monday for talks with Libyan officials.", "TURMIL>LBY 042"},
		{"Indian Prime Minister Narendra Modi arrived in Jeddah on Friday for talks on trade.", "INDGOV>SAU 042"},
		{"A Turkish military delegation held talks with Libyan officials in Tripoli on Monday.", "TURMIL>LBYGOV 046; LBYGOV>TURMIL 046"},
		// Meeting the host in his capital is the visit and its hosting, no
		// extra meeting (coder/hostedmeeting.go); a meeting with no place,
		// or at a third place, stays.
		{"German Foreign Minister Annalena Baerbock met Egyptian President Abdel Fattah al-Sisi in Cairo on Monday.", "DEUGOV>EGY 042; EGYGOV>DEUGOV 043"},
		{"German Foreign Minister Annalena Baerbock met Egyptian President Abdel Fattah al-Sisi on Monday.", "DEUGOV>EGYGOV 040"},
		{"German Foreign Minister Annalena Baerbock met Egyptian President Abdel Fattah al-Sisi in Paris on Monday.",
			"DEUGOV>EGYGOV 044; EGYGOV>DEUGOV 044; DEUGOV>FRA 042; EGYGOV>FRA 042"},
		// Co-hosts host the visitors, not each other; members that meet
		// meet each other (coder/onewayconsult.go).
		{"The ceremony was hosted by Switzerland and the United Nations.", ""},
		{"France and Germany hosted the talks on Monday.", ""},
		{"France and Germany met on Monday.", "FRA>DEU 040; DEU>FRA 040"},
		// A host acting on a "visiting" guest hosts the visit (coder/visiting.go);
		// talks and refusals add nothing.
		{"Egyptian President Abdel Fattah al-Sisi praised visiting French President Emmanuel Macron on Tuesday.",
			"EGYGOV>FRAGOV 051; FRAGOV>EGY 042; EGYGOV>FRAGOV 043"},
		{"Egyptian President Abdel Fattah al-Sisi refused to meet visiting French President Emmanuel Macron on Tuesday.", "EGYGOV>FRAGOV 125"},
		{"Egypt's President Abdel Fattah al-Sisi held talks with visiting French President Emmanuel Macron in Cairo on Tuesday.",
			"EGYGOV>FRAGOV 046; FRAGOV>EGYGOV 046"},
	}
	checkCodes(t, "2024-06-01", tests)
}
