package coder

import "testing"

// TestDeniedClaims codes the denial an apposed noun phrase reports of a
// claim (deniedclaim.go): the claimant is the subject of the last verb of
// speech before the phrase, a finite "said" or a participle "saying"; a
// claim repeated, or a move (no claim) denied, gives no denial.
//
// When the noun names the claim an accusation ("an accusation Khartoum
// rejected") the claimant's words are also an accusation (112) of the
// denier. This case pinned the denial alone until round thirty-one; the
// dev gold codes the shape with both events in five sets: fresh14 x-010
// (USAGOV>IRN 1123, IRN>USAGOV 016), fresh18 ab-098 (KSVGOV>SRB 112),
// fresh24 ah-221 (BOLELI>BOLGOV 112, "a charge the government denied"),
// fresh31 ao-151 (ISRGOV>PSEREBHMS 112, though its noun is "a claim") and
// fresh33 aq-109 (RUSGOV>UKR 112, "an allegation Kyiv rejected as
// absurd"), each beside the denier's 016.
func TestDeniedClaims(t *testing.T) {
	tests := []treeCase{
		{"a claim X denied, after said",
			"Chile said its navy had seized a smuggling boat off Peru, a claim Lima denied.",
			"(ROOT (S (S (NP (NNP Chile)) (VP (VBD said) (SBAR (S (NP (PRP$ its) (NN navy)) (VP (VBD had) (VP (VBN seized) (NP (DT a) (VBG smuggling) (NN boat)) (PP (IN off) (NP (NNP Peru))))))))) (, ,) (S (NP (DT a) (NN claim) (NNP Lima)) (VP (VBD denied))) (. .)))",
			"CHLMIL>PER 173; PER>CHL 016"},
		{"an accusation X rejected, after a participle of speech",
			"Egypt shelled a border post, saying Sudan had sheltered rebels, an accusation Khartoum rejected.",
			"(ROOT (S (S (NP (NNP Egypt)) (VP (VBD shelled) (NP (DT a) (NN border) (NN post)) (, ,) (S (VP (VBG saying) (SBAR (S (NP (NNP Sudan)) (VP (VBD had) (VP (VBN sheltered) (NP (NNS rebels)))))))))) (, ,) (S (NP (DT an) (NN accusation) (NNP Khartoum)) (VP (VBD rejected))) (. .)))",
			"SDN>EGY 016; EGY>SDN 112"},
		{"a claim repeated is no denial",
			"Chile said its navy had seized a smuggling boat off Peru, a claim Lima repeated.",
			"(ROOT (S (S (NP (NNP Chile)) (VP (VBD said) (SBAR (S (NP (PRP$ its) (NN navy)) (VP (VBD had) (VP (VBN seized) (NP (DT a) (VBG smuggling) (NN boat)) (PP (IN off) (NP (NNP Peru))))))))) (, ,) (S (NP (DT a) (NN claim) (NNP Lima)) (VP (VBD repeated))) (. .)))",
			"CHLMIL>PER 173"},
		{"a move denied is no claim",
			"Chile seized a smuggling boat off Peru, a move Lima denied.",
			"(ROOT (S (S (NP (NNP Chile)) (VP (VBD seized) (NP (DT a) (VBG smuggling) (NN boat)) (PP (IN off) (NP (NNP Peru))))) (, ,) (S (NP (DT a) (NN move) (NNP Lima)) (VP (VBD denied))) (. .)))",
			"CHL>PER 173"},
	}
	checkTrees(t, newsCoder(t), "2024-03-04", tests)
}
