package tag

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/token"
)

// TestNameAfterTo checks that a capitalised word after a lower-case "to" is
// a name, and a title-case headline keeps its verbs.
func TestNameAfterTo(t *testing.T) {
	tests := []struct {
		sentence, word, want string
	}{
		{"Norway cut oil supplies to Latvia on Friday .", "Latvia", "NNP"},
		{"Russia cut gas supplies to Ukraine on Thursday .", "Ukraine", "NNP"},
		{"Germany will send a system to Ukraine in response .", "Ukraine", "NNP"},
		{"Canada Plans To Send Troops To Latvia", "Send", "VB"},
		{"Norway wants to send troops .", "send", "VB"},
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
