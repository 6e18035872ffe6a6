package tag

import "testing"

// TestSecondInfinitive checks the word after a conjunction that follows an
// infinitive (infinitiveBefore): a verb there is the second infinitive with
// its "to" left out, a noun stays a noun.
func TestSecondInfinitive(t *testing.T) {
	tests := []wordTag{
		{"The prime minister appealed to protesters to end their blockade of the city and join talks on reform .", "join", "VB"},
		{"The ministers met to discuss trade and security issues .", "security", "NN"},
		{"Japan and India agreed to boost trade and investment ties .", "investment", "NN"},
		{"The talks and security issues dominated the meeting .", "security", "NN"},
	}
	checkWordTags(t, tests)
}
