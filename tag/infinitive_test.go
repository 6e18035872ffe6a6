package tag

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/token"
)

// TestSecondInfinitive checks the word after a conjunction that follows an
// infinitive (infinitiveBefore): a verb there is the second infinitive with
// its "to" left out, a noun stays a noun.
func TestSecondInfinitive(t *testing.T) {
	tests := []struct {
		sentence, word, want string
	}{
		{"The prime minister appealed to protesters to end their blockade of the city and join talks on reform .", "join", "VB"},
		{"The ministers met to discuss trade and security issues .", "security", "NN"},
		{"Japan and India agreed to boost trade and investment ties .", "investment", "NN"},
		{"The talks and security issues dominated the meeting .", "security", "NN"},
	}
	tg := New(Default())
	for _, tt := range tests {
		var toks []token.Token
		for _, w := range strings.Fields(tt.sentence) {
			toks = append(toks, token.Token{Word: w})
		}
		tg.Tag(toks)
		for _, tk := range toks {
			if tk.Word == tt.word && tk.Tag != tt.want {
				t.Errorf("%q: %s/%s, want %s", tt.sentence, tk.Word, tk.Tag, tt.want)
			}
		}
	}
}
