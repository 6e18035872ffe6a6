package coder

import (
	"strings"
	"testing"
)

// TestDelegates: "representatives of" a body are that body; "the
// opposition" is OPP, and a possessive country before the first conjunct
// governs a role-only conjunct after it.
func TestDelegates(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"one possessor, two roles",
			"Israel's army and police arrested two Jordanians.",
			"(ROOT (S (NP (NP (NP (NNP Israel) (POS 's)) (NN army)) (CC and) (NP (NNS police))) (VP (VBD arrested) (NP (CD two) (NNPS Jordanians))) (. .)))",
			"Israel 's army and police=ISRMIL ISRCOP; two Jordanians=JOR"},
		{"a conjunct with a country of its own keeps it",
			"Venezuela's government and Colombian rebels signed a deal.",
			"(ROOT (S (NP (NP (NP (NNP Venezuela) (POS 's)) (NN government)) (CC and) (NP (JJ Colombian) (NNS rebels))) (VP (VBD signed) (NP (DT a) (NN deal))) (. .)))",
			"Venezuela 's government and Colombian rebels=VENGOV COLREB"},
		{"representatives of a government are the government",
			"Representatives of the Colombian government met rebels.",
			"(ROOT (S (NP (NP (NNS Representatives)) (PP (IN of) (NP (DT the) (JJ Colombian) (NN government)))) (VP (VBD met) (NP (NNS rebels))) (. .)))",
			"Representatives of the Colombian government=COLGOV; rebels=---REB"},
		{"the opposition is OPP",
			"The Belarusian opposition called for a strike.",
			"(ROOT (S (NP (DT The) (NNP Belarusian) (NN opposition)) (VP (VBD called) (PP (IN for) (NP (DT a) (NN strike)))) (. .)))",
			"The Belarusian opposition=BLROPP"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2019-05-29"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestManager: a manager is business; a campaign manager is a party's;
// miners are labour; the presidency and an anti-graft agency are the
// government.
func TestManager(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"a manager", "Workers beat a Sri Lankan manager.",
			"(ROOT (S (NP (NNS Workers)) (VP (VBP beat) (NP (DT a) (NNP Sri) (NNP Lankan) (NN manager))) (. .)))",
			"Workers=LKALAB; a Sri Lankan manager=LKABUS"},
		{"a campaign manager", "Police arrested the Peruvian campaign manager.",
			"(ROOT (S (NP (NNP Police)) (VP (VBD arrested) (NP (DT the) (JJ Peruvian) (NN campaign) (NN manager))) (. .)))",
			"Police=PERCOP; the Peruvian campaign manager=PERPTY"},
		{"miners are labour", "Japan detained Chinese fishermen and South African miners.",
			"(ROOT (S (NP (NNP Japan)) (VP (VBD detained) (NP (NP (JJ Chinese) (NNS fishermen)) (CC and) (NP (JJ South) (JJ African) (NNS miners)))) (. .)))",
			"Japan=JPN; Chinese fishermen and South African miners=CHNAGR ZAFLAB"},
		{"the presidency is the government", "The Egyptian presidency praised the army.",
			"(ROOT (S (NP (DT The) (JJ Egyptian) (NN presidency)) (VP (VBD praised) (NP (DT the) (NN army))) (. .)))",
			"The Egyptian presidency=EGYGOV; the army=EGYMIL"},
		{"an anti-graft agency is the government", "Indonesia's anti-graft agency arrested the speaker on Monday.",
			"(ROOT (S (NP (NP (NNP Indonesia) (POS 's)) (NN anti-graft) (NN agency)) (VP (VBD arrested) (NP (DT the) (NN speaker)) (PP (IN on) (NP (NNP Monday)))) (. .)))",
			"Indonesia 's anti-graft agency=IDNGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2021-12-03"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestDemonyms: adjectival demonyms Phoenix lacks name their country.
func TestDemonyms(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	const text = "Kazakh police arrested Swedish activists."
	const tree = "(ROOT (S (NP (NNP Kazakh) (NNS police)) (VP (VBD arrested) (NP (JJ Swedish) (NNS activists))) (. .)))"
	if got, want := mentions(t, c, text, tree, "2022-01-05"), "Kazakh police=KAZCOP; Swedish activists=SWEOPP"; got != want {
		t.Errorf("%s\n got %s\nwant %s", text, got, want)
	}
}

// TestLedBy: a force "X-led" is coded as X, the state that leads it; a
// force "X-backed" is not X's, nor is "the U.S.-led West". (The Saudi-led
// coalition has its own SAUMIL entry in dict/data/dyad.actors.txt, so the rule
// is shown on another state.)
func TestLedBy(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	const text = "The French-led coalition struck U.S.-backed rebels."
	const tree = "(ROOT (S (NP (DT The) (JJ French-led) (NN coalition)) (VP (VBD struck) (NP (JJ U.S.-backed) (NNS rebels))) (. .)))"
	if got, want := mentions(t, c, text, tree, "2019-03-01"), "The French-led coalition=FRA; U.S.-backed rebels=---REB"; got != want {
		t.Errorf("%s\n got %s\nwant %s", text, got, want)
	}
	// Only a force or an alliance is coded as its leader.
	const text2 = "Iran criticised the U.S.-led West."
	const tree2 = "(ROOT (S (NP (NNP Iran)) (VP (VBD criticised) (NP (DT the) (JJ U.S.-led) (NNP West))) (. .)))"
	if got := mentions(t, c, text2, tree2, "2019-03-01"); strings.Contains(got, "USA") {
		t.Errorf("%s\n got %s, want no USA", text2, got)
	}
}

// TestOverlayNames: names present-day news uses that the overlays add to
// Phoenix — international bodies, armed groups, seats of government — and
// "eastern Congo", the DRC, not Phoenix's bare CONGO (the Republic of the
// Congo).
func TestOverlayNames(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	for _, tc := range []struct{ text, tree, date, want string }{
		{"The Gulf Cooperation Council urged the International Criminal Court to act.",
			"(ROOT (S (NP (DT The) (NNP Gulf) (NNP Cooperation) (NNP Council)) (VP (VBD urged) (NP (DT the) (NNP International) (NNP Criminal) (NNP Court)) (S (VP (TO to) (VP (VB act))))) (. .)))",
			"2023-06-01", "The Gulf Cooperation Council=IGOPGSGCC; the International Criminal Court=IGOJUDICC"},
		{"The European Council urged the WTO to act.",
			"(ROOT (S (NP (DT The) (JJ European) (NNP Council)) (VP (VBD urged) (NP (DT the) (NNP WTO)) (S (VP (TO to) (VP (VB act))))) (. .)))",
			"2023-06-01", "The European Council=IGOEUREEC; the WTO=IGOBUSWTO"},
		{"The Wagner Group attacked the Arakan Army.",
			"(ROOT (S (NP (DT The) (NNP Wagner) (NNP Group)) (VP (VBD attacked) (NP (DT the) (NNP Arakan) (NNP Army))) (. .)))",
			"2023-06-01", "The Wagner Group=RUSUAF; the Arakan Army=MMRREB"},
		{"Kataib Hezbollah attacked the Popular Mobilization Forces.",
			"(ROOT (S (NP (NNP Kataib) (NNP Hezbollah)) (VP (VBD attacked) (NP (DT the) (NNP Popular) (NNP Mobilization) (NNS Forces))) (. .)))",
			"2023-06-01", "Kataib Hezbollah=IRQUAF; the Popular Mobilization Forces=IRQUAF"},
		{"Downing Street criticised the ISI.",
			"(ROOT (S (NP (NNP Downing) (NNP Street)) (VP (VBD criticised) (NP (DT the) (NNP ISI))) (. .)))",
			"2019-06-01", "Downing Street=GBRGOV; the ISI=PAKSPY"},
		{"Hutu rebels attacked a village in eastern Congo.",
			"(ROOT (S (NP (NNP Hutu) (NNS rebels)) (VP (VBD attacked) (NP (DT a) (NN village)) (PP (IN in) (NP (JJ eastern) (NNP Congo)))) (. .)))",
			"2022-06-01", "Hutu rebels=CODREB; a village=CODCVL; eastern Congo=COD"},
	} {
		if got := mentions(t, c, tc.text, tc.tree, tc.date); got != tc.want {
			t.Errorf("%s\n got %s\nwant %s", tc.text, got, tc.want)
		}
	}
}
