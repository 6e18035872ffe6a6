package chunk

import "strings"

// subjectPasts are irregular simple-past forms of verbs the coder's verb
// dictionary codes (SHOOT, SPEAK, LEAP, BEAT, STRIKE, FLEE, SINK, THROW,
// BREAK, STEAL, WITHDRAW, OVERTHROW, FIGHT) that the tagger reads as the
// last noun of the subject before them: "a gunman shot/NN and wounded",
// "Rubio spoke/NN by telephone", "a mob beat/NN to death". "tore" and
// "blew" are left out: their subject is mostly an explosion or a storm, no
// actor. The value is true for a form that is also the past participle
// ("shot", "struck"), which may open a reduced relative ("a man shot by
// police") and so is not read as a verb before "by".
var subjectPasts = map[string]bool{
	"shot": true, "struck": true, "fled": true, "beat": true, "fought": true, "leapt": true,
	"spoke": false, "sank": false, "threw": false,
	"broke": false, "stole": false, "withdrew": false, "overthrew": false,
}

// pastParticles follow a verb of motion or force as its particle: "broke
// off", "fought back", "shot down" (the drone shot down is the target, not
// the means: coder's targetVerbs keep the sets' 190).
var pastParticles = map[string]bool{"up": true, "off": true, "out": true, "back": true, "away": true, "down": true}

// pastPrepositions follow such a verb before its object or manner: "broke
// through", "spoke by telephone", "shot at", "fled into".
var pastPrepositions = map[string]bool{
	"through": true, "by": true, "at": true, "with": true, "into": true, "across": true, "from": true,
}

// retagSubjectPast makes such a form, tagged as a noun, adjective or adverb
// right after a noun, a past-tense verb when its clause has no finite verb
// and an object, particle or preposition follows: a determiner, possessive
// or pronoun ("shot/NN the"), a particle ("shot/NN down"), "to" ("beat/NN
// to death", "leapt/NN to the defence"), one of pastPrepositions ("tore/NN
// through", "spoke/NN by"), or "and" with a past verb ("shot/NN and
// (seriously) wounded"). A name or number after it is left alone: "Croatia
// beat England 2-1" is a result, not an event.
func (s *state) retagSubjectPast() {
	for k := 1; k+1 < s.end; k++ {
		switch s.tag(k) {
		case "NN", "NNS", "JJ", "RB", "NNP":
		default:
			continue
		}
		w := s.word(k)
		if w == "" || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		participle, ok := subjectPasts[w]
		if !ok || !s.nounBefore(k) {
			continue
		}
		if !s.pastObjectNext(k, participle) || s.finiteBesides(k) {
			continue
		}
		s.toks[k].Tag = "VBD"
	}
}

// nounBefore reports whether token k follows a noun that can end a subject.
func (s *state) nounBefore(k int) bool {
	switch s.tag(k - 1) {
	case "NN", "NNS", "NNP", "NNPS":
		return true
	}
	return false
}

// pastObjectNext reports whether what follows token k shows it a verb.
func (s *state) pastObjectNext(k int, participle bool) bool {
	n := k + 1
	w := strings.ToLower(s.word(n))
	switch t := s.tag(n); {
	case t == "DT" || t == "PRP$" || t == "PRP" || t == "TO":
		return true
	case pastParticles[w] && (t == "RP" || t == "IN" || t == "RB"):
		return true
	case pastPrepositions[w] && t == "IN":
		return !participle || w != "by"
	case w == "and" && t == "CC":
		m := n + 1
		for m < s.end && s.tag(m) == "RB" {
			m++
		}
		return s.tag(m) == "VBD" || s.tag(m) == "VBN" && strings.HasSuffix(s.word(m), "ed")
	}
	return false
}

// finiteBesides is clauseFinite for token k, except that a finite verb after
// k right after "and" (adverbs between) is k's partner in a coordinated verb
// phrase, not the clause's own verb: "shot and wounded/VBD", "spoke by
// telephone ... and urged/VBD".
func (s *state) finiteBesides(k int) bool {
	return s.finiteAround(k, true)
}
