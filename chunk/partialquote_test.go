package chunk

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/token"
)

// TestQuotedVerbSubject runs retagQuotedVerb on tagged words: a quote after
// the subject of a reported clause ("said it", "said on Monday it", "added
// Kenya") holds the verb; after the object of a verb that takes a
// complement ("called it", "branded Kenya") it holds the object's
// adjective, in -ed or in -ous alike, and keeps its tags.
func TestQuotedVerbSubject(t *testing.T) {
	for _, c := range []struct{ tagged, want string }{
		{`Kenya/NNP said/VBD it/PRP "/` + "``" + ` firmly/JJ opposes/NNS "/'' the/DT sale/NN`, "RB VBZ"},
		{`Kenya/NNP said/VBD on/IN Monday/NNP it/PRP "/` + "``" + ` deeply/RB regretted/VBN "/'' the/DT move/NN`, "RB VBD"},
		{`Kenya/NNP added/VBD Uganda/NNP "/` + "``" + ` strongly/RB protests/NNS "/'' the/DT move/NN`, "RB VBZ"},
		{`Kenya/NNP called/VBD it/PRP "/` + "``" + ` totally/RB unfounded/JJ "/'' ./.`, "RB JJ"},
		{`Kenya/NNP called/VBD it/PRP "/` + "``" + ` utterly/JJ ridiculous/JJ "/'' ./.`, "JJ JJ"},
		{`Kenya/NNP branded/VBD Uganda/NNP "/` + "``" + ` deeply/RB misguided/JJ "/'' ./.`, "RB JJ"},
	} {
		var toks []token.Token
		open := -1
		for i, wt := range strings.Fields(c.tagged) {
			w, tag, _ := strings.Cut(wt, "/")
			toks = append(toks, token.Token{Word: w, Tag: tag})
			if tag == "``" {
				open = i
			}
		}
		s := state{toks: toks, end: len(toks)}
		s.retagQuotedVerb()
		if got := s.toks[open+1].Tag + " " + s.toks[open+2].Tag; got != c.want {
			t.Errorf("%s: %s, want %s", c.tagged, got, c.want)
		}
	}
}
