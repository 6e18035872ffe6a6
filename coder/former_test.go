package coder

import "testing"

// TestFormerTitle: a title the text calls former makes a state office
// holder one of the country's elites, whatever the dictionary's term says.
func TestFormerTitle(t *testing.T) {
	opt := DefaultOptions()
	opt.KeepMainVerb = true
	c := New(newsDicts(t), opt)
	tests := []struct {
		name, date, text, tree, want string
	}{
		{"former before the title", "2019-04-10",
			"Prosecutors accused former President Alan Garcia of corruption.",
			"(ROOT (S (NP (NNS Prosecutors)) (VP (VBD accused) (NP (NP (JJ former) (NNP President) (NNP Alan) (NNP Garcia)) (PP (IN of) (NP (NN corruption))))) (. .)))",
			"Prosecutors=PERJUD; former President Alan Garcia=PERELI"},
		{"the same title without former keeps the dictionary's term", "2008-04-10",
			"Prosecutors accused President Alan Garcia of corruption.",
			"(ROOT (S (NP (NNS Prosecutors)) (VP (VBD accused) (NP (NP (NNP President) (NNP Alan) (NNP Garcia)) (PP (IN of) (NP (NN corruption))))) (. .)))",
			"Prosecutors=PERJUD; President Alan Garcia=PERGOV"},
		{"a hyphenated ex- title; the sitting president beside him stays", "2008-04-10",
			"Ex-president Alan Garcia met Chilean President Michelle Bachelet.",
			"(ROOT (S (NP (JJ Ex-president) (NNP Alan) (NNP Garcia)) (VP (VBD met) (NP (NNP Chilean) (NNP President) (NNP Michelle) (NNP Bachelet))) (. .)))",
			"Ex-president Alan Garcia=PERELI; Chilean President Michelle Bachelet=CHLGOV"},
		{"a country word after former is not the title", "2008-04-10",
			"Peru's former president Alan Garcia criticized the army.",
			"(ROOT (S (NP (NP (NNP Peru) (POS 's)) (JJ former) (NN president) (NNP Alan) (NNP Garcia)) (VP (VBD criticized) (NP (DT the) (NN army))) (. .)))",
			"Peru 's former president Alan Garcia=PERELI; the army=PERMIL"},
		{"a former title with no name", "2008-04-10",
			"Peru's former foreign minister criticized the army.",
			"(ROOT (S (NP (NP (NNP Peru) (POS 's)) (JJ former) (JJ foreign) (NN minister)) (VP (VBD criticized) (NP (DT the) (NN army))) (. .)))",
			"Peru 's former foreign minister=PERELI; the army=PERMIL"},
		{"a nationality between former and the title", "2023-03-01",
			"Police arrested former Georgian president Mikheil Saakashvili.",
			"(ROOT (S (NP (NNP Police)) (VP (VBD arrested) (NP (JJ former) (NNP Georgian) (NN president) (NNP Mikheil) (NNP Saakashvili))) (. .)))",
			"Police=GEOCOP; former Georgian president Mikheil Saakashvili=GEOELI"},
		{"former soldiers are not elites", "2008-04-10",
			"Former Peruvian soldiers criticized the army.",
			"(ROOT (S (NP (JJ Former) (JJ Peruvian) (NNS soldiers)) (VP (VBD criticized) (NP (DT the) (NN army))) (. .)))",
			"Former Peruvian soldiers=PERMIL; the army=PERMIL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, tt.date); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestFormerCode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"PERGOV", "PERELI"}, {"KENLEG", "KENELI"}, {"ISRMIL", "ISRELI"},
		{"PSEREBHMS", "PSEREBHMS"}, {"IGOUNO", "IGOUNO"}, {"USAOPP", "USAOPP"}, {"PER", "PER"},
	}
	for _, tt := range tests {
		if got, _ := formerCode(tt.in); got != tt.want {
			t.Errorf("formerCode(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
