package coder

import "testing"

// TestVerdicts codes the criticism a closing participle of speech passes on
// the act before it (calling.go): after a closing attribution, with no act
// coded (the reported clause's subject is the target), controlled by the
// clause's subject; a verdict of praise is no criticism.
func TestVerdicts(t *testing.T) {
	tests := []treeCase{
		{"after a closing attribution",
			`Israel bombed a hospital in Gaza on Monday, the United Nations said on Tuesday, calling the strike "horrifying".`,
			"(ROOT (S (S (NP (NNP Israel)) (VP (VBD bombed) (NP (DT a) (NN hospital)) (PP (IN in) (NP (NNP Gaza))) (PP (IN on) (NP (NNP Monday))))) (, ,) (NP (DT the) (NNP United) (NNPS Nations)) (VP (VBD said) (PP (IN on) (NP (NNP Tuesday))) (, ,) (S (VP (VBG calling) (NP (DT the) (NN strike)))) (NP (`` ``) (NN horrifying) ('' ''))) (. .)))",
			"ISR>PSEGZA 190; IGOUNO>ISR 111"},
		{"no act coded: the reported clause's subject",
			`A Russian warship sailed close to a British destroyer in the Black Sea on Friday, Britain's defence ministry said, calling the manoeuvre "unsafe".`,
			"(ROOT (S (S (NP (DT A) (JJ Russian) (NN warship)) (VP (VBD sailed) (ADVP (RB close)) (PP (TO to) (NP (DT a) (JJ British) (NN destroyer))) (PP (IN in) (NP (DT the) (NNP Black) (NNP Sea))) (PP (IN on) (NP (NNP Friday))))) (, ,) (NP (NP (NNP Britain) (POS 's)) (NN defence) (NN ministry)) (VP (VBD said) (, ,) (S (VP (VBG calling) (NP (DT the) (NN manoeuvre)))) (NP (`` ``) (JJ unsafe) ('' ''))) (. .)))",
			"GBRGOV>RUSMIL 111"},
		{"controlled by the clause's subject",
			`Somali rebels attacked a Kenyan army base on Monday, and Kenyan President William Ruto condemned the raid, calling it "cowardly".`,
			"(ROOT (S (S (NP (NNP Somali) (NNS rebels)) (VP (VBD attacked) (NP (DT a) (NNP Kenyan) (NN army) (NN base)) (PP (IN on) (NP (NNP Monday))))) (, ,) (CC and) (S (NP (NNP Kenyan) (NNP President) (NNP William) (NNP Ruto)) (VP (VBD condemned) (NP (DT the) (NN raid)) (, ,) (S (VP (VBG calling) (NP (PRP it)))))) (`` ``) (ADVP (RB cowardly)) ('' '') (. .)))",
			"SOMREB>KENMIL 190; KENGOV>SOMREB 111"},
		{"an act named an act of aggression",
			"Russian troops shelled the Moldovan border town of Ocnita on Sunday, Moldova's president said, calling it an act of aggression.",
			"(ROOT (S (S (NP (JJ Russian) (NNS troops)) (VP (VBD shelled) (NP (NP (DT the) (NNP Moldovan) (NN border) (NN town)) (PP (IN of) (NP (NNP Ocnita)))) (PP (IN on) (NP (NNP Sunday))))) (, ,) (NP (NP (NNP Moldova) (POS 's)) (NN president)) (VP (VBD said) (, ,) (S (VP (VBG calling) (NP (PRP it)))) (NP (NP (DT an) (NN act)) (PP (IN of) (NP (NN aggression))))) (. .)))",
			"RUSMIL>MDA 194; MDAGOV>RUSMIL 111"},
		{"an act named a coup",
			"Soldiers of the presidential guard detained Niger's president on Wednesday, the African Union said, calling it an attempted coup.",
			"(ROOT (S (S (NP (NP (NNP Soldiers)) (PP (IN of) (NP (DT the) (JJ presidential) (NN guard)))) (VP (VBD detained) (NP (NP (NNP Niger) (POS 's)) (NN president)) (PP (IN on) (NP (NNP Wednesday))))) (, ,) (NP (DT the) (NNP African) (NNP Union)) (VP (VBD said) (, ,) (S (VP (VBG calling) (NP (PRP it)))) (NP (DT an) (JJ attempted) (NN coup))) (. .)))",
			"NERMIL>NERGOV 173; IGOAFRAFU>NERMIL 111"},
		{"a verdict of no criticism",
			`Israel bombed a hospital in Gaza on Monday, the United Nations said on Tuesday, calling the strike "regular".`,
			"(ROOT (S (S (NP (NNP Israel)) (VP (VBD bombed) (NP (DT a) (NN hospital)) (PP (IN in) (NP (NNP Gaza))) (PP (IN on) (NP (NNP Monday))))) (, ,) (NP (DT the) (NNP United) (NNPS Nations)) (VP (VBD said) (PP (IN on) (NP (NNP Tuesday))) (, ,) (S (VP (VBG calling) (NP (DT the) (NN strike)))) (NP (`` ``) (JJ regular) ('' ''))) (. .)))",
			"ISR>PSEGZA 190"},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
