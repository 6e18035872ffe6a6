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

// TestRoundThirtyOneFormerPossessorOrgan: the organ a named person's
// possessive names is the government that person headed (possorgan.go),
// even when a former title stands before the name; the former title makes
// the person ELI, not the organ. A former title after the possessive
// ("Peru's former foreign minister") is still the country's elite, and
// the former president alone is too. Written for the test.
func TestRoundThirtyOneFormerPossessorOrgan(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"former president's government", "The students criticised former President Alan Garcia's government.", "2015-03-02", "PEREDU>PERGOV 111", "PEREDU>PERELI 111"},
		{"former president alone", "The students criticised former President Alan Garcia.", "2015-03-02", "PEREDU>PERELI 111", "PEREDU>PERGOV 111"},
		{"former title after the possessive", "The students criticised Peru's former foreign minister.", "2015-03-02", "PEREDU>PERELI 111", "PEREDU>PERGOV 111"},
	})
}
