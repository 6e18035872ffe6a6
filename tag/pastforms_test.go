package tag

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/token"
)

// TestIrregularPast checks that simple-past forms the model hardly knows
// are verbs.
func TestIrregularPast(t *testing.T) {
	tests := []struct {
		sentence, word, want string
	}{
		{"A suicide bombing tore through a peace rally in Ankara .", "tore", "VBD"},
		{"The blast tore through a crowded market .", "tore", "VBD"},
		{"Two suicide bombings tore through a rally .", "tore", "VBD"},
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
