package coder

import "testing"

// TestMilitaryFacility: a state's bases and depots are its military
// (dyad.agents.txt), as Phoenix's MILITARY_BASE is.
func TestMilitaryFacility(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"an ammunition depot",
			"Ukrainian forces struck a Russian ammunition depot.",
			"(ROOT (S (NP (JJ Ukrainian) (NNS forces)) (VP (VBD struck) (NP (DT a) (JJ Russian) (NN ammunition) (NN depot))) (. .)))",
			"Ukrainian forces=UKRMIL; a Russian ammunition depot=RUSMIL"},
		{"an air base",
			"Israeli jets struck a Syrian air base.",
			"(ROOT (S (NP (JJ Israeli) (NNS jets)) (VP (VBD struck) (NP (DT a) (JJ Syrian) (NN air) (NN base))) (. .)))",
			"Israeli jets=ISR; a Syrian air base=SYRMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2022-07-12"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestMilitantsAreRebels: militants and jihadists are REB (dyad.agents.txt),
// militias stay UAF.
func TestMilitantsAreRebels(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"militants",
			"Indonesian police arrested 14 suspected militants.",
			"(ROOT (S (NP (JJ Indonesian) (NNS police)) (VP (VBD arrested) (NP (CD 14) (JJ suspected) (NNS militants))) (. .)))",
			"Indonesian police=IDNCOP; 14 suspected militants=IDNREB"}, // the police's country: armedobject.go
		{"jihadists",
			"Suspected jihadists attacked an army base.",
			"(ROOT (S (NP (JJ Suspected) (NNS jihadists)) (VP (VBD attacked) (NP (DT an) (NN army) (NN base))) (. .)))",
			"Suspected jihadists=---REB; an army base=---MIL"},
		{"a militia is still unaligned",
			"A militia attacked the village.",
			"(ROOT (S (NP (DT A) (NN militia)) (VP (VBD attacked) (NP (DT the) (NN village))) (. .)))",
			"A militia=---UAF; the village=---CVL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2021-03-06"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}
