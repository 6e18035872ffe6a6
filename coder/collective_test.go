package coder

import "testing"

// TestCollectiveHead: a mob, crowd or group of people takes its members'
// role; a mob alone stays civilians.
func TestCollectiveHead(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"a mob of workers in a city is the city's labour",
			"A mob of factory workers in the Pakistani city of Sialkot beat a manager.",
			"(ROOT (S (NP (NP (NP (DT A) (NN mob)) (PP (IN of) (NP (NN factory) (NNS workers)))) (PP (IN in) (NP (NP (DT the) (NNP Pakistani) (NN city)) (PP (IN of) (NP (NNP Sialkot)))))) (VP (VBD beat) (NP (DT a) (NN manager))) (. .)))",
			"A mob of factory workers in the Pakistani city of Sialkot=PAKLAB; a manager=---BUS"},
		{"a crowd of students",
			"A crowd of students attacked the office.",
			"(ROOT (S (NP (NP (DT A) (NN crowd)) (PP (IN of) (NP (NNS students)))) (VP (VBD attacked) (NP (DT the) (NN office))) (. .)))",
			"A crowd of students=---EDU"},
		{"a mob alone is civilians",
			"A mob attacked the office.",
			"(ROOT (S (NP (DT A) (NN mob)) (VP (VBD attacked) (NP (DT the) (NN office))) (. .)))",
			"A mob=---CVL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2021-12-03"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}
