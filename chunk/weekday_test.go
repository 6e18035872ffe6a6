package chunk

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/token"
)

// TestPastAfterWeekday runs the retag on tagged words: the -ed adjective
// after "on <weekday>" becomes the subject's verb in wire copy's "X on
// Monday imposed sanctions", and stays where a finite verb came first, no
// noun precedes the day, or no object follows.
func TestPastAfterWeekday(t *testing.T) {
	for _, c := range []struct{ tagged, want string }{
		{"The/DT Union/NNP on/IN Monday/NNP imposed/JJ sanctions/NNS", "VBD"},
		{"The/DT Treasury/NNP on/IN Friday/NNP imposed/JJ new/JJ sanctions/NNS", "VBD"},
		{"Ministers/NNS said/VBD the/DT ban/NN on/IN Monday/NNP imposed/JJ sanctions/NNS", "JJ"},
		{"It/PRP on/IN Monday/NNP imposed/JJ sanctions/NNS", "JJ"},
		{"The/DT curfew/NN on/IN Monday/NNP imposed/JJ by/IN the/DT army/NN", "JJ"},
		{"The/DT talks/NNS on/IN Monday/NNP well-prepared/JJ months/NNS", "JJ"},
	} {
		var toks []token.Token
		k := -1
		for i, wt := range strings.Fields(c.tagged) {
			w, tag, _ := strings.Cut(wt, "/")
			toks = append(toks, token.Token{Word: w, Tag: tag})
			if strings.HasSuffix(w, "ed") && tag == "JJ" {
				k = i
			}
		}
		s := state{toks: toks, end: len(toks)}
		s.retagPastAfterWeekday()
		if got := s.toks[k].Tag; got != c.want {
			t.Errorf("%s: %s, want %s", c.tagged, got, c.want)
		}
	}
	// Through the tagger and parser, the wire sentence gets its verb.
	p := New(nil)
	p.Parse("", dyad.Sentence{Text: "The European Union on Monday imposed sanctions on Iran."})
	for _, tk := range p.Tokens() {
		if tk.Word == "imposed" && tk.Tag != "VBD" {
			t.Errorf("parsed: imposed/%s, want VBD", tk.Tag)
		}
	}
}
