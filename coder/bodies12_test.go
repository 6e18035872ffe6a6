package coder

import "testing"

// TestBodiesAndPlaces12: the short names news gives international bodies and
// the provinces named "West ..." (round twelve, dict/data/dyad.actors.txt's
// "round twelve: bodies and places" block). Each row fails without its entry.
// The trees are dyad's parser's output for the sentences.
func TestBodiesAndPlaces12(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"the AU is the African Union",
			"The AU condemned Mali.",
			"(ROOT (S (NP (DT The) (NNP AU)) (VP (VBD condemned) (NP (NNP Mali))) (. .)))",
			"The AU=IGOAFRAFU; Mali=MLI"},
		{"the SCO is the Shanghai Cooperation Organization",
			"The SCO admitted Iran.",
			"(ROOT (S (NP (DT The) (NNP SCO)) (VP (VBD admitted) (NP (NNP Iran))) (. .)))",
			"The SCO=IGOCAS; Iran=IRN"},
		{"G7 written as one word is the Group of Seven",
			"G7 leaders condemned North Korea.",
			"(ROOT (S (NP (NNP G7) (NNS leaders)) (VP (VBD condemned) (NP (NNP North) (NNP Korea))) (. .)))",
			"G7 leaders=IGOGOS; North Korea=PRK"},
		{"the G20, missing from Phoenix, is a bare IGO",
			"G20 leaders condemned Russia.",
			"(ROOT (S (NP (NNP G20) (NNS leaders)) (VP (VBD condemned) (NP (NNP Russia))) (. .)))",
			"G20 leaders=IGO; Russia=RUS"},
		{"a G20 summit is a meeting, not an actor",
			"Biden met Xi at the G20 summit.",
			"(ROOT (S (NP (NNP Biden)) (VP (VBD met) (NP (NNP Xi)) (PP (IN at) (NP (DT the) (NNP G20) (NN summit)))) (. .)))",
			"Biden=USAGOV; Xi=CHNGOV; the G20 summit="},
		{"the WHO is the World Health Organization",
			"The WHO praised China.",
			"(ROOT (S (NP (DT The) (NNP WHO)) (VP (VBD praised) (NP (NNP China))) (. .)))",
			"The WHO=IGOUNOHLHWHO; China=CHN"},
		{"BRICS, missing from Phoenix, is a bare IGO",
			"BRICS leaders criticised the United States.",
			"(ROOT (S (NP (NNP BRICS) (NNS leaders)) (VP (VBD criticised) (NP (DT the) (NNP United) (NNPS States))) (. .)))",
			"BRICS leaders=IGO; the United States=USA"},
		{"the West African bloc is ECOWAS, not the region",
			"Niger rejected a demand by West African bloc ECOWAS.",
			"(ROOT (S (NP (NNP Niger)) (VP (VBD rejected) (NP (DT a) (NN demand)) (PP (IN by) (NP (JJ West) (JJ African) (NN bloc) (NNP ECOWAS)))) (. .)))",
			"Niger=NER; West African bloc ECOWAS=IGOWAFBUSWAS"},
		{"U.N. nuclear inspectors are the IAEA's",
			"Iran allowed U.N. nuclear inspectors into Natanz.",
			"(ROOT (S (NP (NN Iran)) (VP (VBD allowed) (NP (NNP U.N.) (JJ nuclear) (NNS inspectors)) (PP (IN into) (NP (NNP Natanz)))) (. .)))",
			"Iran=IRN; U.N. nuclear inspectors=IGOUNOIAE; Natanz="},
		{"EU before a word for its people is the European Union",
			"EU leaders condemned Russia.",
			"(ROOT (S (NP (JJ EU) (NNS leaders)) (VP (VBD condemned) (NP (NNP Russia))) (. .)))",
			"EU leaders=IGOEUREEC; Russia=RUS"},
		{"EU diplomats are the Union's, not their host's government",
			"Moscow expelled three EU diplomats.",
			"(ROOT (S (NP (NNP Moscow)) (VP (VBD expelled) (NP (CD three) (NNP EU) (NNS diplomats))) (. .)))",
			"Moscow=RUS; three EU diplomats=IGOEUREEC"},
		{"the TPLF is Ethiopia's rebels",
			"The TPLF attacked Eritrean troops.",
			"(ROOT (S (NP (DT The) (NNP TPLF)) (VP (VBD attacked) (NP (NNP Eritrean) (NNS troops))) (. .)))",
			"The TPLF=ETHREB; Eritrean troops=ERIMIL"},
		{"ISWAP is the Islamic State",
			"ISWAP fighters killed ten Nigerian soldiers.",
			"(ROOT (S (NP (NNP ISWAP) (NNS fighters)) (VP (VBD killed) (NP (JJ ten) (NNP Nigerian) (NNS soldiers))) (. .)))",
			"ISWAP fighters=IMGMUSISI; ten Nigerian soldiers=NGAMIL"},
		{"the Syrian National Army is Syria's rebels, not its army",
			"The Syrian National Army attacked Kurdish fighters.",
			"(ROOT (S (NP (DT The) (JJ Syrian) (NNP National) (NNP Army)) (VP (VBD attacked) (NP (NNP Kurdish) (NNS fighters))) (. .)))",
			"The Syrian National Army=SYRREB; Kurdish fighters=---UAF"},
		{"a U.N. mission by its acronym is the U.N.",
			"UNIFIL condemned Israel.",
			"(ROOT (S (NP (NNP UNIFIL)) (VP (VBD condemned) (NP (NNP Israel))) (. .)))",
			"UNIFIL=IGOUNO; Israel=ISR"},
		{"an EU agency is the Union",
			"Frontex criticised Greece.",
			"(ROOT (S (NP (NNP Frontex)) (VP (VBD criticised) (NP (NNP Greece))) (. .)))",
			"Frontex=IGOEUREEC; Greece=GRC"},
		{"the EAC is the East African Community",
			"The EAC suspended Burundi.",
			"(ROOT (S (NP (DT The) (NNP EAC)) (VP (VBD suspended) (NP (NNP Burundi))) (. .)))",
			"The EAC=IGOEAFEAC; Burundi=BDI"},
		{"West Darfur is Sudan, not the West",
			"Gunmen attacked a mosque in the West Darfur town of Geneina.",
			"(ROOT (S (NP (NNP Gunmen)) (VP (VBD attacked) (NP (DT a) (NN mosque)) (PP (IN in) (NP (NP (DT the) (NNP West) (NNP Darfur) (NN town)) (PP (IN of) (NP (NNP Geneina)))))) (. .)))",
			"Gunmen=SDNUAF; the West Darfur town=SDN; Geneina="},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2024-05-06"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestLegislatures12: national legislatures are LEG (CAMEO Table 3.1), not
