package tag

import (
	"testing"

	"github.com/dyadproject/dyad/token"
)

// TestOpeningFunctionWord checks that a function word capitalised only
// because it opens the sentence or a quotation keeps its class, while names
// and months that share a modal's spelling are left to the model.
func TestOpeningFunctionWord(t *testing.T) {
	tg := New(nil)
	tests := []struct {
		text string
		word string
		want string
	}{
		{"Amid stalled nuclear talks with the P5+1, a delegation landed in Iran.", "Amid", "IN"},
		{`He said: "Amid stalled talks, we wait."`, "Amid", "IN"},
		{"Amid the fighting, aid stalled.", "Amid", "IN"},
		{"May 3 was a Monday.", "May", "NNP"},
	}
	for _, tt := range tests {
		toks := token.Append(nil, tt.text, 0)
		tg.Tag(toks)
		got := ""
		for _, tk := range toks {
			if tk.Word == tt.word {
				got = tk.Tag
				break
			}
		}
		if got != tt.want {
			t.Errorf("%q: %s tagged %q, want %q", tt.text, tt.word, got, tt.want)
		}
	}
}
