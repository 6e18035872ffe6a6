package pipeline_test

import "testing"

// TestGluedCapsHeadline codes, through the whole pipeline with the repair
// on, leads that a scraper glued behind a headline in capitals (round
// thirty-five's clean/headline.go): the headline is cut off, so the lead's
// own subject is read instead of a name made of the headline and the
// lead's first word. Each lead is also coded without the headline, so that
// a case fails if the lead stops coding rather than testing nothing. The
// negatives keep what stands before the lead: an acronym run, a dateline
// whose dash was lost. The sentences are written for the test.
func TestGluedCapsHeadline(t *testing.T) {
	tests := []struct{ head, lead, want string }{
		{"MAYOR KILLED IN GUERRERO ", "Gunmen shot dead the mayor of a Mexican town in Guerrero state on Saturday night, police said.", "MEXUAF>MEXGOV 186"},
		{"TALKS OPEN IN DOHA ", "Sudanese and Chadian delegations held talks in Doha on Friday on reopening their border.", "SDNGOV>TCDGOV 046; TCDGOV>SDNGOV 046"},
	}
	for _, tt := range tests {
		if got := list(codeRepaired(t, tt.head+tt.lead, "2025-03-01")); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.head+tt.lead, got, tt.want)
		}
		if got := list(codeRepaired(t, tt.lead, "2025-03-01")); got != tt.want {
			t.Errorf("lead alone %q: got %q, want %q", tt.lead, got, tt.want)
		}
	}
	for _, tt := range []struct{ text, want string }{
		{"UN WFP Director Cindy McCain accused Sudan's army on Monday of blocking aid convoys to Darfur.", "IGOUNOWFP>SDNMIL 112"},
	} {
		if got := list(codeRepaired(t, tt.text, "2025-03-01")); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestGluedLabels codes, through the whole pipeline with the repair on,
// leads that a scraper glued behind labels with vertical bars (round
// thirty-five's clean/label.go): a headline before the bar is cut off with
// the bar, so the lead's verb is read in its own clause. The lead alone is
// coded too, and a headline that ends in labels, with no lead after its
// last bar, keeps them. The sentences are written for the test.
func TestGluedLabels(t *testing.T) {
	lead := "Malian troops and rebels observed a ceasefire on Sunday, residents said."
	want := "MLIMIL>MLIREB 0871; MLIREB>MLIMIL 0871"
	for _, text := range []string{"Truce holds in Kidal | " + lead, "Sahel Daily | World | " + lead, lead} {
		if got := list(codeRepaired(t, text, "2025-03-01")); got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
	text := "Malian troops and rebels observe ceasefire in Kidal | Africa | Sahel Daily"
	if got := list(codeRepaired(t, text, "2025-03-01")); got != "" && got != want {
		t.Errorf("%q: got %q, want nothing or %q", text, got, want)
	}
}

// TestChargeDAffaires: "d'affaires" is a noun, the second word of the
// diplomat's title (tag.nounOnly), so the Phoenix agent row
// CHARGE_D'AFFAIRES [~GOV] reaches the summoned diplomat's country with a
// phrase after the title. Tagged VBZ, it cut the title from its country
// ("summoned the Kenyan charge d'affaires over ..." gave the bare state or
// a 040). "charge" as a verb stays a verb (the future "will charge" is a
// threat, 137). The sentences are written for
// the test.
func TestChargeDAffaires(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Ethiopia's foreign ministry summoned the Kenyan charge d'affaires over a Kenyan newspaper report on Tuesday.", "ETHGOV>KENGOV 114"},
		{"Prosecutors in Nairobi will charge two Ethiopian men with spying on Monday, police said.", "KENJUD>ETH 137"},
	} {
		if got := list(codeRepaired(t, tt.text, "2025-03-01")); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDronesLaunchedAt: drones launched at a target are an aerial attack,
// 195, as the same drones fired at it are (round thirty-five's START rows
// in dyad.verbs.txt); a drone launched at a place where no actor stands (a
// trade fair) codes nothing. The sentences are written for the test.
func TestDronesLaunchedAt(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Russia launched 40 drones at the Ukrainian city of Odesa overnight, the regional governor said.", "RUS>UKR 195"},
		{"Iran launched drones against Israel on Saturday.", "IRN>ISR 195"},
		{"Ukraine launched a new drone at a trade fair on Tuesday.", ""},
	} {
		if got := list(codeRepaired(t, tt.text, "2025-06-01")); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestFirmlyOpposed: a state that "firmly" or "strongly" opposes another's
// act or decision criticises it, 111 (round thirty-five's VERBAL_CONFLICT
// rows for OPPOSE), not the block's rejection after "said" (120) or its
// bare disapproval (110); "opposed" without the adverb keeps the block's
// 110 (its "* DECISION" row). The sentences are written for the test.
func TestFirmlyOpposed(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Vietnam's foreign ministry said on Tuesday it firmly opposed China's decision to build an airstrip on the reef.", "VNMGOV>CHN 111"},
		{"India strongly opposes Pakistan's decision to dam the river, the foreign ministry said.", "IND>PAK 111"},
		{"Vietnam's foreign ministry said on Tuesday it opposed China's decision to build an airstrip on the reef.", "VNMGOV>CHN 110"},
	} {
		if got := list(codeRepaired(t, tt.text, "2025-06-01")); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestTariffIntent: an agreement to cut or pause tariffs is an intent to
// ease economic sanctions, 0354 (round thirty-five's TARIFFS codes in
// coder/data/subcodes.txt), while an agreement on trade itself stays an
// intent to cooperate economically, 0311, and a tariff threatened stays a
// threat, 1312. The sentences are written for the test.
func TestTariffIntent(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Vietnam and Thailand agreed on Tuesday to halve tariffs on each other's rice.", "VNM>THA 0354; THA>VNM 0354"},
		{"Vietnam and Thailand agreed on Tuesday to expand their economic partnership.", "VNM>THA 0311; THA>VNM 0311"},
		{"Vietnam threatened to impose tariffs on Thai rice.", "VNM>THA 1312"},
	} {
		if got := list(codeRepaired(t, tt.text, "2025-06-01")); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}
