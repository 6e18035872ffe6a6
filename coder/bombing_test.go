package coder

import "testing"

// TestUnclaimedBombings: a bomb, blast or bomber of no named group set in one
// country is a bombing (183, 1831-1833) with the place as source and the
// people it names, or the place's civilians, as target; a bomb that is only
// found, or places in two countries, give nothing, and without
// ImpliedTargets (PETRARCH's records) the rule is off.
func TestUnclaimedBombings(t *testing.T) {
	tests := []struct {
		name    string
		s       sentence
		implied bool
		want    string
	}{
		{"a bomb in a city kills people: the place's civilians",
			sentence{"A bomb exploded in a market in Mogadishu on Monday, killing eight people.",
				"(ROOT (S (NP (DT A) (NN bomb)) (VP (VBD exploded) (PP (IN in) (NP (DT a) (NN market))) (PP (IN in) (NP (NNP Mogadishu))) (PP (IN on) (NP (NNP Monday))) (, ,) (S (VP (VBG killing) (NP (CD eight) (NNS people))))) (. .)))"},
			true, "SOM>SOMCVL 183"},
		{"a car bomb wounds police: the place's police",
			sentence{"A car bomb exploded near a police station in Kirkuk, wounding six policemen.",
				"(ROOT (S (NP (DT A) (NN car) (NN bomb)) (VP (VBD exploded) (PP (IN near) (NP (DT a) (NN police) (NN station))) (PP (IN in) (NP (NNP Kirkuk))) (, ,) (S (VP (VBG wounding) (NP (CD six) (NNS policemen))))) (. .)))"},
			true, "IRQ>IRQCOP 1832"},
		{"a bomb that goes off with no victims named",
			sentence{"A bomb went off in a bus station in Nairobi.",
				"(ROOT (S (NP (DT A) (NN bomb)) (VP (VBD went) (PRT (RP off)) (PP (IN in) (NP (DT a) (NN bus) (NN station))) (PP (IN in) (NP (NNP Nairobi)))) (. .)))"},
			true, "KEN>KENCVL 183"},
		{"a bomb found is no bombing",
			sentence{"The bomb was found in Mogadishu.",
				"(ROOT (S (NP (DT The) (NN bomb)) (VP (VBD was) (VP (VBN found) (PP (IN in) (NP (NNP Mogadishu))))) (. .)))"},
			true, ""},
		{"off without implied actors",
			sentence{"A bomb went off in a bus station in Nairobi.",
				"(ROOT (S (NP (DT A) (NN bomb)) (VP (VBD went) (PRT (RP off)) (PP (IN in) (NP (DT a) (NN bus) (NN station))) (PP (IN in) (NP (NNP Nairobi)))) (. .)))"},
			false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := DefaultOptions() // the pipeline's news options
			opt.KeepMainVerb, opt.SubCodes, opt.ReportedActs, opt.LinkedEvents = true, true, true, true
			opt.ImpliedTargets = tt.implied
			c := New(newsDicts(t), opt)
			if got := triples(codeDoc(t, c, "2015-03-03", true, tt.s)); got != tt.want {
				t.Errorf("%s: got %q, want %q", tt.s.text, got, tt.want)
			}
		})
	}
}
