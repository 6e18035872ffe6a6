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
// its verb. The sentence may open after a dateline ("NAIROBI (Reuters) -
// Defeated/VBD candidate X filed ..."), and a capitalised -ed form the
// tagger read as a past tense is such a participle too.
func (s *state) retagOpeningParticiple() {
	o := s.datelineEnd(0)
	switch s.tag(o) {
	case "VBN":
	case "VBD":
		if w := s.word(o); !strings.HasSuffix(w, "ed") || w[0] < 'A' || w[0] > 'Z' {
			return
		}
	default:
		return
	}
	if n := s.tag(o + 1); !isNoun(n) && !isAdj(n) {
		return
	}
	for k := o + 2; k < s.end; k++ {
		switch s.tag(k) {
		case "VBD", "VBZ", "VBP", "MD":
			s.toks[o].Tag = "JJ"
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
		if s.tag(j) != "," || v >= s.end || (s.tag(v) != "NN" && s.tag(v) != "VBN" && s.tag(v) != "JJ") {
			continue
		}
		w := strings.ToLower(s.word(v))
		if !strings.HasSuffix(w, "ed") && !irregularPast[w] || strings.Contains(w, "-") {
			continue
		}
		switch s.tag(v + 1) {
		case "IN", "TO", "DT", "RP", "PRP$", ".", "":
			if s.tag(v) != "JJ" {
				s.toks[v].Tag = "VBD"
			}
		case "JJ", "NNP", "NNPS", "NNS", "NN", "CD":
			// "Saudi Arabia, which restored ties with Iran, invited/JJ
			// Iranian President Ebrahim Raisi to visit": the object
			// follows, and no other verb does before the clause ends
			if !s.finiteBefore(v+1, ",") {
				s.toks[v].Tag = "VBD"
			}
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

// modals are the words that may be tagged MD.
var modals = map[string]bool{
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "shall": true, "should": true, "'ll": true, "'d": true, "ought": true,
	"wo": true, "ca": true, "need": true, "dare": true, "shalt": true,
}

// retagFalseModals makes a word the tagger read as a modal but that is no
// modal an adverb: "struck targets in Gaza overnight/MD after militants
// fired rockets" opened a second clause at "overnight".
func (s *state) retagFalseModals() {
	for k := 0; k < s.end; k++ {
		if s.tag(k) == "MD" && !s.is(modals, k) {
			s.toks[k].Tag = "RB"
		}
	}
}

// retagHyphenatedNames makes a capitalised hyphenated word tagged as an
// adjective a proper noun when it ends a run of proper nouns before a verb,
// a possessive or a comma: "Foreign Minister Hossein Amir-Abdollahian/JJ
// held talks" split the name and left the sentence a fragment. "the
// Israeli-Palestinian talks" keeps its adjective (a noun follows).
func (s *state) retagHyphenatedNames() {
	for k := 1; k < s.end; k++ {
		w := s.word(k)
		if s.tag(k) != "JJ" || s.tag(k-1) != "NNP" || w == "" || w[0] < 'A' || w[0] > 'Z' || !strings.Contains(w, "-") {
			continue
		}
		switch n := s.tag(k + 1); {
		case isVerb(n) && n != "VBG", n == "MD", n == "POS", n == ",", n == ".", n == "CC":
			s.toks[k].Tag = "NNP"
		}
	}
}

// retagSubordinatePast makes a past form the tagger read as an adjective the
// verb of a subordinate clause: in "after militants fired/JJ rockets" the
// clause after "after" had no verb and became a prepositional phrase. The
// word (-ed, no hyphen) follows the clause's noun right after the
// subordinator and comes before its object; no finite verb stands between.
// Conversely a participle right after the subordinator, before the nouns
// that the clause's verb follows, is an adjective ("After armed men
// stormed the building").
func (s *state) retagSubordinatePast() {
	for i := 0; i+3 < s.end; i++ {
		if s.tag(i) != "IN" || !s.is(subordinators, i) || s.wordIs(i, "that") {
			continue
		}
		if t := s.tag(i + 1); (t == "VBN" || t == "VBD") && strings.HasSuffix(s.word(i+1), "ed") && isNoun(s.tag(i+2)) {
			// "After armed/VBN men stormed the building": the participle
			// modifies the clause's subject when its verb follows
			j := i + 2
			for j < s.end && isNoun(s.tag(j)) {
				j++
			}
			if isFinite(s.tag(j)) || s.tag(j) == "MD" {
				s.toks[i+1].Tag = "JJ"
			}
		}
		j := i + 1
		for j < s.end && (s.tag(j) == "DT" || isAdj(s.tag(j)) && !strings.HasSuffix(s.word(j), "ed") || s.tag(j) == "CD") {
			j++
		}
		if !isNoun(s.tag(j)) {
			continue
		}
		for j < s.end && isNoun(s.tag(j)) {
			j++
		}
		w := s.word(j)
		if s.tag(j) != "JJ" || !strings.HasSuffix(w, "ed") || strings.Contains(w, "-") {
			continue
		}
		switch s.tag(j + 1) {
		case "DT", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD", "PRP":
			s.toks[j].Tag = "VBD"
		}
	}
}

// finiteBefore reports whether a finite verb or modal comes from token k on
// before the clause punctuation stop, a colon or the end.
func (s *state) finiteBefore(k int, stop string) bool {
	for ; k < s.end; k++ {
		t := s.tag(k)
		if t == stop || t == ":" || t == "." {
			return false
		}
		if isFinite(t) || t == "MD" {
			return true
		}
	}
	return false
}
