package pipeline_test

import "testing"

// TestRoundThirtyOneGovernmentObject: "government" before the object's
// noun ("government troops", "a government convoy") marks whose the object
// is; the subject attacked it, 190 from the subject. PHYSICAL_CONFLICT's
// "+ * GOVERNMENT $ [111]" read the subject as the target and the object as
// the source of a verbal attack; the overlay drops it. Sentences written for
// this test; the rule coder alone.
func TestRoundThirtyOneGovernmentObject(t *testing.T) {
	checkRuleCodes(t, "2025-02-01", []struct{ text, want string }{
		{"Rebels attacked government troops near Goma.",
			"CODREB>CODMIL 190"},
		{"Rebels attacked government forces in Darfur on Sunday.",
			"SDNREB>SDNMIL 190"},
		// Negative: an attack on a government with no noun after it is
		// still not read backwards (and gives no 111 either).
		{"The opposition leader attacked the government over rising fuel prices.",
			""},
	})
}

// TestRoundThirtyOneBlameInOwnClause: a blame word in an adverbial clause
// ("while", "as", "whereas") that the parse hangs inside an accusation's
// complement is another accuser's (coder/blameattack.go blameAfter): the
// first accusation keeps 112. A blame in the accuser's own clause still
// makes 1123.
func TestRoundThirtyOneBlameInOwnClause(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"blame of a while clause", "Egypt accused Israel of lying, while Jordan blamed Iran for the explosions.", "2025-01-01", "EGY>ISR 112", "EGY>ISR 1123"},
		{"blame of the accuser's own clause", "After the blasts, Iraq blamed Turkey for the attack, while Syria stayed silent.", "2025-01-01", "IRQ>TUR 1123", ""},
	})
}

// TestRoundThirtyOneHeadChief: HEAD and CHIEF are a leader's title when they
// head their phrase (coder/assassinate.go titleNoun); before a common noun
// they are part of another noun ("head teacher", "chief executive") and the
// killing stays 190.
func TestRoundThirtyOneHeadChief(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"head teacher", "Gunmen killed the head teacher of a Nigerian school in Kaduna.", "2025-01-01", "NGAUAF>NGAEDU 190", "NGAUAF>NGAEDU 186"},
		{"army chief", "Gunmen killed the army chief of Sudan in Khartoum.", "2025-01-01", "SDNUAF>SDNMIL 186", ""},
		{"head of", "Israeli forces killed the head of Hamas in Gaza.", "2025-01-01", "ISRMIL>PSEREBHMS 186", ""},
	})
}

// TestRoundThirtyOneArrivalOwnClause: a meeting or a visit named in an
// adverbial clause ("as", "while") that does not hold the arrival verb is
// another event's, and does not keep the hosting (043) an arrival gives a
// country (coder/arrival.go hostVerbSaid, visitSaid). A host's verb
// coordinated with the arrival still does.
func TestRoundThirtyOneArrivalOwnClause(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"meeting of an as clause", "The Iranian foreign minister arrived in Iraq on Monday, as NATO leaders met in Brussels.", "2025-01-01", "IRNGOV>IRQ 042", "IRQ>IRNGOV 043"},
		{"visit of a while clause", "The Iranian foreign minister landed in Iraq on Monday, while the German chancellor postponed her visit to Kyiv.", "2025-01-01", "IRNGOV>IRQ 042", "IRQ>IRNGOV 043"},
		{"greeted in the arrival's clause", "The Iranian foreign minister arrived in Iraq on Monday and was greeted at the airport by officials.", "2025-01-01", "IRQ>IRNGOV 043", ""},
		{"for a visit", "The Iranian foreign minister landed in Iraq on Monday for a visit.", "2025-01-01", "IRQ>IRNGOV 043", ""},
	})
}

// TestRoundThirtyOneRequesterOwnClause: the request or warrant that makes
// an arrest judicial cooperation (063) is named in the arrest's own
// clause (coder/requested.go requester); a warrant of an "as" clause is
// another act's.
func TestRoundThirtyOneRequesterOwnClause(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"warrant of an as clause", "Spanish police arrested a Russian businessman in Madrid on Monday, as a Paris court issued a warrant from France for two other suspects.", "2025-01-01", "ESPCOP>RUSBUS 173", "ESP>FRA 063"},
		{"request of the arrest's clause", "Spanish police arrested a Russian businessman in Madrid on Monday at the request of the United States.", "2025-01-01", "ESP>USA 063", ""},
	})
}

// TestRoundThirtyOneFailedCoupPhrase: a failed-coup word cancels a
// takeover's 0831 only in a coup's phrase (coder/coupyield.go nearCoup):
// "failed talks" elsewhere in the sentence do not, "a failed coup" does.
func TestRoundThirtyOneFailedCoupPhrase(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"failed talks", "Gabon's army detained President Ali Bongo on Wednesday and dissolved the government, weeks after failed talks with the opposition.", "2023-08-30", "GABGOV>GABMIL 0831", ""},
		{"failed coup", "Gabon's army detained President Ali Bongo on Wednesday and dissolved the government in what officials called a failed coup.", "2023-08-30", "GABMIL>GABGOV 173", "GABGOV>GABMIL 0831"},
	})
}

// TestRoundThirtyOneClaimEarlierMark: a mark of an earlier time stops the
// claimant's attack only in the claim's clause or the attack's
// (coder/claim.go earlierInClause): "talks resumed last week" in another
// clause does not date the bombing, "killed 12 soldiers last week" does.
func TestRoundThirtyOneClaimEarlierMark(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"mark of another clause", "The Pakistani Taliban claimed responsibility for a suicide bombing that killed 12 soldiers in Peshawar, and talks with the group resumed last week.", "2023-08-30", "PAKREB>PAKMIL 1831", ""},
		{"mark of the attack", "The Pakistani Taliban claimed responsibility for a suicide bombing that killed 12 soldiers in Peshawar last week.", "2023-08-30", "PAKREB>PAKMIL 015", "PAKREB>PAKMIL 1831"},
	})
}
