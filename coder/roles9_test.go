package coder

import "testing"

// TestRoles9Agents: agents and actors added in round nine
// (dyad.agents.txt, dyad.actors.txt): a military junta is the government,
// a high commissioner a diplomat, a U.N. agency described by its work is
// that agency.
func TestRoles9Agents(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"a military junta is the government, not GOVMIL",
			"The Burmese military junta arrested two reporters in Yangon.",
			"(ROOT (S (NP (DT The) (JJ Burmese) (JJ military) (NN junta)) (VP (VBD arrested) (NP (CD two) (NNS reporters)) (PP (IN in) (NP (NNP Yangon)))) (. .)))",
			"The Burmese military junta=MMRGOV; two reporters=MMRMED; Yangon=MMR"},
		{"a deputy high commissioner is his state's government",
			"Dhaka summoned the Indian deputy high commissioner on Monday.",
			"(ROOT (S (NP (NNP Dhaka)) (VP (VBD summoned) (NP (DT the) (JJ Indian) (NN deputy) (JJ high) (NN commissioner)) (PP (IN on) (NP (NNP Monday)))) (. .)))",
			"Dhaka=BGD; the Indian deputy high commissioner=INDGOV"},
		{"state television is the government's media, as STATE_MEDIA",
			"Syrian state television accused Turkey of shelling a village.",
			"(ROOT (S (NP (JJ Syrian) (NN state) (NN television)) (VP (VBD accused) (NP (NP (NNP Turkey)) (PP (IN of) (S (VP (VBG shelling) (NP (DT a) (NN village))))))) (. .)))",
			"Syrian state television=SYRGOVMED; Turkey=TUR; a village=---CVL"},
		{"the U.N. nuclear watchdog is the IAEA",
			"The U.N. nuclear watchdog rebuked Iran on Monday.",
			"(ROOT (S (NP (DT The) (NNP U.N.) (JJ nuclear) (NN watchdog)) (VP (VBD rebuked) (NP (NNP Iran)) (PP (IN on) (NP (NNP Monday)))) (. .)))",
			"The U.N. nuclear watchdog=IGOUNOIAE; Iran=IRN"},
		{"the U.N. human rights chief is the OHCHR",
			"The U.N. human rights chief urged Belarus to free the prisoners.",
			"(ROOT (S (NP (DT The) (NNP U.N.) (JJ human) (NNS rights) (NN chief)) (VP (VBD urged) (NP (NNP Belarus)) (S (VP (TO to) (VP (VB free) (NP (DT the) (NNS prisoners)))))) (. .)))",
			"The U.N. human rights chief=IGOUNOHRIHCH; Belarus=BLR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2025-03-04"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestStateMedia: "official" or "state-run" before a media noun, with a
// name or nationality between, makes the government's media (statemedia.go);
// a newspaper with no such word stays MED.
func TestStateMedia(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"official, then the agency's name",
			"Iran's official IRNA news agency accused Israel of sabotage.",
			"(ROOT (S (NP (NP (NNP Iran) (POS 's)) (JJ official) (NNP IRNA) (NN news) (NN agency)) (VP (VBD accused) (NP (NP (NNP Israel)) (PP (IN of) (NP (NN sabotage))))) (. .)))",
			"Iran 's official IRNA news agency=IRNGOVMED; Israel=ISR"},
		{"a newspaper with no state word",
			"A Syrian newspaper accused Israel of sabotage.",
			"(ROOT (S (NP (DT A) (JJ Syrian) (NN newspaper)) (VP (VBD accused) (NP (NP (NNP Israel)) (PP (IN of) (NP (NN sabotage))))) (. .)))",
			"A Syrian newspaper=SYRMED; Israel=ISR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2011-03-04"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}
