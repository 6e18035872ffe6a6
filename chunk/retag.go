package chunk

import "strings"

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

// retagAdverbAdjectives makes an adverb between a determiner or possessive
// and a common noun an adjective: "the nightly curfew", "its weekly
// meeting", "a daily briefing", "Iran's only ally". An adverb cannot stand
// there; read as one, it split "lifted (NP the) (ADVP nightly) curfew".
func (s *state) retagAdverbAdjectives() {
	for k := 1; k+1 < s.end; k++ {
		if s.tag(k) != "RB" {
			continue
		}
		switch s.tag(k - 1) {
		case "DT", "PRP$", "POS":
		default:
			continue
		}
		if n := s.tag(k + 1); n == "NN" || n == "NNS" {
			s.toks[k].Tag = "JJ"
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

// phrasalVerbs are verbs of phrasal verbs ("hand over", "step down", "call
// off") the tagger reads as nouns after "to": "asked Japan to hand/NN over
// Fujimori" would be (PP (TO to) (NP (NN hand))).
var phrasalVerbs = map[string]bool{
	"hand": true, "step": true, "carry": true, "call": true, "set": true,
	"pull": true, "back": true, "hold": true, "turn": true, "crack": true,
	"cut": true, "shut": true, "break": true, "lay": true, "wipe": true,
}

// particles follow the verb of a phrasal verb.
var particles = map[string]bool{"over": true, "down": true, "out": true, "off": true, "up": true, "back": true}

// retagPhrasalVerbs makes the verb of a phrasal verb after "to" a base verb.
func (s *state) retagPhrasalVerbs() {
	for k := 1; k+1 < s.end; k++ {
		if s.tag(k-1) == "TO" && isNoun(s.tag(k)) && s.is(phrasalVerbs, k) && s.is(particles, k+1) {
			s.toks[k].Tag = "VB"
		}
	}
}

// strandedBefore maps a particle to the prepositions a verb takes after it
// ("walked out of talks", "gave in to demands", "backed away from the
// plan", "stepped down from office").
var strandedBefore = map[string]string{"out": "of", "in": "to", "away": "from", "back": "from", "down": "from"}

// retagParticles makes such a particle, tagged as a preposition or adverb
// right after a finite verb and before its preposition, a particle of the
// verb: read as a preposition it closed the verb phrase, "(S (NP Iran) (VP
// walked)) (IN out) (PP of talks)", and the talks were no one's.
func (s *state) retagParticles() {
	for k := 1; k+1 < s.end; k++ {
		if t := s.tag(k); t != "IN" && t != "RB" {
			continue
		}
		switch s.tag(k - 1) {
		case "VBD", "VBZ", "VBP":
		default:
			continue
		}
		p, ok := strandedBefore[strings.ToLower(s.word(k))]
		if ok && strings.EqualFold(s.word(k+1), p) {
			s.toks[k].Tag = "RP"
		}
	}
}

// retagOpeningParticiple makes a participle that opens the sentence before
// a noun an adjective of that noun when a finite verb follows: "Ousted
// president Jean-Bertrand Aristide has been accused ...", "Jailed opposition
// leader X said ...". An opening participle clause starts otherwise ("Backed
// by Russia, Syria ...", "Asked about ...": a preposition follows) and keeps
// its verb.
func (s *state) retagOpeningParticiple() {
	if s.tag(0) != "VBN" {
		return
	}
	if n := s.tag(1); !isNoun(n) && !isAdj(n) {
		return
	}
	for k := 2; k < s.end; k++ {
		switch s.tag(k) {
		case "VBD", "VBZ", "VBP", "MD":
			s.toks[0].Tag = "JJ"
			return
		case ",", ":":
			return // "Trained soldiers, ..." : a clause boundary first
		}
	}
}

// retagOpeningGerund makes a word in -ing that opens the sentence a noun,
// the subject, when a finite verb follows before any comma: "Fighting
// between Israel and Hamas continued", "Shelling killed three civilians".
// An opening participle clause is set off by a comma ("Speaking to
// reporters, the minister said") and keeps its verb.
func (s *state) retagOpeningGerund() {
	if s.tag(0) != "VBG" {
		return
	}
	switch s.tag(1) {
	case "IN", "VBD", "VBZ", "VBP", "MD":
	default:
		return // "Fighting rebels, the army ...": an object follows the verb
	}
	for k := 1; k < s.end; k++ {
		switch t := s.tag(k); {
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD":
			s.toks[0].Tag = "NN"
			return
		case t == "," || t == ":":
			return
		case (t == "DT" || t == "PRP" || t == "PRP$") && (isNoun(s.tag(k-1)) || s.tag(k-1) == "CD"):
			return // "Speaking in Cairo on Monday the minister said": a new subject
		}
	}
}

// retagAfterRelative makes the word after a comma-delimited relative clause
// on a noun the clause's finite verb when the tagger read a past
// tense as a noun: in "if Hamas, which advocates Israel's destruction, ran
// in the election" "ran" was NN, so the relative clause took "ran in the
// election" as an apposition and the if-clause lost its verb. The word must
// be a past form (-ed or an irregular past) followed by a preposition, a
// determiner, a particle or the end of the clause, where a noun after a
// closing comma would be an odd apposition.
func (s *state) retagAfterRelative() {
	for k := 2; k+1 < s.end; k++ {
		if s.tag(k) != "," || !isNoun(s.tag(k-1)) {
			continue
		}
		if w := s.tag(k + 1); w != "WDT" && w != "WP" {
			continue
		}
		// the closing comma of the relative clause, before any other
		// clause punctuation
		j := k + 2
		for j < s.end && s.tag(j) != "," && s.tag(j) != ":" && s.tag(j) != "." {
			j++
		}
		v := j + 1
		if s.tag(j) != "," || v >= s.end || (s.tag(v) != "NN" && s.tag(v) != "VBN") {
			continue
		}
		w := strings.ToLower(s.word(v))
		if !strings.HasSuffix(w, "ed") && !irregularPast[w] {
			continue
		}
		switch s.tag(v + 1) {
		case "IN", "TO", "DT", "RP", "PRP$", ".", "":
			s.toks[v].Tag = "VBD"
		}
	}
}

// adverbPrepositions are prepositions the tagger may read as adverbs.
var adverbPrepositions = map[string]bool{"before": true, "after": true}

// retagAdverbPrepositions makes "before" or "after" tagged as an adverb a
// preposition when a noun phrase follows: "declared martial law nationwide
// before/RB dawn on Tuesday" left "dawn on Tuesday" and everything after it
// outside the clause. "had visited Iran before." keeps its adverb.
func (s *state) retagAdverbPrepositions() {
	for k := 0; k+1 < s.end; k++ {
		if s.tag(k) != "RB" || !s.is(adverbPrepositions, k) {
			continue
		}
		switch s.tag(k + 1) {
		case "DT", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "JJ":
			s.toks[k].Tag = "IN"
		}
	}
}
