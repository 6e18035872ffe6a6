package tag

import (
	"strings"

	"github.com/dyadproject/dyad/token"
)

// seizedPower retags "seized" as a past-tense verb where the model read it
// as an adjective between a noun and "power": "Myanmar's military/JJ
// seized/JJ power/NN" made the whole sentence one noun phrase, so neither
// the coup nor the detentions after it had a verb. "Seized power" names
// no kind of power; after a noun it is always the subject's act. EqualFold,
// not ToLower, so capitalised words cost no allocation.
func seizedPower(toks []token.Token) {
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].Tag != "JJ" || !strings.EqualFold(toks[i].Word, "seized") || !strings.EqualFold(toks[i+1].Word, "power") {
			continue
		}
		switch toks[i-1].Tag {
		case "NN", "NNS", "NNP", "NNPS", "JJ":
			toks[i].Tag = "VBD"
			if toks[i-1].Tag == "JJ" {
				toks[i-1].Tag = "NN" // "military/JJ": the noun the verb's subject ends in
			}
		}
	}
}
