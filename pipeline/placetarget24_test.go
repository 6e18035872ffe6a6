package pipeline_test

import "testing"

// TestRoundTwentyFourPlaceTarget codes, through the whole pipeline, attacks
// on places the actor dictionaries do not know but the gazetteer does: the
// place gives its country as the target only as the attacked object (the
// direct object, after "on"/"at", "the outskirts/centre of"), never as a
// location after "in"/"near", never as a source, never the source's own
// country (coder/gazplace.go).
func TestRoundTwentyFourPlaceTarget(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Russian forces shelled Chernihiv.", "RUSMIL>UKR 190"},
		{"Ukrainian drones struck Taganrog overnight.", "UKR>RUS 195"},
		{"Russian troops attacked the outskirts of Sumy.", "RUSMIL>UKR 190"},
		{"Russian forces fired rockets at Sumy on Friday.", "RUSMIL>UKR 194"},
		{"Russian jets bombed the centre of Chernihiv.", "RUS>UKR 195"},
		// The place comes before a mention further on that is the
		// source itself, whose event would be dropped.
		{"Russian artillery pounded the outskirts of Sumy overnight, a day after Moscow offered a truce.", "RUSMIL>UKR 194"},
		// Named victims are the target; the place is where they died.
		{"Russian soldiers killed five civilians in Chernihiv.", "RUSMIL>RUSCVL 190"},
		// A place after "near" or "from" is no target.
		{"Russian troops fought near Sumy.", ""},
		{"Russian forces fired rockets from Sumy.", ""},
		// A state's forces in one of its own towns do not attack the state.
		{"Russian forces shelled Taganrog.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, "2024-03-01")); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
