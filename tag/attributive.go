package tag

import (
	"strings"

	"github.com/dyadproject/dyad/token"
)

// attributiveParticiple retags as an adjective a word in -ed the model
// made a past tense between an article, a possessive or a count and a
// noun: "the 276 kidnapped/VBD schoolgirls", "the two armed/VBD forces",
// "their overcrowded/VBD fishing boat". A finite verb cannot stand there:
// "the", "their" or "276" opens a noun phrase that has no head yet. Read as
// a verb it split the phrase, and its head became the verb's object. Words
// such as "each", "either" or "some", which may stand alone as a subject
// ("each expelled dozens of diplomats"), are not articles here, and a year
// dates a clause ("in 2014 annexed Crimea") rather than counting a noun.
func attributiveParticiple(toks []token.Token) {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Tag != "VBD" {
			continue
		}
		w := toks[i].Word
		if len(w) < 5 || w[0] < 'a' || w[0] > 'z' || !strings.HasSuffix(w, "ed") {
			continue
		}
		switch toks[i+1].Tag {
		case "NN", "NNS", "JJ":
		default:
			continue
		}
		p := toks[i-1]
		switch p.Tag {
		case "PRP$":
		case "DT":
			if !strings.EqualFold(p.Word, "the") && !strings.EqualFold(p.Word, "a") && !strings.EqualFold(p.Word, "an") {
				continue
			}
		case "CD":
			if year(p.Word) {
				continue
			}
		default:
			continue
		}
		toks[i].Tag = "JJ"
	}
}
