package coder

import "testing"

// TestTheState: a definite state role with no country is the state of a
// sentence that names one country only.
func TestTheState(t *testing.T) {
	opt := DefaultOptions()
	opt.KeepMainVerb = true
	c := New(newsDicts(t), opt)
	tests := []struct {
		name, text, tree, want string
	}{
		{"one country named: the government is its",
			"German farmers protested against the government.",
			"(ROOT (S (NP (JJ German) (NNS farmers)) (VP (VBD protested) (PP (IN against) (NP (DT the) (NN government)))) (. .)))",
			"German farmers=DEUAGR; the government=DEUGOV"},
		{"two countries named: whose army is not said",
			"Israel accused Hamas of attacking the army.",
			"(ROOT (S (NP (NNP Israel)) (VP (VBD accused) (NP (NP (NNP Hamas)) (PP (IN of) (S (VP (VBG attacking) (NP (DT the) (NN army))))))) (. .)))",
			"Israel=ISR; Hamas=PSEREBHMS; the army=---MIL"},
		{"an indefinite one too",
			"German farmers criticized a government spokesman.",
			"(ROOT (S (NP (JJ German) (NNS farmers)) (VP (VBD criticized) (NP (DT a) (NN government) (NN spokesman))) (. .)))",
			"German farmers=DEUAGR; a government spokesman=DEUGOV"},
		{"the state's dissenters are of it",
			"Iranian security forces fired at protesters.",
			"(ROOT (S (NP (JJ Iranian) (NN security) (NNS forces)) (VP (VBD fired) (PP (IN at) (NP (NNS protesters)))) (. .)))",
			"Iranian security forces=IRNCOP; protesters=IRNOPP"},
		// Armed groups get a country from the state's own troops or
		// police only (armedobject.go), not from its government.
		{"armed groups are not given it",
			"Israeli officials condemned militants.",
			"(ROOT (S (NP (JJ Israeli) (NNS officials)) (VP (VBD condemned) (NP (NNS militants))) (. .)))",
			"Israeli officials=ISRGOV; militants=---REB"},
		{"in a compound, each conjunct on its own",
			"Iranian officials criticized protesters and militants.",
			"(ROOT (S (NP (JJ Iranian) (NNS officials)) (VP (VBD criticized) (NP (NNS protesters) (CC and) (NNS militants))) (. .)))",
			"Iranian officials=IRNGOV; protesters and militants=IRNOPP ---REB"},
		{"the UN says nothing of whose protesters",
			"The U.N. urged Iranian police to free the protesters.",
			"(ROOT (S (NP (DT The) (NNP U.N.)) (VP (VBD urged) (NP (JJ Iranian) (NN police)) (S (VP (TO to) (VP (VB free) (NP (DT the) (NNS protesters)))))) (. .)))",
			"The U.N.=IGOUNO; Iranian police=IRNCOP; the protesters=IRNOPP"},
		{"a possessive says whose forces",
			"The U.N. withdrew its forces from Iraq.",
			"(ROOT (S (NP (DT The) (NNP U.N.)) (VP (VBD withdrew) (NP (PRP$ its) (NNS forces)) (PP (IN from) (NP (NNP Iraq)))) (. .)))",
			"The U.N.=IGOUNO; its forces=---MIL; Iraq=IRQ"},
		{"a phrase of several such roles",
			"Iranian judges criticized student protesters.",
			"(ROOT (S (NP (JJ Iranian) (NNS judges)) (VP (VBD criticized) (NP (NN student) (NNS protesters))) (. .)))",
			"Iranian judges=IRNJUD; student protesters=IRNOPPEDU"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2024-01-08"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestSoleSubState: when the sentence's one country is named through a
// dated sub-state (Serbia in Serbia and Montenegro), a role with no country
// takes the sub-state, not the union.
func TestSoleSubState(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	const (
		text = "Workers criticised the Serbian prime minister."
		tree = "(ROOT (S (NP (NNS Workers)) (VP (VBD criticised) (NP (DT the) (NNP Serbian) (JJ prime) (NN minister))) (. .)))"
	)
	for date, want := range map[string]string{
		"2004-06-15": "Workers=SCGSRBLAB; the Serbian prime minister=SCGSRBGOV",
		"2015-06-15": "Workers=SRBLAB; the Serbian prime minister=SRBGOV",
	} {
		if got := mentions(t, c, text, tree, date); got != want {
			t.Errorf("%s: got %s, want %s", date, got, want)
		}
	}
}
