package chunk

// lyNouns are nouns that end like adverbs, which the tagger may read as RB:
// "Iran's closest ally", "a mass rally".
var lyNouns = map[string]bool{
	"ally": true, "rally": true, "assembly": true, "family": true, "supply": true,
	"reply": true, "monopoly": true, "anomaly": true, "tally": true,
}

// retagLyNouns makes such a word a noun after a determiner, adjective,
// possessive or noun, where an adverb cannot stand.
func (s *state) retagLyNouns() {
	for k := 1; k < s.end; k++ {
		if s.tag(k) != "RB" || !s.is(lyNouns, k) {
			continue
		}
		switch s.tag(k - 1) {
		case "DT", "JJ", "JJR", "JJS", "POS", "PRP$", "NN", "NNP", "NNS":
			s.toks[k].Tag = "NN"
		}
	}
}
