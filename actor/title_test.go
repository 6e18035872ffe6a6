package actor

import (
	"strings"
	"testing"
)

func TestTitle(t *testing.T) {
	tests := []struct {
		phrase string
		code   string // "" = not resolved
	}{
		{"Iranian Defense Minister X", "IRNGOV"},
		{"chief of staff of the Iranian Armed Forces", "IRNMIL"},
		{"Chinese State Councilor and Minister of National Defense Gen. Wei Fenghe", "CHNGOV"},
		{"senior Iranian officials", "IRNGOV"},
		{"Congolese officials", "CODGOV"}, // a shared demonym: the DRC, as Phoenix (sharedDemonyms)
		{"French diplomats", "FRAGOV"},    // the shortest name otherwise: France, not its territories
		{"West African leaders", "WAF"},   // a CAMEO region's adjective, as a country's, but a region has no GOV
		{"European diplomats", "EUR"},
		{"Arab foreign ministers", "ARB"},
		{"West African military chiefs", "WAFMIL"}, // other sectors stay
		{"a senior Chinese military delegation", "CHNMIL"},
		{"officers of the Islamic Revolutionary Guard Corps", "IRNMIL"},
		{"the Chinese delegates", "CHNGOV"},
		{"Iran 's foreign ministry", "IRNGOV"},
		{"Iran's foreign ministry", "IRNGOV"},
		{"China’s defence ministry", "CHNGOV"},
		{"China 's People 's Liberation Army", "CHNMIL"},
		{"the People's Liberation Army", "CHNMIL"},
		{"IRGC commanders", "IRNMIL"},
		{"Chinese arms suppliers", "CHN"},
		{"Israeli troops", "ISRMIL"},
		{"Egyptian President Gen. X", "EGYGOV"},
		{"U.S. lawmakers", "USALEG"},
		{"British police", "GBRCOP"},
		{"Saudi Crown Prince X", "SAUGOV"},
		{"North Korean soldiers", "PRKMIL"},
		{"South Korean President X", "KORGOV"},
		{"White House chief of staff", "USAGOV"},
		{"Pentagon officials", "USAMIL"},
		{"Syrian rebels", "SYRREB"},
		{"Houthi fighters", "YEMREB"}, // officeholders README: Houthi leaders are YEMREB
		{"Iranian parliament speaker", "IRNLEG"},
		{"Iranian state media", "IRNGOVMED"},
		{"Chinese journalists", "CHNMED"},
		{"Iraqi protesters", "IRQOPP"},
		{"Egyptian police officers", "EGYCOP"},
		{"Iranian Attorney General X", "IRNGOV"},
		{"the Iranian general election", "IRN"},
		{"Israeli Gen. X", "ISRMIL"},
		{"the military", ""},
		{"senior officials", ""},
		{"told us", ""},
	}
	for _, tt := range tests {
		r, ok := Title(strings.Fields(tt.phrase), d("2022-05-02"))
		if tt.code == "" {
			if ok {
				t.Errorf("Title(%q) = %s (%s); want none", tt.phrase, r.Code, r.Why)
			}
			continue
		}
		if !ok || r.Code != tt.code {
			t.Errorf("Title(%q) = %q (%s); want %s", tt.phrase, r.Code, r.Why, tt.code)
		}
	}
}

func TestTitleDate(t *testing.T) {
	for date, want := range map[string]string{"2021-08-14": "AFGREB", "2021-08-15": "AFGGOV"} {
		if r, _ := Title([]string{"Taliban", "fighters"}, d(date)); r.Code != want {
			t.Errorf("Taliban on %s = %s; want %s", date, r.Code, want)
		}
	}
}

func TestPhrase(t *testing.T) {
	tests := []struct {
		phrase, date, code, dict string
	}{
		{"Defense Minister Mohammad Reza Ashtiani", "2022-05-02", "IRNGOV", "dyad.officeholders"},
		{"Armed Forces General Staff (AFGS) Chief of Staff Mohammad Bagheri", "2022-05-02", "IRNMIL", "dyad.officeholders"},
		{"President Ebrahim Raisi", "2022-05-02", "IRNGOV", "dyad.officeholders"},
		// Out of office: the title still says who he is.
		{"Iranian President Ebrahim Raisi", "2019-01-01", "IRNGOV", "dyad.titles"},
		{"Chinese State Councilor and Minister of National Defense Gen. Wei Fenghe", "2022-05-02", "CHNGOV", "dyad.officeholders"},
		{"Iranian Defense Minister Ali Nobody", "2022-05-02", "IRNGOV", "dyad.titles"},
	}
	for _, tt := range tests {
		a, ok := Default().Phrase(strings.Fields(tt.phrase), d(tt.date))
		if !ok || a.Code != tt.code || a.Dict != tt.dict {
			t.Errorf("Phrase(%q, %s) = %q from %q (%s); want %s from %s", tt.phrase, tt.date, a.Code, a.Dict, a.Entry, tt.code, tt.dict)
		}
	}
}

// TestSectorWord: a single title word is a sector cue in any case; a
// country word, a cue of several words' first word and a plain noun are
// not.
func TestSectorWord(t *testing.T) {
	for w, want := range map[string]bool{
		"Ambassador": true, "MINISTER": true, "envoy": true, "Minister's": true,
		"Chinese": false, "Wu": false, "talks": false,
	} {
		if got := SectorWord(w); got != want {
			t.Errorf("SectorWord(%q) = %v, want %v", w, got, want)
		}
	}
	// The coder asks it while matching patterns: no copy of the word.
	if n := testing.AllocsPerRun(100, func() { SectorWord("Ambassador") }); n != 0 {
		t.Errorf("SectorWord allocates %v times a call", n)
	}
}
