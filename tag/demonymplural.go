package tag

import (
	"sync"

	"github.com/dyadproject/dyad/token"
	"github.com/dyadproject/dyad/where"
)

// After a demonym ("Georgian troops", "Nigerian troops") or a possessive
// ("Kenya's Catholic bishops") the model, reading left to right, has seen
// only a name when it reaches the -s word, and a name then an -s word is to
// it a subject and its verb. When the word after is a past-tense verb the
// -s word cannot be a verb too: it is the subject's head, a plural the
// model's own weights for the word favour. Read as a verb it left the
// sentence with two verbs and no subject: "Georgian troops attacked
// separatists" coded nothing. A country's name before a verb stays a
// subject ("Russia forces Ukraine to …", "Britain arms Ukraine"): a
// country is no demonym, and no past tense follows.

var (
	demonymOnce sync.Once
	demonymSet  map[string]bool
)

// demonym reports whether w is a one-word demonym of the gazetteer
// ("Georgian", "Pakistani"), as written there.
func demonym(w string) bool {
	demonymOnce.Do(func() {
		demonymSet = map[string]bool{}
		for _, n := range where.Default().Names("demonym") {
			demonymSet[n] = true
		}
	})
	return demonymSet[w]
}

// pluralAfterDemonym retags as a plural noun a lower-case -s word the
// model made a present-tense verb when one to three modifiers (names,
// adjectives) before it hold a demonym or follow a possessive, the model's
// weights for the word alone favour a plural noun (or it has none:
// "bishops"), and the next word, read after a plural noun, is a past-tense
// verb; that next word is then the verb. It reads only toks[1:len-1] and
// the modifiers before i, so a short run is left as it is.
func (t *Tagger) pluralAfterDemonym(toks []token.Token) {
	for i := 1; i+1 < len(toks); i++ {
		if tg := toks[i].Tag; tg != "VBZ" && tg != "VBP" {
			continue
		}
		w := toks[i].Word
		if !pluralNoun(w) { // tagger.go: four letters or more, lower-case first
			continue
		}
		owned := false
		s := i
		for s > 0 && i-s < 3 {
			tg := toks[s-1].Tag
			if tg != "NNP" && tg != "NNPS" && tg != "JJ" {
				break
			}
			s--
			if demonym(toks[s].Word) {
				owned = true
			}
		}
		if s == i {
			continue
		}
		if s > 0 && toks[s-1].Tag == "POS" {
			owned = true
		}
		if !owned {
			continue
		}
		// A word the model knows as other than a plural keeps its tag;
		// one it never saw has only its context's verb reading, and goes on.
		if c, ok := t.wordClass(w); ok && c != "NNS" {
			continue
		}
		if t.predict(toks[i+1].Word, i+3, "NNS", toks[i-1].Tag) != "VBD" {
			continue
		}
		toks[i].Tag = "NNS"
		toks[i+1].Tag = "VBD"
	}
}
