package pipeline_test

import "testing"

// TestRoundThirtyOneBackgroundResignation: a resignation under protest
// (nounresign.go) in a clause that puts it a day or more before the story
// ("a day after the president resigned") is background, not the story's
// event; "hours after" keeps it on the story day. Written for the test.
func TestRoundThirtyOneBackgroundResignation(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"story-day resignation under protest", "Bolivian President Evo Morales resigned on Sunday as protesters stormed his residence.", "2019-11-10", "BOLGOV>BOLOPP 0831", ""},
		{"a day after: background", "The army chief said on Monday that elections would be held, a day after Bolivian President Evo Morales resigned as protesters stormed his residence.", "2019-11-11", "", "BOLGOV>BOLOPP 0831"},
		{"weeks after: background", "Congress met on Monday, weeks after Bolivian President Evo Morales resigned amid mass protests.", "2019-12-02", "", "BOLGOV>BOLOPP 0831"},
		{"hours after: the same day, coded", "The army chief spoke on Sunday, hours after Bolivian President Evo Morales resigned as protesters stormed his residence.", "2019-11-10", "BOLGOV>BOLOPP 0831", ""},
	})
}
