package pipeline_test

import "testing"

// TestBugs31AdverbBeforeJoinedVerb: RECOGNISE's "- $_*_+ [054]" (a state
// recognising a state, dict/data/dyad.errata.verbs.txt) joins the source to
// the verb, so an adverb of the verb's own between them ("formally
// recognised") left the block's default 051. missed31 put the loss on the
// compound subject; a single subject with the adverb loses it too, and a
// compound one without it keeps 054. The adverb is read past
// (coder/verbs.go adverbsBefore); a negation is not, and other blocks'
// verbs keep their own codes.
func TestBugs31AdverbBeforeJoinedVerb(t *testing.T) {
	checkRuleCodes(t, "2024-03-12", []struct{ text, want string }{
		{"Uruguay officially recognised Palestine on Tuesday.", "URY>PSE 054"},
		{"Ghana, Kenya and Nigeria formally recognised Palestine.", "GHA>PSE 054; KEN>PSE 054; NGA>PSE 054"},
		// Must not change: a negated recognition is none, and praise is 051.
		{"Uruguay never formally recognised Palestine.", ""},
		{"Chile warmly praised Peru on Monday.", "CHL>PER 051"},
	})
}

// TestBugs31StateBodyName: a state's own body whose name another actor's
// entry also holds (the U.S. "National Security Council", the U.N.'s
// "Security Council") is the state's organ when it heads the phrase and an
// agent phrase covers its words (coder/actors.go codeFlat): roles31's "Iran's
// Supreme National Security Council" was the bare IRN. The names alone,
// and a body's name before another head noun (a drafted resolution), keep
// their own actors.
func TestBugs31StateBodyName(t *testing.T) {
	checkRuleCodes(t, "2024-03-12", []struct{ text, want string }{
		{"Pakistan's National Security Council warned India on Sunday.", "PAKGOV>IND 130"},
		{"The Turkish National Security Council criticised Greece.", "TURGOV>GRC 111"},
		// Must not change: the U.N. body and the U.S. one by their names.
		{"The Security Council condemned Iran on Friday.", "IGOUNO>IRN 111"},
		{"The National Security Council criticised China.", "USAGOV>CHN 111"},
		{"France backed a Japanese-sponsored Security Council resolution.", "FRA>JPN 032"},
	})
}
