package pipeline_test

import "testing"

// TestRoundTwentyEightCeasefireRule pins the rule coder's codes for a
// ceasefire or truce agreed to, with the learned component off, so that
// the code is the coder's and not the relabeller's coin flip (defence9_test
// and verbs16_test once pinned its verdict both ways). A ceasefire or truce
// agreed to is 0871: its usage note codes "agreements to commence a
// cease-fire" there, and every news set's adjudicated gold follows it. The
// codebook's own 0356 example ("Yugoslavia and Slovenia agreed to a
// ceasefire") is the one row against; the lead settled the convention for
// the sets in session twelve (docs/notes/news.md, round twenty-eight and
// "Session twelve (lead)").
func TestRoundTwentyEightCeasefireRule(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Mali and Niger agreed to a ceasefire on Friday.", "MLI>NER 0871; NER>MLI 0871"},
		{"Mali and Niger agreed to a truce on Friday.", "MLI>NER 0871; NER>MLI 0871"},
		{"The presidents of Mali and Niger agreed on a truce along their border.", "MLIGOV>NERGOV 0871; NERGOV>MLIGOV 0871"},
		{"Ecuador and Peru agreed to strictly observe the ceasefire.", "ECU>PER 0871; PER>ECU 0871"},
		{"Ecuador and Peru agreed to a permanent cessation of hostilities.", "ECU>PER 0871; PER>ECU 0871"},
	}
	checkRuleCodes(t, "2024-06-01", tests)
}

// TestRoundTwentyEightHostedTalks codes guests received or hosted "for
// talks": the talks held take precedence over the visit and the hosting,
// so the host and the guest get the 046 pair; a host of two parties of
// other countries mediates (045); a guest hosted for dinner, or a visitor
// arriving for talks not yet held, keeps the visit's codes.
func TestRoundTwentyEightHostedTalks(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Egypt's President Abdel Fattah al-Sisi hosted King Abdullah of Jordan in Cairo on Monday for talks on Gaza.", "EGYGOV>JORGOV 046; JORGOV>EGYGOV 046"},
		{"Kenya's President William Ruto received Tanzania's President Samia Suluhu Hassan in Nairobi on Tuesday for talks on trade.", "KENGOV>TZAGOV 046; TZAGOV>KENGOV 046"},
		{"Turkey's foreign minister hosted his Somali and Ethiopian counterparts in Ankara on Monday for talks aimed at ending their row.", "TURGOV>SOMGOV 045; TURGOV>ETHGOV 045"},
		{"Egypt's President Abdel Fattah al-Sisi hosted King Abdullah of Jordan for dinner on Monday.", "EGYGOV>JORGOV 043; JORGOV>EGY 042"},
	}
	checkCodes(t, "2024-06-01", tests)
}

// TestRoundTwentyEightCeasefire codes, through the whole pipeline, a
// ceasefire or truce agreed to by its parties (0871, as above), and the
// acts beside it that are not: a truce in a trade war is eased tariffs
// promised (0354), talks about a ceasefire agreed an intent to negotiate.
func TestRoundTwentyEightCeasefire(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Mali and Niger agreed to a truce along their border.", "MLI>NER 0871; NER>MLI 0871"},
		{"Serbia and Kosovo agreed to an immediate ceasefire on Friday.", "SRB>KSV 0871; KSV>SRB 0871"},
		{"Ecuador and Peru agreed to extend their ceasefire by two months.", "ECU>PER 0871; PER>ECU 0871"},
		{"Japan and Canada agreed to a trade truce.", "JPN>CAN 0354; CAN>JPN 0354"},
		// The ceasefire rows want "a ceasefire" right after TO.
		{"Serbia and Kosovo agreed to hold talks on a ceasefire.", "SRB>KSV 036; KSV>SRB 036"},
	}
	checkCodes(t, "2024-06-01", tests)
}
