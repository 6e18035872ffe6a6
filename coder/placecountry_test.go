package coder

import "testing"

// TestPlaceLocals: a subject named only by a local role takes the country
// of the place the sentence puts the event in, when the places agree.
func TestPlaceLocals(t *testing.T) {
	opt := DefaultOptions()
	opt.KeepMainVerb = true
	c := New(newsDicts(t), opt)
	tests := []struct {
		name, date, text, tree, want string
	}{
		{"protesters marching through a capital are that country's", "2019-03-16",
			"Thousands of protesters marched through central Belgrade on Saturday.",
			"(ROOT (S (NP (NP (NNS Thousands)) (PP (IN of) (NP (NNS protesters)))) (VP (VBD marched) (PP (IN through) (NP (JJ central) (NNP Belgrade))) (PP (IN on) (NP (NNP Saturday)))) (. .)))",
			"Thousands of protesters=SRBOPP; central Belgrade=SRB"},
		{"a place named through a demonym and a city", "2021-09-03",
			"Dozens of students rallied in the western Afghan city of Herat.",
			"(ROOT (S (NP (NP (NNS Dozens)) (PP (IN of) (NP (NNS students)))) (VP (VBD rallied) (PP (IN in) (NP (NP (DT the) (JJ western) (NNP Afghan) (NN city)) (PP (IN of) (NP (NNP Herat)))))) (. .)))",
			"Dozens of students=AFGEDU; the western Afghan city=AFG; Herat=AFG"},
		// The dateline's agency is recorded uncoded (attrib41): of the
		// 1023 dev rows of the 42 read sets that open with "CITY[, Month
		// DD] (Reuters|AFP|AP|Xinhua)", none codes the agency as an actor
		// (the two MED rows, fresh26 aj-110 and fresh42 az-131, are
		// journalists named in the sentence), and four coded it as the
		// source of the act (fresh10 s-028, s-089; fresh42 az-001, az-028).
		{"the dateline is the place", "2022-01-05",
			"ALMATY (Reuters) - Protesters stormed the mayor's office.",
			"(ROOT (FRAG (NP (NP (NNP ALMATY)) (PRN (-LRB- -LRB-) (NP (NNP Reuters)) (-RRB- -RRB-))) (: --) (S (NP (NNS Protesters)) (VP (VBD stormed) (NP (NP (DT the) (NN mayor) (POS 's)) (NN office)))) (. .)))",
			"ALMATY=KAZ; Reuters=; Protesters=KAZOPP; the mayor 's office=KAZGOV"},
		{"two countries: no place", "2019-03-16",
			"Protesters marched in Belgrade and in Zagreb.",
			"(ROOT (S (S (NP (NNS Protesters)) (VP (VBD marched) (PP (IN in) (NP (NNP Belgrade))))) (CC and) (PP (IN in) (NP (NNP Zagreb))) (. .)))",
			"Protesters=---OPP; Belgrade=SRB; Zagreb=HRV"},
		{"an object before the place is of it", "2019-03-16",
			"Serbian police arrested students at a rally in Belgrade.",
			"(ROOT (S (NP (NNP Serbian) (NNS police)) (VP (VBD arrested) (NP (NNS students)) (PP (IN at) (NP (DT a) (NN rally))) (PP (IN in) (NP (NNP Belgrade)))) (. .)))",
			"Serbian police=SRBCOP; students=SRBEDU; Belgrade=SRB"},
		{"an object after the place is not", "2019-03-16",
			"In Belgrade, Croatian police arrested students.",
			"(ROOT (S (PP (IN In) (NP (NNP Belgrade))) (, ,) (NP (NNP Croatian) (NN police)) (VP (VBD arrested) (NP (NNS students))) (. .)))",
			"Belgrade=SRB; Croatian police=HRVCOP; students=---EDU"},
		{"civilians as subjects are not given the place", "2019-03-16",
			"Civilians waited for the convoy in Aleppo.",
			"(ROOT (S (NP (NNS Civilians)) (VP (VBD waited) (PP (IN for) (NP (DT the) (NN convoy))) (PP (IN in) (NP (NNP Aleppo)))) (. .)))",
			"Civilians=---CVL; Aleppo=SYR"},
		{"armed men as the subject take the place too", "2021-03-06",
			"Gunmen attacked a bus in Peshawar.",
			"(ROOT (S (NP (NNP Gunmen)) (VP (VBD attacked) (NP (DT a) (NN bus)) (PP (IN in) (NP (NNP Peshawar)))) (. .)))",
			"Gunmen=PAKUAF; Peshawar=PAK"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, tt.date); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestOwnState: a country's dissenters acting on the bare country act on
// its state.
func TestOwnState(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		text, tree, want string
	}{
		{"Students blocked a major intersection in Belgrade on Monday.",
			"(ROOT (S (NP (NNS Students)) (VP (VBD blocked) (NP (DT a) (JJ major) (NN intersection)) (PP (IN in) (NP (NNP Belgrade))) (PP (IN on) (NP (NNP Monday)))) (. .)))",
			"SRBEDU>SRBGOV 170"},
		{"Serbian police arrested students at a rally in Belgrade.",
			"(ROOT (S (NP (NNP Serbian) (NNS police)) (VP (VBD arrested) (NP (NNS students)) (PP (IN at) (NP (DT a) (NN rally))) (PP (IN in) (NP (NNP Belgrade)))) (. .)))",
			"SRBCOP>SRBEDU 173"}, // the police are the state: no GOV for the students' country
	}
	for _, tt := range tests {
		if got := triples(codeDoc(t, c, "2025-01-27", false, sentence{tt.text, tt.tree})); got != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}
