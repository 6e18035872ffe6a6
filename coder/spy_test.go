package coder

import "testing"

// TestSpyNotMil: an intelligence service is SPY whichever branch runs it.
func TestSpyNotMil(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"military intelligence is the state's SPY",
			"India accused Pakistan's military intelligence of helping militants.",
			"(ROOT (S (NP (NNP India)) (VP (VBD accused) (NP (NP (NP (NNP Pakistan) (POS 's)) (JJ military) (NN intelligence)) (PP (IN of) (S (VP (VBG helping) (NP (NNS militants))))))) (. .)))",
			"India=IND; Pakistan 's military intelligence=PAKSPY; militants=---REB"},
		{"the army alone stays MIL",
			"India accused Pakistan's army of helping militants.",
			"(ROOT (S (NP (NNP India)) (VP (VBD accused) (NP (NP (NP (NNP Pakistan) (POS 's)) (NN army)) (PP (IN of) (S (VP (VBG helping) (NP (NNS militants))))))) (. .)))",
			"India=IND; Pakistan 's army=PAKMIL; militants=---REB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2017-06-01"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
	for in, want := range map[string]string{"PAKMILSPY": "PAKSPY", "MILSPY": "SPY", "USAMIL": "USAMIL", "IRNGOVSPY": "IRNGOVSPY"} {
		if got := spyNotMil(in); got != want {
			t.Errorf("spyNotMil(%s) = %s, want %s", in, got, want)
		}
	}
}

// TestInvestigators: a state's investigators are its police; an
// international body's are the body itself.
func TestInvestigators(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"a state's investigators",
			"South Korean investigators arrested the president.",
			"(ROOT (S (NP (JJ South) (JJ Korean) (NNS investigators)) (VP (VBD arrested) (NP (DT the) (NN president))) (. .)))",
			"South Korean investigators=KORCOP; the president=KORGOV"},
		{"the U.N.'s investigators",
			"U.N. investigators accused Syria of war crimes.",
			"(ROOT (S (NP (NNP U.N.) (NNS investigators)) (VP (VBD accused) (NP (NP (NNP Syria)) (PP (IN of) (NP (NN war) (NNS crimes))))) (. .)))",
			"U.N. investigators=IGOUNO; Syria=SYR"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2025-01-15"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestRefugeeNotCivilian: civilian refugees are REF.
func TestRefugeeNotCivilian(t *testing.T) {
	for in, want := range map[string]string{"LKACVLREF": "LKAREF", "---CVLREF": "---REF", "LKACVL": "LKACVL", "SYRREF": "SYRREF", "CVLREF": "CVLREF"} {
		if got := refugeeNotCivilian(in); got != want {
			t.Errorf("refugeeNotCivilian(%s) = %s, want %s", in, got, want)
		}
	}
}
