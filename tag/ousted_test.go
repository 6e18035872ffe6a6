package tag

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/token"
)

// TestAttributiveOusted checks that "ousted" and its kind before a title
// modify it, and stay the verb after a subject or an auxiliary.
func TestAttributiveOusted(t *testing.T) {
	tests := []struct {
		sentence, word, want string
	}{
		{"Chile offered refuge to ousted Bolivian President Carlos Mesa .", "ousted", "JJ"},
		{"The rebels vowed to restore deposed King Malik .", "deposed", "JJ"},
		{"Ousted president Ana Ruiz fled to Spain .", "Ousted", "JJ"},
		{"Supporters of toppled leader Omar Diallo marched .", "toppled", "JJ"},
		{"The army has ousted President Omar Diallo .", "ousted", "VBN"},
		{"Soldiers ousted President Omar Diallo on Monday .", "ousted", "VBD"},
		{"The generals seized power and ousted President Omar Diallo .", "ousted", "VBD"},
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
