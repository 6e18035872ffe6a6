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

// nounAdjectives are adjectives that news uses as nouns naming actors: "the
// Philippines military and communist rebels", "the Burmese military said".
var nounAdjectives = map[string]bool{"military": true, "paramilitary": true}

// retagNounAdjectives makes such a word a noun when it ends a noun phrase:
// after a proper noun or determiner and before no noun or adjective.
func (s *state) retagNounAdjectives() {
	for k := 1; k < s.end; k++ {
		if s.tag(k) != "JJ" || !s.is(nounAdjectives, k) {
			continue
		}
		switch s.tag(k - 1) {
		case "NNP", "NNPS", "DT", "POS", "PRP$":
		default:
			continue
		}
		if n := s.tag(k + 1); isNoun(n) || isAdj(n) || n == "CD" || n == "VBG" || n == "HYPH" {
			continue // "the military government", "military-backed"
		}
		s.toks[k].Tag = "NN"
	}
}
