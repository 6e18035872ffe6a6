package tag

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/dyadproject/dyad/token"
)

// A nationality word before a noun is an adjective in the Penn Treebank
// ("Pakistani_JJ troops_NNS" in testdata/news.tags). The model never saw
// most of them ("nigerian", "malian"), so unknownName makes them names, and
// a name then an -s word is to the model a subject and its verb: "Nigerian
// troops/VBZ killed 40 fighters" lost its actor and its act, "Azerbaijani
// troops/RB" its actor. Where the word after a demonym the model read as a
// name is read as anything but a noun, it is tagged again as it would be
// after an adjective; when that makes it a noun, the demonym is the
// adjective. A demonym used as a noun keeps its tag: in "a Nigerian was
// killed" the verb after it stays a verb whatever comes before it.

//go:embed data/demonyms.txt
var demonymData string

var (
	demonymOnce sync.Once
	demonymSet  map[string]bool
)

// demonym reports whether w is a single-word nationality ("Nigerian").
func demonym(w string) bool {
	demonymOnce.Do(func() {
		demonymSet = map[string]bool{}
		for _, l := range strings.Split(demonymData, "\n") {
			if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
				demonymSet[l] = true
			}
		}
	})
	return demonymSet[w]
}

// nounAfterDemonym returns the tag token i takes after a demonym read as
// an adjective, and whether the demonym before it is that adjective: token
// i is a lower-case word the model tagged tag (a verb or an adverb) from
// its context, not as one of its fixed words, after a demonym tagged as a
// name, and after an adjective the model makes it a noun. p2 is the tag
// before the demonym.
func (t *Tagger) nounAfterDemonym(toks []token.Token, i int, tag, p2 string) (string, bool) {
	if i == 0 || !(strings.HasPrefix(tag, "VB") || tag == "RB") {
		return "", false
	}
	w := toks[i].Word
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return "", false
	}
	if _, ok := t.m.words[w]; ok {
		return "", false // a word the model always tags one way: "a Nigerian was killed"
	}
	if pt := toks[i-1].Tag; pt != "NNP" && pt != "NNPS" || !demonym(toks[i-1].Word) {
		return "", false
	}
	if nt := t.predict(w, i+2, "JJ", p2); nt == "NN" || nt == "NNS" {
		return nt, true
	}
	return "", false
}
