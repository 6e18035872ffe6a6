package pipeline_test

import "testing"

// TestRoundThirtyFourCompoundBroker (actors36): a state named inside a
// hyphenated "STATE-brokered" or "STATE-mediated" word before a deal or
// talks is the broker, and mediates (045) with each party of the act that
// makes the deal or holds the talks, as "a deal brokered by STATE" does
// (coder/hosted.go, compoundBroker). The tokenizer keeps the word whole, so
// the state was found only as the deal's author (coder/authored.go) and
// became the parties' partner: "signed a U.S.-brokered agreement" was
// A>USA, B>USA 057. The sentences are written for the test; the first four
// fail without the change. The guards: a deal only carried out or broken
// was brokered before the act (no 045), and a broker is no signatory.
func TestRoundThirtyFourCompoundBroker(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"signed", "The presidents of Chad and Sudan signed a Saudi-brokered peace accord in Riyadh on Tuesday.", "2024-04-30", "SAU>TCDGOV 045", ""},
		{"signed, the other party", "The presidents of Chad and Sudan signed a Saudi-brokered peace accord in Riyadh on Tuesday.", "2024-04-30", "SAU>SDNGOV 045", ""},
		{"agreed to a truce", "Mali's government and Tuareg rebels agreed to an Algerian-brokered truce on Sunday.", "2024-04-28", "DZA>MLIREB 045", ""},
		{"talks", "Kenya and Somalia resumed Turkish-mediated talks in Ankara on Monday.", "2024-04-29", "TUR>SOM 045", ""},
		{"guard: the broker is no signatory", "The presidents of Chad and Sudan signed a Saudi-brokered peace accord in Riyadh on Tuesday.", "2024-04-30", "TCDGOV>SDNGOV 057", "TCDGOV>SAU 057"},
		{"guard: a deal broken", "Russia accused Ukraine of violating the Turkish-brokered grain deal on Monday.", "2024-04-29", "RUS>UKR 112", "TUR>UKR 045"},
		{"guard: a deal carried out", "Israel and Hamas exchanged prisoners on Tuesday under a Qatari-brokered deal.", "2024-04-30", "", "QAT>ISR 045"},
		{"guard: no state in the word", "Serbia and Kosovo signed an internationally-brokered accord on Friday.", "2024-04-26", "SRB>KSV 057", ""},
	})
}

// TestRoundThirtyFourFamilyNames (actors36): Paul Kagame and Nancy Pelosi
// by family name alone (dict/data/dyad.actors.txt joins "Kagame" and
// "Pelosi" to Phoenix's entries, whose dated codes stay in force). The
// sentences are written for the test; the first two fail without the rows.
// The guards: Kagame before his presidency (2000) is no government, and
// Pelosi before the errata's 2011 term no legislature's.
func TestRoundThirtyFourFamilyNames(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"Kagame", "Kagame accused Congo of arming the rebels on Tuesday.", "2024-02-20", "RWAGOV>COD 112", ""},
		{"Pelosi", "China imposed sanctions on Pelosi on Friday.", "2022-08-05", "CHN>USALEG 163", ""},
		{"guard: Kagame before his presidency", "Kagame accused Congo of arming the rebels on Tuesday.", "1998-02-20", "", "RWAGOV>COD 112"},
		{"guard: Pelosi before her term", "China imposed sanctions on Pelosi on Friday.", "2005-08-05", "", "CHN>USALEG 163"},
	})
}
