package pipeline_test

import "testing"

// TestRoundElevenLexicon codes, through the whole pipeline, sentences written
// for the round-eleven (lexicon11) vocabulary, each beside a shape the entry
// must leave alone.
func TestRoundElevenLexicon(t *testing.T) {
	tests := []struct {
		text, date string
		want       string // all events, "SRC>TGT CODE; …"
	}{
		// A place recaptured from an actor targets that actor (192), not the
		// place's own state; "the town of" already did.
		{"Ukraine recaptured Kherson from Russia.", "2023-02-01", "UKR>RUS 192"},
		{"Mali recaptured the town of Kidal from Algeria.", "2023-02-01", "MLI>DZA 192"},
		// Indonesia's Corruption Eradication Commission is its government's,
		// as an anti-graft agency is.
		{"Indonesia's Corruption Eradication Commission arrested an opposition leader.", "2023-02-01", "IDNGOV>IDNOPP 173"},
		{"Indonesia's anti-graft agency arrested an opposition leader.", "2023-02-01", "IDNGOV>IDNOPP 173"},
		// Interrogation is investigation (091); questioning by the police or
		// over a matter too; a policy questioned keeps ASK's 020 (here refined to 0242).
		{"Kenyan police interrogated an opposition leader.", "2023-02-01", "KENCOP>KENOPP 091"},
		{"Kenyan prosecutors questioned an opposition leader.", "2023-02-01", "KENJUD>KENOPP 091"},
		{"Kenya questioned an opposition leader over the missing funds.", "2023-02-01", "KEN>KENOPP 091"},
		{"Kenya questioned Uganda's policy.", "2023-02-01", "KEN>UGA 0242"},
		// Arms sales or exports halted are an arms embargo (163); aid
		// suspended stays 162.
		{"Germany suspended arms sales to Turkey.", "2023-02-01", "DEU>TUR 163"},
		{"Germany halted arms exports to Saudi Arabia.", "2023-02-01", "DEU>SAU 163"},
		{"Germany suspended aid to Turkey.", "2023-02-01", "DEU>TUR 162"},
		// Troops that massed on a border or near a state: 154 against it.
		{"Russian troops massed on the border with Ukraine.", "2023-02-01", "RUSMIL>UKR 154"},
		{"Russian troops massed near Ukraine.", "2023-02-01", "RUSMIL>UKR 154"},
		{"Russian protesters massed near the Kremlin.", "2023-02-01", ""},
		// Rounded on 111; bailed out 071.
		{"Germany rounded on France over its budget.", "2023-02-01", "DEU>FRA 111"},
		{"The European Union bailed out Greece.", "2013-02-01", "IGOEUREEC>GRC 071"},
		// Leaders' terms: Odinga leads the opposition after his premiership,
		// Kenyatta is a former president after 2022, Orban governs again
		// from 2010, Hun Sen until 2023.
		{"Kenyan President William Ruto called on Raila Odinga to end the protests.", "2023-03-20", "KENGOV>KENOPP 0252"},
		{"Raila Odinga criticized Uganda.", "2010-03-20", "KENGOV>UGA 111"},
		{"Uhuru Kenyatta criticized Uganda.", "2023-03-20", "KENELI>UGA 111"},
		{"Uhuru Kenyatta criticized Uganda.", "2018-03-20", "KENGOV>UGA 111"},
		{"Viktor Orban criticized Ukraine.", "2023-03-20", "HUNGOV>UKR 111"},
		{"Viktor Orban criticized Ukraine.", "2005-03-20", "HUNELI>UKR 111"},
		{"Hun Sen criticized Thailand.", "2011-03-20", "KHMGOV>THA 111"},
		{"Hun Sen criticized Thailand.", "2024-03-20", "KHMELI>THA 111"},
		// Keita was Mali's president from 2013, Tsvangirai back in the
		// opposition after the unity government.
		{"Ibrahim Boubacar Keita criticized France.", "2015-03-20", "MLIGOV>FRA 111"},
		{"Morgan Tsvangirai criticized Britain.", "2016-03-20", "ZWEOPP>GBR 111"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
