package pipeline_test

import "testing"

// TestRoundSevenSilent codes, through the whole pipeline, sentences written
// for round seven's rules against sentences that gave no event at all, each
// beside a shape the rule must leave alone.
func TestRoundSevenSilent(t *testing.T) {
	tests := []struct {
		text string
		date string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// A World War named in passing does not make the sentence history.
		{"China criticised Japan for its biggest military build-up since World War Two.", "2022-12-16", "CHN>JPN 111"},
		{"Turkey recalled its ambassador to Washington over a resolution on the World War One killings of Armenians.", "2007-10-10", "TUR>USA 161"},
		{"Poland criticised Germany over the Second World War.", "2022-09-01", "POL>DEU 111"},
		// Korean and Taiwanese given names as news hyphenates them.
		{"Moon Jae-in criticised North Korea.", "2018-05-01", "KORGOV>PRK 111"},
		// An indictment is charges filed: 115 (testdata/news/README.md,
		// "charges filed are 115", harmonised in session eight).
		{"South Korean prosecutors indicted former President Lee Myung-bak on Monday.", "2018-04-09", "KORJUD>KORELI 115"},
		{"Ma Ying-jeou met Chinese President Xi Jinping in Singapore.", "2015-11-07", "TWNGOV>CHNGOV 044; CHNGOV>TWNGOV 044; TWNGOV>SGP 042; CHNGOV>SGP 042"},
		// A hyphenated word inside a name Phoenix writes as two words.
		{"Khalifa bin Salman al-Khalifa criticised Iran.", "2012-06-01", "BHRGOV>IRN 111"},
		{"Vietnamese-led forces attacked Cambodian guerrillas.", "1985-06-15", "VNMMIL>KHMREB 190"},
		// Present-day conflict places stand for their country, as Phoenix's do.
		{"Russian missiles struck Mariupol on Monday.", "2022-05-01", "RUS>UKR 194"},
		{"Houthi rebels attacked Marib.", "2021-02-15", "YEMREB>YEM 190"},
		{"Russian missiles struck Kharkiv on Monday.", "2022-05-01", "RUS>UKR 194"},
		// A present-tense verb after a body named by a demonym.
		{"Afghan police arrest two Pakistani men.", "2017-01-01", "AFGCOP>PAK 173"},
		{"Iraqi troops withdrew from Kuwait.", "1991-02-27", "IRQMIL>KWT 0874"},
		{"US troops presence in Iraq angered Iran.", "2007-01-01", ""},
		// The sporting discards still throw a sentence away.
		{"Brazil beat Argentina in the Copa America football final.", "2021-07-10", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
