package tag

import "testing"

// TestAdverbBeforeVerb checks that an -ly adverb before a finite verb is
// RB, and that nouns and verbs in -ly keep their tags.
func TestAdverbBeforeVerb(t *testing.T) {
	checkWordTags(t, []wordTag{
		{"North Korean soldiers briefly crossed the border on Tuesday .", "briefly", "RB"},
		{"Police briefly detained the opposition leader in Minsk .", "briefly", "RB"},
		{"Protesters briefly occupied the parliament building in Colombo .", "briefly", "RB"},
		{"The national assembly voted to impeach the president .", "assembly", "NN"},
		{"The rally ended peacefully .", "rally", "NN"},
	})
}
