package coder

import "testing"

// TestNounEvents codes events named by a noun (nounevent.go): an attack or
// air strike that harmed the verb's victims, with its attacker and target
// named in the noun phrase, and fighting or clashes that broke out between
// two sides, both ways. A noun in another event's complement, in a
// background clause or in a forecast is no event of its own.
func TestNounEvents(t *testing.T) {
	tests := []treeCase{
		{"killed in X air strikes on Y: 195",
			"At least 20 people were killed in Israeli air strikes on the Lebanese town of Nabatieh on Sunday.",
			"(ROOT (S (NP (IN At) (JJS least) (CD 20) (NNS people)) (VP (VBD were) (VP (VBN killed) (PP (IN in) (NP (NNP Israeli) (NN air) (NNS strikes))) (PP (IN on) (NP (NP (DT the) (NNP Lebanese) (NN town)) (PP (IN of) (NP (NNP Nabatieh))))) (PP (IN on) (NP (NNP Sunday))))) (. .)))",
			"ISR>LBN 195"},
		{"died in an attack on Y by X: 190",
			"Three soldiers died in an attack on an army post by Taliban fighters in Helmand province on Monday.",
			"(ROOT (S (NP (CD Three) (NNS soldiers)) (VP (VBD died) (PP (IN in) (NP (DT an) (NN attack))) (PP (IN on) (NP (DT an) (NN army) (NN post))) (PP (IN by) (NP (NNP Taliban) (NNS fighters))) (PP (IN in) (NP (NNP Helmand) (NN province))) (PP (IN on) (NP (NNP Monday)))) (. .)))",
			"AFGREB>AFGMIL 190"},
		{"fighting erupted between X and Y: 190 both ways",
			"Fighting erupted on Monday between Ethiopian troops and Eritrean forces near the border.",
			"(ROOT (S (S (VP (VBG Fighting))) (S (VP (VBN erupted) (PP (IN on) (NP (NNP Monday))) (PP (IN between) (NP (NP (NNP Ethiopian) (NNS troops)) (CC and) (NP (NNP Eritrean) (NNS forces)))) (PP (IN near) (NP (DT the) (NN border))))) (. .)))",
			"ETHMIL>ERIMIL 190; ERIMIL>ETHMIL 190"},
		{"clashes broke out between X and Y: 190 both ways",
			"Clashes broke out between Israeli police and Palestinian protesters in Jerusalem on Friday.",
			"(ROOT (S (NP (NNP Clashes)) (VP (VBD broke) (PRT (RP out)) (PP (IN between) (NP (NP (NNP Israeli) (NNS police)) (CC and) (NP (JJ Palestinian) (NNS protesters)))) (PP (IN in) (NP (NNP Jerusalem))) (PP (IN on) (NP (NNP Friday)))) (. .)))",
			"ISRCOP>PSEOPP 190; PSEOPP>ISRCOP 190"},
		{"X air strikes on Y killed: 195",
			"Israeli air strikes on Gaza killed at least 30 people on Sunday.",
			"(ROOT (S (NP (NP (NNP Israeli) (NN air) (NNS strikes)) (PP (IN on) (NP (NNP Gaza)))) (VP (VBD killed) (NP (IN at) (JJS least) (CD 30) (NNS people)) (PP (IN on) (NP (NNP Sunday)))) (. .)))",
			"ISR>PSEGZA 195"},
		{"a X missile attack on Y killed: 195",
			"A Russian missile attack on Kyiv killed five people overnight.",
			"(ROOT (S (NP (NP (DT A) (JJ Russian) (NN missile) (NN attack)) (PP (IN on) (NP (NNP Kyiv)))) (VP (VBD killed) (NP (CD five) (NNS people)) (ADVP (RB overnight))) (. .)))",
			"RUS>UKR 195"},
		{"attacks that failed: no harm, no event of the noun",
			"Russia said Ukrainian drone attacks on Belgorod had failed.",
			"(ROOT (S (NP (NNP Russia)) (VP (VBD said) (SBAR (S (NP (NP (JJ Ukrainian) (NN drone) (NNS attacks)) (PP (IN on) (NP (NNP Belgorod)))) (VP (VBD had) (VP (VBN failed)))))) (. .)))",
			"RUS>UKR 010"},
		{"killed in air strikes by X on Y: 195",
			"At least 15 people were killed in air strikes by Saudi warplanes on Yemen's capital on Sunday.",
			"(ROOT (S (NP (IN At) (JJS least) (CD 15) (NNS people)) (VP (VBD were) (VP (VBN killed) (PP (IN in) (NP (NN air) (NNS strikes))) (PP (IN by) (NP (NNP Saudi) (NNS warplanes))) (PP (IN on) (NP (NP (NNP Yemen) (POS 's)) (NN capital))) (PP (IN on) (NP (NNP Sunday))))) (. .)))",
			"SAUMIL>YEM 195"},
		{"an attack by X on Y killed: 190",
			"An attack by Islamic State militants on Iraqi soldiers killed seven people near Kirkuk.",
			"(ROOT (S (NP (NP (NP (DT An) (NN attack)) (PP (IN by) (NP (NNP Islamic) (NNP State) (NNS militants)))) (PP (IN on) (NP (NNP Iraqi) (NNS soldiers)))) (VP (VBD killed) (NP (CD seven) (NNS people)) (PP (IN near) (NP (NNP Kirkuk)))) (. .)))",
			"IMGMUSISI>IRQMIL 190"},
		{"fighting between X and Y flared: 190 both ways",
			"Fighting between the Syrian army and Turkish forces flared near Idlib on Monday.",
			"(ROOT (S (NP (NP (NN Fighting)) (PP (IN between) (NP (NP (DT the) (JJ Syrian) (NN army)) (CC and) (NP (JJ Turkish) (NNS forces))))) (VP (VBD flared) (PP (IN near) (NP (NNP Idlib))) (PP (IN on) (NP (NNP Monday)))) (. .)))",
			"SYRMIL>TURMIL 190; TURMIL>SYRMIL 190"},
		{"since fighting erupted between X and Y: background",
			"More than 12 million people have fled their homes since fighting erupted between Sudan's army and the Rapid Support Forces in April 2023.",
			"(ROOT (S (S (NP (JJR More) (IN than) (CD 12) (CD million) (NNS people)) (VP (VBP have) (VP (VBN fled) (NP (PRP$ their) (NNS homes)) (PP (IN since) (S (VP (VBG fighting))))))) (S (VP (VBD erupted) (PP (IN between) (NP (NP (NP (NNP Sudan) (POS 's)) (NN army)) (CC and) (NP (DT the) (JJ Rapid) (NNP Support) (NNS Forces)))) (PP (IN in) (NP (NNP April) (CD 2023))))) (. .)))",
			""},
		{"after X air strikes on Y killed: background",
			"Israel closed the crossing after Israeli air strikes on Gaza killed 30 people.",
			"(ROOT (S (NP (NNP Israel)) (VP (VBD closed) (NP (DT the) (NN crossing)) (SBAR (IN after) (S (NP (NP (NNP Israeli) (NN air) (NNS strikes)) (PP (IN on) (NP (NNP Gaza)))) (VP (VBD killed) (NP (CD 30) (NNS people)))))) (. .)))",
			""},
		{"X sanctions on Y took effect: 163",
			"New U.S. sanctions on Russia took effect on Friday.",
			"(ROOT (S (NP (NP (NNP New) (NNP U.S.) (NNS sanctions)) (PP (IN on) (NP (NNP Russia)))) (VP (VBD took) (NP (NN effect)) (PP (IN on) (NP (NNP Friday)))) (. .)))",
			"USA>RUS 163"},
		{"X sanctions on Y will take effect: nothing yet",
			"U.S. sanctions on Iran will take effect next month.",
			"(ROOT (S (NP (NP (NNP U.S.) (NNS sanctions)) (PP (IN on) (NP (NNP Iran)))) (VP (MD will) (VP (VB take) (NP (NN effect)) (NP (JJ next) (NN month)))) (. .)))",
			""},
		{"attacks blamed on X: the blame only",
			"The United States blamed Iran for attacks on two tankers in the Gulf of Oman.",
			"(ROOT (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD blamed) (NP (NNP Iran)) (PP (IN for) (NP (NNS attacks))) (PP (IN on) (NP (CD two) (NNS tankers))) (PP (IN in) (NP (NP (DT the) (NNP Gulf)) (PP (IN of) (NP (NNP Oman)))))) (. .)))",
			"USA>IRN 1123"}, // BLAME's attacks row: an accusation of aggression (dict errata, round twelve)
		{"clashes expected: no event",
			"Clashes between Israeli police and Palestinian protesters were expected on Friday.",
			"(ROOT (S (NP (NP (NNP Clashes)) (PP (IN between) (NP (NP (NNP Israeli) (NNS police)) (CC and) (NP (JJ Palestinian) (NNS protesters))))) (VP (VBD were) (VP (VBN expected) (PP (IN on) (NP (NNP Friday))))) (. .)))",
			""},
	}
	checkTrees(t, newsCoder(t), "2024-05-05", tests)
}
