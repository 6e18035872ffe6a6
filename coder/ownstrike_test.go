package coder

import "testing"

// TestOwnStrikes adds the 015 of a state that announces its own strike
// on another country, naming its forces by "it" or "its" (ownstrike.go).
// A trailing attribution by the striking side ("..., the army said")
// claims the act too; another state's strike gets no 015. A state's
// operation on its own insurgents is claimed as one abroad is (the news
// README's fourteenth harmonisation, session twenty-one: dev rows h-177,
// m-084, ae-059, al-170, an-172, ao-080, ao-119, as-067, as-116). The jets shot down are the target,
// not the means: a shoot-down with no weapon word is 190
// (testdata/news/README.md, "Shoot-downs"; shootdown_test.go).
func TestOwnStrikes(t *testing.T) {
	tests := []treeCase{
		{"X said it had shot down Y's jets: 015 beside the shoot-down",
			"Pakistan said on Wednesday it had shot down two Indian military jets in its airspace.",
			"(ROOT (S (NP (NNP Pakistan)) (VP (VBD said) (PP (IN on) (NP (NNP Wednesday))) (SBAR (S (NP (PRP it)) (VP (VBD had) (VP (VBN shot) (NP (RB down) (CD two) (JJ Indian) (JJ military) (NNS jets)) (PP (IN in) (NP (PRP$ its) (NN airspace)))))))) (. .)))",
			"PAK>INDMIL 190; PAK>INDMIL 015"},
		{"X said its warplanes had bombed Y: 015 with the state as source",
			"India said on Thursday its warplanes had bombed militant camps in Pakistan.",
			"(ROOT (S (NP (NNP India)) (VP (VBD said) (PP (IN on) (NP (NNP Thursday))) (SBAR (S (NP (PRP$ its) (NNS warplanes)) (VP (VBD had) (VP (VBN bombed) (NP (JJ militant) (NNS camps)) (PP (IN in) (NP (NNP Pakistan)))))))) (. .)))",
			"INDMIL>PAKREB 195; IND>PAKREB 015"},
		{"an opening adverbial before the speaker is no trailing attribution: 015",
			"On Wednesday, Pakistan said it had shot down two Indian military jets.",
			"(ROOT (S (PP (IN On) (NP (NNP Wednesday))) (, ,) (NP (NNP Pakistan)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (VBD had) (VP (VBN shot) (NP (RB down) (CD two) (JJ Indian) (JJ military) (NNS jets))))))) (. .)))",
			"PAK>INDMIL 190; PAK>INDMIL 015"},
		// A struck military site is its owner's MIL since the fifteenth
		// harmonisation (round thirty-eight, sites44; dev rows t-222, bd-050
		// military sites in Iran IRNMIL; am-153, ay-147 Pakistani border posts
		// PAKMIL; f-235, y-025 Armenian positions ARMMIL).
		{"a trailing attribution by the striking side: 015",
			"Israeli warplanes struck military sites in Iran before dawn on Saturday, the Israel Defense Forces said.",
			"(ROOT (S (S (NP (JJ Israeli) (NNS warplanes)) (VP (VBD struck) (NP (JJ military) (NNS sites)) (PP (IN in) (NP (NNP Iran))) (PP (IN before) (NP (NN dawn))) (PP (IN on) (NP (NNP Saturday))))) (, ,) (NP (DT the) (NNP Israel) (NNP Defense) (NNP Forces)) (VP (VBD said)) (. .)))",
			"ISRMIL>IRNMIL 195; ISRMIL>IRNMIL 015"},
		{"a trailing attribution by the struck side: no 015",
			"Israeli warplanes struck military sites in Iran before dawn on Saturday, Iranian state media said.",
			"(ROOT (S (S (NP (JJ Israeli) (NNS warplanes)) (VP (VBD struck) (NP (JJ military) (NNS sites)) (PP (IN in) (NP (NNP Iran))) (PP (IN before) (NP (NN dawn))) (PP (IN on) (NP (NNP Saturday))))) (, ,) (NP (JJ Iranian) (NN state) (NNS media)) (VP (VBD said)) (. .)))",
			"ISRMIL>IRNMIL 195"},
		{"an operation on the state's own insurgents: 015",
			"The Nigerian army said its troops had killed 15 Boko Haram fighters near Bama.",
			"(ROOT (S (NP (DT The) (NNP Nigerian) (NN army)) (VP (VBD said) (SBAR (S (NP (PRP$ its) (NNS troops)) (VP (VBD had) (VP (VBN killed) (NP (CD 15) (NNP Boko) (NNP Haram) (NNS fighters)) (PP (IN near) (NP (NNP Bama)))))))) (. .)))",
			"NGAMIL>NGAREB 190; NGAMIL>NGAREB 015"},
	}
	checkTrees(t, newsCoder(t), "2024-05-05", tests)
}
