package pipeline_test

import "testing"

// Round thirty's review leftovers: rules that read more than they said.
// Each table runs the rule coder alone (checkRuleCodes) and pairs the case
// that was coded wrongly with one that must not change.

// TestFixesTruceBreachClause: only the fighting of the clause that reports
// the truce broken is 196; a fight in a clause beside it keeps its own
// code.
func TestFixesTruceBreachClause(t *testing.T) {
	checkRuleCodes(t, "2023-05-09", []struct{ text, want string }{
		// A struck military site is its owner's MIL since the fifteenth
		// harmonisation (round thirty-eight, sites44; dev rows f-235, y-025
		// Armenian positions ARMMIL, am-153 and ay-147 Pakistani border posts
		// PAKMIL, t-222 and bd-050 military sites in Iran IRNMIL).
		{"Eritrean troops shelled Ethiopian border posts on Tuesday despite the truce, and Ethiopian troops attacked Eritrean villages a week later.",
			"ERIMIL>ETHMIL 196; ETHMIL>ERICVL 190"},
		// Both sides of an exchange of fire in the clause of the truce.
		{"Eritrean and Ethiopian troops exchanged fire along the border on Tuesday despite the truce.",
			"ERIMIL>ETHMIL 196; ETHMIL>ERIMIL 196"},
	})
}

// TestFixesRejectingMaker: a closing ", rejecting …" is kept as a
// rejection of its own only when a name makes the ask; a date or a place
// before it makes none.
func TestFixesRejectingMaker(t *testing.T) {
	checkRuleCodes(t, "2023-05-09", []struct{ text, want string }{
		{"Kenya's president returned to Nairobi on Friday, rejecting on Monday the offer of talks with Uganda.", ""},
		{"Kenyan troops stayed in the border zone on Friday, rejecting in Nairobi the demand of Ugandan traders.", ""},
		{"Kenya's president returned to Nairobi on Friday, rejecting on Monday Uganda's offer of talks.", "KENGOV>UGA 125"},
		{"Kenyan troops stayed in the border zone on Friday, rejecting in Nairobi the Ugandan demand for a withdrawal.", "KENMIL>KEN 1246"},
	})
}

// TestFixesGeneralTitle: GENERAL is a leader's title as a rank or at the
// end of an office, not as the first word of a body ("the General
// Assembly") or as an adjective; the hyphenated offices are titles.
func TestFixesGeneralTitle(t *testing.T) {
	checkRuleCodes(t, "2023-05-08", []struct{ text, want string }{
		{"Gunmen killed a member of the General Assembly in Kabul on Monday.", "AFGUAF>IGOUNO 190"},
		{"Gunmen killed Afghan General Abdul Raziq in Kabul on Monday.", "AFGUAF>AFGMIL 186"},
		{"Gunmen killed an Afghan general in Kabul on Monday.", "AFGUAF>AFGMIL 186"},
		{"Gunmen killed the Afghan attorney general in Kabul on Monday.", "AFGUAF>AFGGOV 186"},
		{"Gunmen killed the U.N. Secretary-General in Kabul on Monday.", "AFGUAF>IGOUNO 186"},
	})
}

// TestFixesClashClause: a clash mirrors the fighting of its own clause
// only; a fight beside it, or above a clash verb whose clause coded none,
// keeps its one direction.
func TestFixesClashClause(t *testing.T) {
	checkRuleCodes(t, "2023-05-08", []struct{ text, want string }{
		{"Kachin rebels clashed with Myanmar troops in the north on Monday, while in Yangon police shot dead two Karen rebels.",
			"MMRREB>MMRMIL 190; MMRMIL>MMRREB 190; MMRCOP>MMRREB 193"},
		{"Myanmar police shot dead two Karen rebels in Yangon on Monday, a day after Kachin rebels clashed with Myanmar troops in the north.",
			"MMRCOP>MMRREB 193"},
		{"Kachin rebels clashed with Myanmar troops in Kachin state on Monday.", "MMRREB>MMRMIL 190; MMRMIL>MMRREB 190"},
	})
}
