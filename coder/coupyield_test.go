package coder

import "testing"

// TestCoups adds the ousted government's 0831 to the military that took
// power (coupyield.go); a removal from somewhere else than power is none.
func TestCoups(t *testing.T) {
	tests := []treeCase{
		{"the army removed President Y from power: 0831",
			"The Nigerien army removed President Mohamed Bazoum from power on Wednesday.",
			"(ROOT (S (NP (DT The) (NNP Nigerien) (NN army)) (VP (VBD removed) (NP (NNP President) (NNP Mohamed) (NNP Bazoum)) (PP (IN from) (NP (NN power))) (PP (IN on) (NP (NNP Wednesday)))) (. .)))",
			"NERMIL>NERGOV 174; NERGOV>NERMIL 0831"},
		{"X's army seized power: its own government's 0831",
			"Niger's army seized power on Wednesday.",
			"(ROOT (S (NP (NP (NNP Niger) (POS 's)) (NN army)) (VP (VBD seized) (NP (NN power)) (PP (IN on) (NP (NNP Wednesday)))) (. .)))",
			"NERGOV>NERMIL 0831"},
		{"removed from the capital: no coup",
			"The Nigerien army removed President Mohamed Bazoum from the capital on Wednesday.",
			"(ROOT (S (NP (DT The) (NNP Nigerien) (NN army)) (VP (VBD removed) (NP (NNP President) (NNP Mohamed) (NNP Bazoum)) (PP (IN from) (NP (DT the) (NN capital))) (PP (IN on) (NP (NNP Wednesday)))) (. .)))",
			"NERMIL>NERGOV 174"},
	}
	checkTrees(t, newsCoder(t), "2023-07-26", tests) // Wednesday, the coup: Bazoum is ELI from the next day (dyad.actors.txt)
	checkTrees(t, newsCoder(t), "2019-04-11", []treeCase{
		{"X's military ousted President Y: Y's 0831 to the military",
			"Sudan's military ousted President Omar al-Bashir on Thursday.",
			"(ROOT (S (NP (NP (NNP Sudan) (POS 's)) (NN military)) (VP (VBD ousted) (NP (NNP President) (NNP Omar) (NNP al-Bashir)) (PP (IN on) (NP (NNP Thursday)))) (. .)))",
			"SDNMIL>SDNGOV 174; SDNGOV>SDNMIL 0831"},
	})
}
