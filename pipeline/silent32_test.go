package pipeline_test

import "testing"

// TestRoundThirtyTwoPeopleCrowds: a crowd counted by a crowd word and named
// only as people, women or men ("tens of thousands of people", "dozens of
// women") is the people of the place it gathers in, as a plural demonym is
// ("tens of thousands of Malians"), so its protest against its own state is
// the opposition's (coder/placecountry.go peopleCrowd, coder/crowdopp.go).
// Before, the crowd had no country and the sentence gave nothing.
func TestRoundThirtyTwoPeopleCrowds(t *testing.T) {
	checkRuleCodes(t, "2021-03-12", []struct{ text, want string }{
		{"Tens of thousands of people marched through Nairobi on Saturday to demand the president's resignation.", "KENOPP>KENGOV 1411"},
		{"Dozens of women rallied in the Afghan city of Kandahar on Monday to demand the right to work.", "AFGOPP>AFGGOV 1413"},
		{"Hundreds of men protested in Lusaka on Friday against the government's fuel price rise.", "ZMBOPP>ZMBGOV 1412"},
		// Must not fire: a crowd counted by a number, not a crowd word, and a
		// crowd that is the object of the act, not its subject, stay as they
		// were; a crowd with no place named has no country to take.
		{"About 300 people marched through Nairobi on Saturday to demand the president's resignation.", ""},
		{"Kenyan police dispersed hundreds of people in Nairobi on Saturday.", "KENCOP>KEN 175"},
		{"Tens of thousands of people marched on Saturday to demand the president's resignation.", ""},
	})
}
