package coder

import "testing"

// TestShootDownMeans: what a shoot-down brings down is its object, not its
// means (subcode.go, targetVerbs). The news sets code a shoot-down with no
// weapon word 190, by jets 195, by air defences or missiles 194
// (testdata/news/README.md, fresh5's and fresh8's adjudication,
// "Shoot-downs"); the means comes from the verb's subject or a "with …" /
// "using …" phrase, never from the aircraft or drone shot down.
func TestShootDownMeans(t *testing.T) {
	tests := []treeCase{
		{"a drone as object is no means: 190",
			"Iran shot down a U.S. drone over the Gulf.",
			"(ROOT (S (NP (NNP Iran)) (VP (VBD shot) (PRT (RP down)) (NP (DT a) (NNP U.S.) (NN drone)) (PP (IN over) (NP (DT the) (NNP Gulf)))) (. .)))",
			"IRN>USA 190"},
		{"jets as subject are the means: 195",
			"Israeli fighter jets shot down a Hezbollah drone.",
			"(ROOT (S (NP (JJ Israeli) (NN fighter) (NNS jets)) (VP (VBP shot) (PRT (RP down)) (NP (DT a) (NNP Hezbollah) (NN drone))) (. .)))",
			"ISRMIL>LBNREB 195"},
		{"a missile in a with-phrase is the means: 194",
			"Syria shot down a Turkish warplane with a surface-to-air missile.",
			"(ROOT (S (NP (NNP Syria)) (VP (VBD shot) (PRT (RP down)) (NP (DT a) (JJ Turkish) (NN warplane)) (PP (IN with) (NP (DT a) (JJ surface-to-air) (NN missile)))) (. .)))",
			"SYR>TURMIL 194"},
		{"drones shot down using missiles: the missiles, 194",
			"Ukrainian air defence forces shot down 20 Russian drones using anti-aircraft missiles.",
			"(ROOT (S (NP (JJ Ukrainian) (NN air) (NN defence) (NNS forces)) (VP (VBP shot) (NP (RB down) (CD 20) (JJ Russian) (NNS drones)) (S (VP (VBG using) (NP (JJ anti-aircraft) (NNS missiles))))) (. .)))",
			"UKRMIL>RUS 194"},
		{"another verb still reads its whole complement: an attack with drones is 195",
			"Russian troops attacked Kharkiv with drones.",
			"(ROOT (S (NP (JJ Russian) (NNS troops)) (VP (VBD attacked) (NP (NNP Kharkiv)) (PP (IN with) (NP (NNS drones)))) (. .)))",
			"RUSMIL>UKR 195"},
	}
	checkTrees(t, newsCoder(t), "2024-05-05", tests)
}
