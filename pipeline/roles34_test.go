package pipeline_test

import "testing"

// TestRoles34TalksAtHomeNoVisit: a meeting the sentence calls talks is
// negotiation (046, meetingTalks), and talks take precedence over the
// visit they happen at (homeVisitCodes' own note); in the counterpart's
// capital the home visit (042, 043) was added before meetingTalks could
// read the meeting, so the talks were lost. A meeting in the capital that
// names no talks stays the visit and its hosting. Sentences written for
// the test; rule coder alone.
func TestRoles34TalksAtHomeNoVisit(t *testing.T) {
	checkRuleCodes(t, "2024-05-14", []struct{ text, want string }{
		{"The Chilean president met his Peruvian counterpart in Lima on Tuesday, their first talks in three years.", "CHLGOV>PERGOV 046; PERGOV>CHLGOV 046"},
		// Negative: no talks named, the visit and its hosting.
		{"The Chilean president met his Peruvian counterpart in Lima on Tuesday.", "CHLGOV>PER 042; PERGOV>CHLGOV 043"},
	})
}

// TestRoles34HomeMeetingNoThirdPlace: the verb rows code a compound subject
// "X and Y met in Z" 044 (a meeting at a third location) whatever Z is; in
// one party's country it is the other party's visit (042, to the country)
// and the host's hosting (043), as "X met Y in Z" already is. A place in
// neither party's country keeps 044 with each party's visit to the host,
// and a meeting with no place named stays as it was. Sentences written for
// the test; rule coder alone.
func TestRoles34HomeMeetingNoThirdPlace(t *testing.T) {
	checkRuleCodes(t, "2024-05-14", []struct{ text, want string }{
		{"Ethiopian and Somali leaders met in Addis Ababa on Saturday.", "SOMGOV>ETH 042; ETHGOV>SOMGOV 043"},
		{"The Japanese and Indian prime ministers met in New Delhi on Tuesday.", "JPNGOV>IND 042; INDGOV>JPNGOV 043"},
		// Negatives: a third country stays 044 with the visits to the host,
		// no place named makes no visit.
		{"Ethiopian and Somali leaders met in Nairobi on Saturday.", "ETHGOV>SOMGOV 044; SOMGOV>ETHGOV 044; ETHGOV>KEN 042; SOMGOV>KEN 042"},
		{"Ethiopian and Somali leaders met on Saturday.", "ETHGOV>SOMGOV 040; SOMGOV>ETHGOV 040"},
	})
}

// TestRoles34MeetingPlaceOfItsVerb: with two countries named as places,
// the meeting's place is the one in the meeting verb's own phrase, before
// any other verb: "met ... in Cairo ... to discuss the war in Sudan" is a
// meeting in Egypt (the visit and its hosting); before, two places gave no
// place and the meeting stayed 040. A place named only after another verb
// still gives none. Sentences written for the test; rule coder alone.
func TestRoles34MeetingPlaceOfItsVerb(t *testing.T) {
	checkRuleCodes(t, "2024-05-14", []struct{ text, want string }{
		{"The Jordanian foreign minister met his Kuwaiti counterpart in Amman on Monday to discuss the fighting in Yemen.", "KWTGOV>JOR 042; JORGOV>KWTGOV 043"},
		{"The Jordanian foreign minister met his Kuwaiti counterpart in Kuwait City on Monday, days after clashes in Yemen.", "JORGOV>KWT 042; KWTGOV>JORGOV 043"},
		// Negative: both places follow another verb, so no place of the
		// meeting is known.
		{"The Jordanian foreign minister met his Kuwaiti counterpart on Monday as fighting raged in Yemen and in Oman.", "JORGOV>KWTGOV 040; KWTGOV>JORGOV 040"},
	})
}

// TestRoles34MeetingUnderDateline: a meeting in a sentence that names no
// place was held where the dateline was filed: under the counterpart's
// capital it is the visit and its hosting, under a third country's city a
// meeting at a third location with each party's visit. A place named in
// the sentence wins over the dateline, and a sentence naming a place that
// is not the meeting's gets none. Sentences written for the test; rule
// coder alone.
func TestRoles34MeetingUnderDateline(t *testing.T) {
	checkRuleCodes(t, "2024-05-14", []struct{ text, want string }{
		{"AMMAN (Reuters) - The Kuwaiti foreign minister met his Jordanian counterpart on Monday.", "KWTGOV>JOR 042; JORGOV>KWTGOV 043"},
		{"AMMAN (Reuters) - The Jordanian and Kuwaiti foreign ministers met on Monday.", "KWTGOV>JOR 042; JORGOV>KWTGOV 043"},
		{"CAIRO (Reuters) - The Jordanian and Kuwaiti foreign ministers met on Monday.", "JORGOV>KWTGOV 044; KWTGOV>JORGOV 044; JORGOV>EGY 042; KWTGOV>EGY 042"},
		// Negatives: the sentence's own place wins; a place of another
		// verb leaves the meeting without one.
		{"AMMAN (Reuters) - The Jordanian foreign minister met his Kuwaiti counterpart in Kuwait City on Monday.", "JORGOV>KWT 042; KWTGOV>JORGOV 043"},
		{"AMMAN (Reuters) - The Jordanian foreign minister met his Kuwaiti counterpart on Monday as fighting raged in Yemen and in Oman.", "JORGOV>KWTGOV 040; KWTGOV>JORGOV 040"},
	})
}
