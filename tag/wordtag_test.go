package tag

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/token"
)

// wordTag is a sentence (tokens separated by spaces), one of its words and
// the tag that word should get wherever it stands.
type wordTag struct{ sentence, word, want string }

// tagFields tags the space-separated tokens of a sentence.
func tagFields(tg *Tagger, sentence string) []token.Token {
	var toks []token.Token
	for _, w := range strings.Fields(sentence) {
		toks = append(toks, token.Token{Word: w})
	}
	tg.Tag(toks)
	return toks
}

// checkWordTags tags each sentence with the default model and checks the
// tag of every occurrence of its word.
func checkWordTags(t *testing.T, tests []wordTag) {
	t.Helper()
	tg := New(Default())
	for _, tt := range tests {
		found := false
		for _, tk := range tagFields(tg, tt.sentence) {
			if tk.Word != tt.word {
				continue
			}
			found = true
			if tk.Tag != tt.want {
				t.Errorf("%q: %s/%s, want %s", tt.sentence, tk.Word, tk.Tag, tt.want)
			}
		}
		if !found {
			t.Errorf("%q: no word %q to check", tt.sentence, tt.word)
		}
	}
}
