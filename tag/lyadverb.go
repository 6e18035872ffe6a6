package tag

import (
	"strings"

	"github.com/dyadproject/dyad/token"
)

// lyNotAdverb are words in -ly that are verbs or nouns: "Iran's closest
// ally", "the assembly voted", "countries that supply arms".
var lyNotAdverb = map[string]bool{
	"ally": true, "rally": true, "tally": true, "assembly": true, "family": true,
	"supply": true, "resupply": true, "reply": true, "apply": true, "comply": true,
	"rely": true, "multiply": true, "fly": true, "bully": true, "monopoly": true,
	"anomaly": true, "belly": true, "homily": true, "folly": true, "sully": true,
}

// adverbBeforeVerb retags as an adverb a lower-case word in -ly that the
// model made a verb or a noun right before a finite verb: "North Korean
// soldiers briefly/VBP crossed the border", "Police briefly/NN detained
// the opposition leader". Two finite verbs cannot follow each other, and
// an -ly word there is the adverb of the second; read as a verb or noun it
// left the sentence without its verb.
func adverbBeforeVerb(toks []token.Token) {
	for i := 0; i+1 < len(toks); i++ {
		switch toks[i].Tag {
		case "VB", "VBP", "VBZ", "VBD", "NN":
		default:
			continue
		}
		switch toks[i+1].Tag {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		w := toks[i].Word
		if len(w) < 6 || w[0] < 'a' || w[0] > 'z' || !strings.HasSuffix(w, "ly") || lyNotAdverb[w] {
			continue
		}
		toks[i].Tag = "RB"
	}
}
