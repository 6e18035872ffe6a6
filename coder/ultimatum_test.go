package coder

import "testing"

// TestUltimatums codes the "or face" conjunct of a demand or an appeal as
// the demander's threat to its target (ultimatum.go), of the sub-code its
// consequence names, beside an "or face" that follows no demand.
func TestUltimatums(t *testing.T) {
	tests := []treeCase{
		{"a demand's 'or face sanctions' is a threat of sanctions",
			"The African Union demanded on Monday that Mali hold elections within six months or face sanctions.",
			"(ROOT (S (NP (DT The) (NNP African) (NNP Union)) (VP (VBD demanded) (PP (IN on) (NP (NNP Monday))) (SBAR (IN that) (S (NP (NNP Mali)) (VP (VBP hold) (NP (NNS elections)) (PP (IN within) (NP (NP (CD six) (NNS months)) (CC or) (NP (NN face) (NNS sanctions)))))))) (. .)))",
			"IGOAFRAFU>MLI 1041; IGOAFRAFU>MLI 1312"},
		{"an appeal's 'or face penalties' is a threat of sanctions",
			"The European Union urged Serbia on Friday to free the detained journalists or face penalties.",
			"(ROOT (S (NP (DT The) (NNP European) (NNP Union)) (VP (VBD urged) (NP (NNP Serbia)) (PP (IN on) (NP (NNP Friday))) (S (VP (TO to) (VP (VB free) (NP (NP (DT the) (JJ detained) (NNS journalists)) (CC or) (NP (NN face) (NNS penalties))))))) (. .)))",
			"IGOEUREEC>SRB 0253; IGOEUREEC>SRB 1312"},
		{"'or face military action' is a threat of force",
			"NATO told Belgrade to pull its forces out of Kosovo or face military action.",
			"(ROOT (S (S (NP (NNP NATO)) (VP (VBD told) (NP (NNP Belgrade)) (S (VP (TO to) (VP (VB pull) (NP (PRP$ its) (NNS forces))))))) (IN out) (PP (IN of) (NP (NP (NNP Kosovo)) (CC or) (NP (NN face) (JJ military) (NN action)))) (. .)))",
			"IGOWSTNAT>SRB 1056; IGOWSTNAT>SRB 138"},
		{"suspension from a body is a threat to cut relations",
			"The Arab League demanded on Sunday that Syria withdraw its tanks from the cities or face suspension from the bloc.",
			"(ROOT (S (NP (DT The) (NNP Arab) (NNP League)) (VP (VBD demanded) (PP (IN on) (NP (NNP Sunday))) (SBAR (IN that) (S (NP (NNP Syria)) (VP (VBD withdraw) (NP (PRP$ its) (NNS tanks)) (PP (IN from) (NP (NP (DT the) (NNS cities)) (CC or) (NP (NN face) (NN suspension)))) (PP (IN from) (NP (DT the) (NN bloc))))))) (. .)))",
			"IGOMEAARL>SYR 1056; IGOMEAARL>SYR 1313"},
		{"'or face' after no demand or appeal is no threat",
			"Kenyan farmers sold their grain to Uganda on Monday or face losses.",
			"(ROOT (S (NP (NNP Kenyan) (NNS farmers)) (VP (VBD sold) (NP (PRP$ their) (NN grain)) (PP (TO to) (NP (NNP Uganda))) (PP (IN on) (NP (NP (NNP Monday)) (CC or) (NP (NN face) (NNS losses))))) (. .)))",
			"KENAGR>UGA 061; UGA>KENAGR 061"},
		{"a closing warning of consequences after a demand is the demander's threat",
			"The United States demanded that Syrian forces withdraw from Aleppo, warning of consequences if they did not.",
			"(ROOT (S (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD demanded) (SBAR (IN that) (S (NP (JJ Syrian) (NNS forces)) (VP (VB withdraw) (PP (IN from) (NP (NNP Aleppo)))))))) (, ,) (NP (NP (NN warning)) (PP (IN of) (NP (NNS consequences)))) (SBAR (IN if) (S (NP (PRP they)) (VP (VBD did) (ADVP (RB not))))) (. .)))",
			"USA>SYRMIL 1056; USA>SYRMIL 130"},
		{"a warning of famine after an appeal threatens no one",
			"The United Nations urged Sudan to open the border crossings, warning of famine in Darfur.",
			"(ROOT (S (NP (DT The) (NNP United) (NNPS Nations)) (VP (VBD urged) (NP (NNP Sudan)) (S (VP (TO to) (VP (VB open) (NP (NP (DT the) (NN border) (NNS crossings)) (, ,) (NP (NP (NP (NN warning)) (PP (IN of) (NP (NN famine)))) (PP (IN in) (NP (NNP Darfur))))))))) (. .)))",
			"IGOUNO>SDN 020"},
		{"a statement that the target must act or face sanctions is the one demand",
			"The United States declared on Tuesday that Japan must open its rice market or face trade sanctions.",
			"(ROOT (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD declared) (PP (IN on) (NP (NNP Tuesday))) (SBAR (IN that) (S (NP (NNP Japan)) (VP (MD must) (VP (VB open) (NP (NP (PRP$ its) (NN rice) (NN market)) (CC or) (NP (NN face) (NN trade) (NNS sanctions)))))))) (. .)))",
			"USA>JPN 1011"},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
