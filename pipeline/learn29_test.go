package pipeline_test

import "testing"

// TestRoundTwentyNineRelabeller pins what the relabeller trained on all 28
// read dev halves does with protest marches (docs/notes/learn.md, round
// twenty-nine). The read sets code a march with no demand in the sentence
// 141, even where the story makes the demand known (testdata/news/README.md,
// fresh26's adjudication, aj-002), and a stated demand by its sub-code.
// Every training march of the MARCH pattern that the coder left at 141
// was refined to 1411 in the gold, so before training contrasted
// sub-codes with the same code's other patterns the model refined every
// such march.
func TestRoundTwentyNineRelabeller(t *testing.T) {
	checkCodes(t, "2024-03-01", []struct{ text, want string }{
		{"Hundreds of Kenyan protesters marched on parliament in Nairobi on Tuesday.", "KENOPP>KENGOV 141"},
		{"Thousands of Peruvian protesters marched on the presidential palace in Lima on Saturday.", "PEROPP>PERGOV 141"},
		{"Thousands of Peruvian protesters marched on the presidential palace in Lima on Saturday, demanding the president's resignation.", "PEROPP>PERGOV 1411"},
	})
}
