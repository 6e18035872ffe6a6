package chunk

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/token"
)

// tagged reads "word/TAG word/TAG ..." into tokens.
func tagged(s string) []token.Token {
	var toks []token.Token
	for _, wt := range strings.Fields(s) {
		w, tag, _ := strings.Cut(wt, "/")
		toks = append(toks, token.Token{Word: w, Tag: tag})
	}
	return toks
}

// TestHeadlineVerb runs the repair's candidate search on tagged words: the
// -s word after a headline's opening name becomes its verb before a number,
// adjective, determiner or name, and nothing is chosen where no name opens
// the sentence, the word does not end like a verb, or a noun follows.
func TestHeadlineVerb(t *testing.T) {
	for _, c := range []struct {
		tagged string
		want   int // index of the verb, or -1
	}{
		{"Norway/NNP recalls/NNS 3/CD envoys/NNS", 1},
		{"Chile/NNP 's/POS president/NN", -1},
		{"Ghana/NNP 's/POS Mahama/NNP names/NNS new/JJ cabinet/NN", 3},
		{"Maldives/NNS deports/NNS two/CD reporters/NNS", 1},
		{"BRAZIL/NNP BACKS/NNS UN/NNP PLAN/NNP", 1},
		{"Peru/NNP protests/NNS the/DT ruling/NN", 1},
		{"Peru/NNP census/NNS 2020/CD results/NNS", -1},
		{"Peru/NNP talks/NNS deadline/NN", -1},
		{"the/DT talks/NNS in/IN Lima/NNP", -1},
		{"Fiji/NNP ask/NN two/CD envoys/NNS", -1},
		{"Chadian/NNP rebels/NNS attacked/JJ army/NN troops/NNS", -1},
	} {
		toks := tagged(c.tagged)
		s := state{toks: toks, end: len(toks)}
		j, tag := s.headlineVerb(0)
		if j != c.want || j >= 0 && tag != "VBZ" {
			t.Errorf("%s: %d %s, want %d VBZ", c.tagged, j, tag, c.want)
		}
	}
}

// TestHeadlineParse parses headlines through the tagger: each gets its verb
// and keeps its words' byte offsets into the text.
func TestHeadlineParse(t *testing.T) {
	for _, c := range []struct{ text, verb string }{
		{"Estonia expels two Russian diplomats in spy row", "expels"},
		{"Maldives summons Indian envoy over remarks", "summons"},
		{"Austria's Nehammer orders new border checks", "orders"},
	} {
		p := New(nil)
		tree := p.Parse("", dyad.Sentence{Text: c.text})
		found := false
		for _, tk := range p.Tokens() {
			if c.text[tk.Start:tk.End] != tk.Word {
				t.Errorf("%s: %q at %d:%d", c.text, tk.Word, tk.Start, tk.End)
			}
			if tk.Word == c.verb {
				found = tk.Tag == "VBZ"
			}
		}
		if !found || !strings.Contains(tree.String(), "(VBZ "+c.verb+")") {
			t.Errorf("%s: %s, want %s/VBZ", c.text, tree, c.verb)
		}
	}
}

// TestHeadlinePresent runs the pre-parse retag on tagged words: the -s word
// after the opening name becomes VBZ when its clause has no finite verb,
// and stays a noun before a common noun or preposition, with a verb of its
// own in the clause, capitalised, or naming a body.
func TestHeadlinePresent(t *testing.T) {
	for _, c := range []struct {
		tagged string
		want   string
	}{
		{"Norway/NNP recalls/NNS Iranian/JJ envoy/NN ,/, ministry/NN says/VBZ", "VBZ"},
		{"OSLO/NNP :/: Norway/NNP recalls/NNS two/CD envoys/NNS", "VBZ"},
		{"Ghana/NNP 's/POS Mahama/NNP names/NNS the/DT cabinet/NN", "VBZ"},
		{"Norway/NNP recalls/NNS Iranian/JJ envoy/NN who/WP left/VBD", "NNS"}, // any later verb up to a comma counts
		{"Norway/NNP talks/NNS resume/VBP today/NN", "NNS"},
		{"Norway/NNP talks/NNS in/IN Oslo/NNP", "NNS"},
		{"Norway/NNP recalls/NNS Iranian/JJ envoy/NN ,/, ministry/NN said/VBD ,/, and/CC envoys/NNS", "VBZ"},
		{"Iraqi/JJ troops/NNS two/CD miles/NNS away/RB", "NNS"},
		{"Norway/NNP Recalls/NNS Iranian/JJ envoy/NN", "NNS"},
		{"the/DT Norway/NNP recalls/NNS sold/VBD two/CD", "NNS"},
	} {
		toks := tagged(c.tagged)
		s := state{toks: toks, end: len(toks)}
		s.retagHeadlinePresent()
		got := ""
		for _, tk := range s.toks {
			if strings.EqualFold(tk.Word, "recalls") || tk.Word == "talks" || tk.Word == "names" || tk.Word == "troops" {
				got = tk.Tag
			}
		}
		if got != c.want {
			t.Errorf("%s: %s, want %s", c.tagged, got, c.want)
		}
	}
	// Through the tagger and parser, an attributed headline gets its verb.
	p := New(nil)
	tree := p.Parse("", dyad.Sentence{Text: "Latvia expels Belarusian diplomat over spying, foreign ministry says."})
	if !strings.Contains(tree.String(), "(VBZ expels)") {
		t.Errorf("parsed: %s, want expels/VBZ", tree)
	}
}
