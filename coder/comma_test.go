package coder

import "testing"

// TestConjoinedClauses keeps a closing ", and" or ", while" clause with a
// subject of its own from the comma options (comma.go): it is a second
// event.
func TestConjoinedClauses(t *testing.T) {
	tests := []treeCase{
		{"a second main clause after ', and' is coded",
			"The Israeli army raided Jenin, and Palestinian gunmen fired on Israeli troops.",
			"(ROOT (S (S (NP (DT The) (JJ Israeli) (NN army)) (VP (VBD raided) (NP (NNP Jenin)))) (, ,) (CC and) (S (NP (JJ Palestinian) (NNS gunmen)) (VP (VBD fired) (PP (IN on) (NP (NNP Israeli) (NNS troops))))) (. .)))",
			// Jenin is a place of the Palestinian territories (dyad.actors.txt).
			"ISRMIL>PSE 190; PSEUAF>ISRMIL 193"},
		{"a closing ', while' clause with a subject is coded",
			"Israel struck targets in Gaza on Monday, while Hamas fired rockets at Tel Aviv.",
			"(ROOT (S (NP (NNP Israel)) (VP (VBD struck) (NP (NNS targets)) (PP (IN in) (NP (NNP Gaza))) (PP (IN on) (NP (NNP Monday))) (, ,) (SBAR (IN while) (S (NP (NNP Hamas)) (VP (VBD fired) (NP (NNS rockets)) (PP (IN at) (NP (NNP Tel) (NNP Aviv))))))) (. .)))",
			// Israel's strike names no weapon in its own clause: 190
			// (ownClauseEnd). Hamas's rockets were read into it as 194
			// until weapons33; the dev gold codes a strike beside another
			// clause's rockets by its own words: fresh23 ag-024 ("had
			// struck Hezbollah weapons depots … after rockets were fired")
			// ISRMIL>LBNREB 190, fresh28 al-080 ("attacked towns …, while
			// thousands of rockets were fired from Gaza") 190 beside the
			// rockets' own 194.
			"ISR>PSEGZA 190; PSEREBHMS>ISR 194"},
		{"a closing ', but' verb phrase of the subject is coded",
			"Iran condemned the attack on Monday, but accused Israel of lying.",
			"(ROOT (S (S (NP (NNP Iran)) (VP (VBD condemned) (NP (DT the) (NN attack)) (PP (IN on) (NP (NNP Monday))))) (, ,) (CC but) (S (VP (VBD accused) (NP (NP (NNP Israel)) (PP (IN of) (S (VP (VBG lying))))))) (. .)))",
			"IRN>ISR 112"},
	}
	checkTrees(t, newsCoder(t), "2023-03-26", tests)
}
