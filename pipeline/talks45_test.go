package pipeline_test

import "testing"

// TestTalks45FailedTalks pins actTalks' reading of talks that failed or
// were never held (coder/nountalks.go, failedTalks): without a comma,
// "after talks on prices collapsed" gave the 046 pair between the act's
// sides, though the talks the act followed came to nothing; the comma form
// (talksStretch) already drops them. Talks that did take place, after the
// collapse of earlier ones, keep their pair.
func TestTalks45FailedTalks(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Gazprom cut gas supplies to Ukraine on Thursday after talks on prices collapsed.", "RUSBUS>UKR 163"},
		{"Gazprom cut gas supplies to Ukraine after talks on tariffs and quotas collapsed.", "RUSBUS>UKR 163"},
		{"Israeli jets struck Gaza on Tuesday after talks in Cairo were called off.", "ISR>PSEGZA 195"},
		{"Serbia recalled its ambassador from Kosovo after talks with Pristina broke down.", "SRB>KSV 161"},
		{"Iran expelled two French diplomats after talks with Paris were postponed.", "IRN>FRAGOV 161"},
		{"Russia halted grain exports to Ukraine after the collapse of talks in Istanbul.", ""},
		// Talks held, after earlier ones collapsed, or ended in the ordinary way.
		{"Kenya and Somalia agreed to reopen their border after talks in Nairobi that replaced negotiations which had collapsed in May.", "KEN>SOM 030; SOM>KEN 030; KEN>SOM 046; SOM>KEN 046"},
		{"Kenya and Somalia agreed to reopen their border after talks resumed in Nairobi, a month after earlier talks collapsed.", "KEN>SOM 030; SOM>KEN 030; KEN>SOM 046; SOM>KEN 046"},
		{"Kenya and Somalia agreed to reopen their border after talks in Nairobi ended on Friday.", "KEN>SOM 030; SOM>KEN 030; KEN>SOM 046; SOM>KEN 046"},
		{"Kenya and Somalia agreed to reopen their border after talks in Nairobi and Mombasa, and the plan collapsed a week later.", "KEN>SOM 030; SOM>KEN 030; KEN>SOM 046; SOM>KEN 046"},
	}
	checkRuleCodes(t, "2025-01-01", tests)
}

// TestTalks45RenewedOffer pins the +RESTART rows that read an offer to host
// talks, renewed, as the host's 039 to each side (dict/data/
// dyad.errata.verbs.txt, RENEW): RESUME's "- * TALKS BETWEEN %" read
// "renewed his offer to host talks between A and B" as talks between the
// two sides, which an offer is not. Talks renewed or resumed keep their
// 046 pair, and an offer to hold talks with the speaker itself is not a
// host's offer.
func TestTalks45RenewedOffer(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Pope Leo renewed his offer to host talks between Russia and Ukraine.", "VAT>RUS 039; VAT>UKR 039"},
		{"Turkey renewed its offer to host negotiations between Armenia and Azerbaijan on Monday.", "TUR>ARM 039; TUR>AZE 039"},
		// Talks renewed or resumed; an offer of talks with the speaker (its
		// 046 pair is RESUME's "- * TALKS WITH +" reading, left as it is).
		{"Russia and Ukraine renewed talks on Monday.", "RUS>UKR 046; UKR>RUS 046"},
		{"Turkey resumed talks between Armenia and Azerbaijan on Monday.", "ARM>AZE 046; AZE>ARM 046"},
		{"Armenia renewed its offer to hold talks with Azerbaijan.", "ARM>AZE 046; AZE>ARM 046"},
	}
	checkRuleCodes(t, "2025-01-01", tests)
}

// TestTalks45PeaceTalksHost pins fragment's reading of a pattern word inside
// a longer phrase of the sub-code table that names the same subject
// (coder/subcode_pattern.go, sameSubject): "peace talks" is talks, so
// OFFER's "- * TO HOST TALKS BETWEEN + [039]" and "- * HOST &NEGOTIATION
// [039]" keep the host's 039 to each side where the table's "peace talks"
// row made it a 036. Phrases naming another subject still move the
// pattern's code ("free elections", "a trade agreement"), and an offer to
// host talks with the speaker itself stays its intent to meet.
func TestTalks45PeaceTalksHost(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Turkey offered to host peace talks between Russia and Ukraine.", "TUR>RUS 039; TUR>UKR 039"},
		{"Turkey offered to host peace negotiations between Russia and Ukraine.", "TUR>RUS 039; TUR>UKR 039"},
		{"Turkey offered to host talks between Russia and Ukraine.", "TUR>RUS 039; TUR>UKR 039"},
		// Another subject, or talks with the speaker itself.
		{"Kenya offered to host peace talks with Somalia.", "KEN>SOM 036"},
		{"The EU urged Belarus to hold free elections.", "IGOEUREEC>BLR 0241"},
		{"Iran rejected a trade agreement with Iraq.", "IRN>IRQ 1211"},
	}
	checkRuleCodes(t, "2025-01-01", tests)
}