// Phoenix's GOVLEG (round twelve, dyad.errata.actors.txt), and Ukraine's
// parliament is named by its name (dyad.actors.txt).
func TestLegislatures12(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"the Knesset",
			"The Knesset condemned Iran.",
			"(ROOT (S (NP (DT The) (NNP Knesset)) (VP (VBD condemned) (NP (NNP Iran))) (. .)))",
			"The Knesset=ISRLEG; Iran=IRN"},
		{"the Bundestag, a synonym of the Bundesrat's entry",
			"The Bundestag condemned Russia.",
			"(ROOT (S (NP (DT The) (NNP Bundestag)) (VP (VBD condemned) (NP (NNP Russia))) (. .)))",
			"The Bundestag=DEULEG; Russia=RUS"},
		{"the U.S. Senate",
			"The Senate condemned Russia.",
			"(ROOT (S (NP (DT The) (NNP Senate)) (VP (VBD condemned) (NP (NNP Russia))) (. .)))",
			"The Senate=USALEG; Russia=RUS"},
		{"the Verkhovna Rada",
			"Ukraine's Verkhovna Rada condemned Russia.",
			"(ROOT (S (NP (NP (NNP Ukraine) (POS 's)) (NNP Verkhovna) (NNP Rada)) (VP (VBD condemned) (NP (NNP Russia))) (. .)))",
			"Ukraine 's Verkhovna Rada=UKRLEG; Russia=RUS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2024-05-06"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestMilitaryRulers12: a state's military rulers or military government is
// its government, as a junta (round twelve, dyad.agents.txt).
func TestMilitaryRulers12(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"military rulers",
			"Niger's military rulers expelled the French ambassador.",
			"(ROOT (S (NP (NP (NNP Niger) (POS 's)) (JJ military) (NNS rulers)) (VP (VBD expelled) (NP (DT the) (JJ French) (NN ambassador))) (. .)))",
			"Niger 's military rulers=NERGOV; the French ambassador=FRAGOV"},
		{"military government",
			"Mali's military government expelled the French ambassador.",
			"(ROOT (S (NP (NP (NNP Mali) (POS 's)) (JJ military) (NN government)) (VP (VBD expelled) (NP (DT the) (JJ French) (NN ambassador))) (. .)))",
			"Mali 's military government=MLIGOV; the French ambassador=FRAGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2023-09-10"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}
