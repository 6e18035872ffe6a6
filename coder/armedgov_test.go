package coder

import "testing"

// TestArmedGroupNoGovernment: a GOV agent after a non-state armed group
// ("the Houthi authorities", "Taliban officials") names the group itself,
// not a government inside it; after a state it stays the state's GOV.
func TestArmedGroupNoGovernment(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, date, want string
	}{
		{"a rebel movement's authorities are the movement",
			"The Houthi authorities detained two aid workers.",
			"(ROOT (S (NP (DT The) (NNP Houthi) (NNS authorities)) (VP (VBD detained) (NP (CD two) (NN aid) (NNS workers))) (. .)))",
			"2024-06-01",
			"The Houthi authorities=YEMREB; two aid workers=NGO"},
		{"an insurgency's officials are the insurgency",
			"Taliban officials met Pakistani officials in Kabul.",
			"(ROOT (S (NP (NNP Taliban) (NNS officials)) (VP (VBD met) (NP (NNP Pakistani) (NNS officials)) (PP (IN in) (NP (NNP Kabul)))) (. .)))",
			"2019-06-01",
			"Taliban officials=AFGREB; Pakistani officials=PAKGOV; Kabul=AFG"},
		{"a state's authorities stay its government",
			"The Iraqi authorities detained two aid workers.",
			"(ROOT (S (NP (DT The) (NNP Iraqi) (NNS authorities)) (VP (VBD detained) (NP (CD two) (NN aid) (NNS workers))) (. .)))",
			"2024-06-01",
			"The Iraqi authorities=IRQGOV; two aid workers=NGO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, tt.date); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestBodyTroopsAreTheBody: an international body's troops, warships and
// peacekeepers are the body ("NATO troops" IGOWSTNAT, as the news sets code
// U.N. and A.U. contingents), while a state's troops stay its military.
func TestBodyTroopsAreTheBody(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	tests := []struct {
		name, text, tree, want string
	}{
		{"an alliance's troops are the alliance",
			"NATO troops attacked the rebels.",
			"(ROOT (S (NP (NNP NATO) (NNS troops)) (VP (VBD attacked) (NP (DT the) (NNS rebels))) (. .)))",
			"NATO troops=IGOWSTNAT; the rebels=---REB"},
		{"a state's troops stay its military",
			"Kenyan troops attacked the rebels.",
			"(ROOT (S (NP (NNP Kenyan) (NNS troops)) (VP (VBD attacked) (NP (DT the) (NNS rebels))) (. .)))",
			"Kenyan troops=KENMIL; the rebels=KENREB"}, // the troops' country: armedobject.go
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, "2022-06-01"); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}
