package chunk

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestListSubjectVerb parses sentences whose subject is a comma list: a
// past verb after the last item, with a preposition and then an object, is
// the clause's verb ("Chile, Peru and Bolivia signed on Monday a trade
// pact"), not a participle inside the last item; a participle without an
// object in an apposition stays inside it.
func TestListSubjectVerb(t *testing.T) {
	for _, c := range []struct {
		text, verb string
		clause     bool // the verb heads the sentence's clause
	}{
		{"Chile, Peru and Bolivia signed on Monday a trade pact in Lima.", "signed", true},
		{"Norway, Denmark and Iceland announced on Friday their withdrawal from the fisheries accord.", "announced", true},
		{"Kenya, Uganda and Tanzania launched in Arusha a joint border force, officials said.", "launched", true},
		{"Police detained Omar, a cleric linked to the banned group, on Tuesday.", "linked", false},
		{"Rebels attacked Goma, a city located near the border.", "located", false},
	} {
		p := New(nil)
		tree := p.Parse("", dyad.Sentence{Text: c.text})
		root := tree.Children[0]
		got := false
		for _, ch := range root.Children {
			if ch.Label == "S" && len(ch.Children) > 1 {
				ch = ch.Children[1]
			}
			if ch.Label == "VP" && ch.Children[0].Label == "VBD" && ch.Children[0].Word == c.verb {
				got = true
			}
		}
		if got != c.clause {
			t.Errorf("%s: %s; clause verb %s: %v, want %v", c.text, tree, c.verb, got, c.clause)
		}
		if !strings.HasPrefix(tree.String(), "(ROOT (S") {
			t.Errorf("%s: %s, want a clause", c.text, tree)
		}
	}
}

// TestAdjectiveList parses a list of three or more adjectives before one
// noun, the last two joined by a conjunction, as one adjective phrase in
// one noun phrase: the first adjective is no noun phrase of its own. Two
// adjectives before nouns of their own stay apart.
func TestAdjectiveList(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Chinese, Russian and Iranian warships sailed north.",
			"(NP (ADJP (JJ Chinese) (, ,) (JJ Russian) (CC and) (JJ Iranian)) (NNS warships))"},
		{"French, German, Italian and Spanish troops marched.",
			"(NP (ADJP (JJ French) (, ,) (JJ German) (, ,) (JJ Italian) (CC and) (JJ Spanish)) (NNS troops))"},
		{"Angry and tired workers marched.",
			"(NP (ADJP (JJ Angry) (CC and) (JJ tired)) (NNS workers))"},
	} {
		tree := New(nil).Parse("", dyad.Sentence{Text: c.text}).String()
		if !strings.Contains(tree, c.want) {
			t.Errorf("%s: %s, want it to hold %s", c.text, tree, c.want)
		}
	}
}
