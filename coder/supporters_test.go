package coder

import "testing"

// TestSupportersOf: the followers of a figure out of office are the
// country's opposition; of a sitting one, the usual reading.
func TestSupportersOf(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, date, text, tree, want string
	}{
		{"supporters of a former president are the opposition", "2023-01-08",
			"Supporters of former president Jair Bolsonaro stormed Congress.",
			"(ROOT (S (NP (NP (NNS Supporters)) (PP (IN of) (NP (JJ former) (NN president) (NNP Jair) (NNP Bolsonaro)))) (VP (VBD stormed) (NP (NNP Congress))) (. .)))",
			"Supporters of former president Jair Bolsonaro=BRAOPP; Congress=BRALEG"},
		{"supporters of a sitting president are not", "2021-09-07",
			"Supporters of President Jair Bolsonaro stormed Congress.",
			"(ROOT (S (NP (NP (NNS Supporters)) (PP (IN of) (NP (NNP President) (NNP Jair) (NNP Bolsonaro)))) (VP (VBD stormed) (NP (NNP Congress))) (. .)))",
			"Supporters of President Jair Bolsonaro=BRAGOV; Congress=BRALEG"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, tt.date); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}
