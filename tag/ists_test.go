package tag

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/token"
)

// TestOpeningIsts checks that an unknown capitalised "-ists" word opening a
// sentence is a plural noun, not a name, while other unknown capitalised
// words there stay names.
func TestOpeningIsts(t *testing.T) {
	tests := []struct {
		sentence, word, want string
	}{
		{"Separatists attacked Ukrainian soldiers in Donetsk .", "Separatists", "NNS"},
		{"Jihadists killed 17 soldiers .", "Jihadists", "NNS"},
		{"Osgiliath attacked Gondor .", "Osgiliath", "NNP"},
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
