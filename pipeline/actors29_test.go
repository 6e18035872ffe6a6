package pipeline_test

import "testing"

// TestRoundTwentyNineActors: actors of round twenty-nine (actors29), rows of
// dict/data/dyad.actors.txt for bodies, seats of government and leaders'
// surnames that Phoenix's 2014 dictionaries lack. The sentences are written
// for the test; every row but the guards gives no actor (so another event or
// none) without its dictionary row.
func TestRoundTwentyNineActors(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"FATF", "The FATF praised Turkey on Friday for its reforms.", "2024-05-01", "IGO>TUR 051", ""},
		{"JNIM", "JNIM fighters attacked Malian soldiers near Gao on Monday.", "2024-05-01", "MLIREB>MLIMIL 190", ""},
		{"AMISOM", "AMISOM troops clashed with al-Shabaab militants near Mogadishu.", "2021-05-01", "IGOAFRAFU>SOMREB 190", ""},
		{"Africa Corps", "The Africa Corps attacked Malian rebels near Kidal on Monday.", "2024-05-01", "RUSMIL>MLIREB 190", ""},
		{"Histadrut", "The Histadrut threatened a general strike against the government.", "2024-05-01", "ISRLAB>ISRGOV 133", ""},
		{"ADF rebels", "ADF rebels killed 20 villagers in Ituri on Sunday.", "2024-05-01", "UGAREB>CODCVL 190", ""},
		{"Zhongnanhai", "Zhongnanhai rejected the demand from Washington.", "2024-05-01", "CHNGOV>USA 120", ""},
		{"Whitehall", "Whitehall criticised Moscow on Monday.", "2024-05-01", "GBRGOV>RUS 111", ""},
		{"Tokayev as president", "Tokayev criticised Russia on Monday.", "2024-05-01", "KAZGOV>RUS 111", ""},
		{"Bouteflika in office", "Bouteflika praised Tunisia on Monday.", "2018-05-01", "DZAGOV>TUN 051", ""},
		{"Bouteflika after resigning", "Bouteflika praised Tunisia on Monday.", "2020-05-01", "DZAELI>TUN 051", ""},
		{"Jammeh after leaving office", "Jammeh criticised Senegal on Monday.", "2024-05-01", "GMBELI>SEN 111", ""},
		{"Kiir", "Kiir accused Sudan of backing the rebels.", "2024-05-01", "SSDGOV>SDN 112", ""},
		{"Kenyatta in office", "Kenyatta accused the judges of staging a coup.", "2018-05-01", "KENGOV>KENJUD 112", ""},
		{"Pinera in office", "Pinera praised Argentina on Monday.", "2018-05-01", "CHLGOV>ARG 051", ""},
		{"Arce in office", "Arce accused the army of plotting a coup.", "2024-05-01", "BOLGOV>BOLMIL 1121", ""},
		// Guards: "ADF" alone is also Australia's Defence Force; the Africa
		// Corps before Russia formed it is no Russian force.
		{"guard: Australia's ADF", "Australia's ADF praised Japan on Monday.", "2024-05-01", "AUS>JPN 051", ""},
		{"guard: Tokayev before his presidency", "Tokayev criticised Russia on Monday.", "2015-05-01", "KAZELI>RUS 111", ""},
	})
	// The Africa Corps before late 2023 names no Russian force.
	if evs := codeText(t, "The Africa Corps attacked Malian rebels near Kidal on Monday.", "2020-05-01"); has(evs, "RUSMIL>MLIREB 190") != nil {
		t.Errorf("Africa Corps in 2020: got %s, want no RUSMIL", list(evs))
	}
}
