package pipeline_test

import "testing"

// TestRoundTwentyEightNamedCall codes, through the whole pipeline, sentences
// written for round twenty-eight's rule (coder/callednamed.go): CALL with an
// object followed at once by a name, a quotation or an adjective names the
// object, a verbal judgement one way from the speaker (111, or 051 when the
// name praises), not a telephone call both ways (041:041). The call to a
// person with no name after it stays a call. Each of the first four rows
// fails without namedCall (two 041 events each).
func TestRoundTwentyEightNamedCall(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{`Kenya's foreign minister called the Ugandan troop deployment "a reckless provocation" on Monday.`, "KENGOV>UGAMIL 111"},
		{`Kenya's foreign ministry on Tuesday called the Ugandan ban "unjustified and hostile".`, "KENGOV>UGA 111"},
		{"Kenyan President William Ruto called the Ugandan plan absurd.", "KENGOV>UGA 111"},
		{`The Kenyan president called the Ugandan election "a historic step for the region" on Monday.`, "KENGOV>UGA 051"},
		// No name after the object: a call, both ways.
		{"Kenya's president called Uganda's president on Monday to discuss the border dispute.", "KENGOV>UGAGOV 041; UGAGOV>KENGOV 041"},
	}
	checkCodes(t, "2020-06-01", tests)
}
