package tag

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/token"
)

// TestNameParticle checks the lower-case particles inside a person's name
// (nameParticle) and that the same words outside a name keep the model's tag.
func TestNameParticle(t *testing.T) {
	tests := []struct {
		sentence, word, want string
	}{
		{"President Luiz Inacio Lula da Silva met the Chinese leader .", "da", "NNP"},
		{"Former president Fernando Henrique Cardoso da Costa spoke .", "da", "NNP"},
		{"European Commission President Ursula von der Leyen arrived in Kyiv .", "der", "NNP"},
		{"Crown Prince Mohammed bin Salman met Biden .", "bin", "NNP"},
		{"The minister said de facto rule would end .", "de", "FW"},
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
