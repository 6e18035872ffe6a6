package pipeline_test

import "testing"

// TestRoundTwelveSubcodes codes, through the whole pipeline, sentences written
// for the round-twelve sub-code rows (coder/data/subcodes.txt), each beside a
// shape the rule must leave alone.
func TestRoundTwelveSubcodes(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// A demand for an end to violence, or that weapons be destroyed, is a
		// demand for de-escalation (1056: "ceasefires, military withdrawals,
		// and demobilization"; 0873 "hand over arms, weapons").
		{"The United Nations demanded an end to violence in Sudan on Wednesday.", "IGOUNO>SDN 1056"},
		{"NATO demanded that Russia destroy its new cruise missiles.", "IGOWSTNAT>RUS 1056"},
		// Weapons destroyed in a strike are the strike's, not disarmament.
		{"Israeli warplanes destroyed Hamas rocket launchers in Gaza on Monday.", "ISRMIL>PSEREBHMS 195"},
		// A killing the text calls a massacre is a mass killing (202's note:
		// "the specific terminology used by reporters"); a killing in
		// fighting stays 190.
		{"Ethiopian troops killed dozens of civilians in a massacre in Tigray on Monday.", "ETHMIL>ETHCVL 202"},
		{"Ethiopian troops killed dozens of rebels in fighting in Tigray on Monday.", "ETHMIL>ETHREB 190; ETHREB>ETHMIL 190"},
		// A security law is a law (0242 Appeal for policy change), not
		// security (0234); security cooperation stays military (0212).
		{"The European Union urged Hong Kong on Friday to repeal its national security law.", "IGOEUREEC>HKG 0242"},
		{"China urged Japan to strengthen its security cooperation with the Philippines.", "CHN>JPN 0212"},
		// Demonstrators arrested are arrested (173), not repressed (175)
		// nor protesting against the police (141); tear gas stays 175.
		{"Kenyan police arrested dozens of demonstrators in Nairobi on Saturday.", "KENCOP>KENOPP 173"},
		{"Kenyan police fired tear gas at demonstrators in Nairobi on Saturday.", "KENCOP>KENOPP 175"},
		// "will pay a heavy price" is no payment (061); a payment stays.
		{"Iran said the United States and Britain would pay a heavy price.", "IRN>USA 010; IRN>GBR 010"},
		{"Germany paid Poland 2 billion euros for the land.", "DEU>POL 061"},
		// A parade held is no detention (173); a person held stays 173.
		{"North Korea held a military parade in Pyongyang on Saturday.", ""},
		{"Myanmar's army held two Reuters journalists for a month.", "MMRMIL>MED 173"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, "2024-06-01")); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
