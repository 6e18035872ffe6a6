package pipeline_test

import "testing"

// TestRoundElevenPatterns codes, through the whole pipeline, sentences written
// for the round-eleven pattern corrections (the "Round eleven (patterns11)"
// section of dict/data/dyad.errata.verbs.txt), each beside a shape the rule
// must leave alone.
func TestRoundElevenPatterns(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// A pardon or commutation is a release (0841, its usage note), not
		// a yielding whose leaf the sentence's other words pick.
		{"Egypt's president pardoned 300 jailed protesters on Monday.", "EGYGOV>EGYOPP 0841"},
		{"The governor commuted the death sentences of two Nigerian opposition activists on Friday.", "NGAGOV>NGAOPP 0841"},
		// An arrest warrant issued for a defendant is legal action (115);
		// other things issued keep their codes.
		{"The International Criminal Court issued an arrest warrant for Russian President Vladimir Putin on Friday.", "IGOJUDICC>RUSGOV 115"},
		{"Jordan issued a warning to Israel on Monday.", "JOR>ISR 130"},
		// "tear gas" is no verb TEAR (180): the clause's own verb codes.
		{"Kenyan police used water cannon and tear gas on Monday to disperse hundreds of protesters.", "KENCOP>KENOPP 175"},
		// A weekday after a call's target is its date, not CALL ON (020);
		// a call on an actor to act stays an appeal.
		{"Macron telephoned Putin on Friday.", "FRAGOV>RUSGOV 041; RUSGOV>FRAGOV 041"},
		{"Biden called on Xi on Tuesday to release the activists.", "USAGOV>CHNGOV 0253"},
		// "call" naming something ("calling it a great day") is no
		// telephone call (041); the signing and the brokering stay.
		{"Ghana and Togo signed a border accord in Washington on Friday in a deal brokered by the United States, with the U.S. Secretary of State calling it a great day.", "GHA>TGO 057; TGO>GHA 057; USA>GHA 045; USA>TGO 045"},
		// Parties that agree on what must or should be done express accord
		// (019, the codebook's example), no demand on the clause's subject;
		// a statement that an actor must act stays a demand.
		{"Russia and China agreed that the United States must end its sanctions.", "RUS>CHN 019; CHN>RUS 019"},
		{"Russia said that the United States must end its sanctions.", "RUS>USA 1054"},
	}
	checkCodes(t, "2024-06-01", tests)
}
