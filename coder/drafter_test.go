package coder

import "testing"

// TestDrafterBeforeBodyName: a "STATE-drafted" resolution is the drafter's
// even when the body's name stands between the participle and the noun
// ("a Japanese-drafted Security Council resolution" is Japan's, so a veto
// of it is aimed at Japan), and the body's name lends the drafter no agent
// of its own (no GOV from "Council"). The body alone stays the body.
func TestDrafterBeforeBodyName(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"the drafter before the council's name",
			"China vetoed a Japanese-drafted Security Council resolution on sanctions.",
			"(ROOT (S (NP (NNP China)) (VP (VBD vetoed) (NP (DT a) (JJ Japanese-drafted) (NNP Security) (NNP Council) (NN resolution)) (PP (IN on) (NP (NNS sanctions)))) (. .)))",
			"China=CHN; a Japanese-drafted Security Council resolution=JPN"},
		{"the drafter before the U.N. council's name",
			"Moscow blocked a French-drafted U.N. Security Council resolution on Tuesday.",
			"(ROOT (S (NP (NNP Moscow)) (VP (VBD blocked) (NP (DT a) (JJ French-drafted) (NNP U.N.) (NNP Security) (NNP Council) (NN resolution)) (PP (IN on) (NP (NNP Tuesday)))) (. .)))",
			"Moscow=RUS; a French-drafted U.N. Security Council resolution=FRA"},
		{"a resolution with no drafter is the council's",
			"Brazil praised the Security Council resolution on Tuesday.",
			"(ROOT (S (NP (NNP Brazil)) (VP (VBD praised) (NP (DT the) (NNP Security) (NNP Council) (NN resolution)) (PP (IN on) (NP (NNP Tuesday)))) (. .)))",
			"Brazil=BRA; the Security Council resolution=IGOUNO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2022-06-01"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}
