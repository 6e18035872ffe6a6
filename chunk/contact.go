package chunk

// subjectPronouns open a contact relative clause: "the assets they lost".
var subjectPronouns = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
}

// namingVerbs take an object and its complement: "called it racist".
var namingVerbs = map[string]bool{
	"call": true, "calls": true, "called": true, "describe": true, "describes": true, "described": true,
	"brand": true, "brands": true, "branded": true, "label": true, "labels": true, "labelled": true, "labeled": true,
	"term": true, "terms": true, "termed": true, "dub": true, "dubs": true, "dubbed": true,
	"deem": true, "deems": true, "deemed": true, "consider": true, "considers": true, "considered": true,
}

// contactRelative reports whether the subject pronoun at k opens a relative
// clause without "that" or "which" on the common noun phrase that starts at i
// and ends before k: "killing three militants it described as Pakistani
// nationals", "over a headline it called racist", "the camp it said was
// used by Hamas" (see contactClause), "the strike they have been
// planning for better pay". English leaves the object of such a clause
// empty, so the clause's verb must have no object of its own: what follows
// its verb group is a preposition, an adverb, an adjective or the end of the
// clause. A pronoun after the object of a verb of saying or telling, or of
// a time noun, opens that verb's complement clause instead ("told reporters
// it would", "said on Sunday it agreed"), as does a form of "be" ("they were
// ready").
func (s *state) contactRelative(i, k int) bool {
	if !s.is(subjectPronouns, k) || k == i {
		return false
	}
	if h := s.tag(k - 1); h != "NN" && h != "NNS" || s.is(timeNouns, k-1) {
		return false
	}
	if s.saidBefore(i) {
		return false
	}
	j := k + 1
	if s.tag(j) == "MD" {
		j++
	}
	for s.tag(j) == "RB" {
		j++
	}
	// Auxiliaries: "they have been planning"; the last verb is the head.
	v := -1
	for j < s.end && isVerb(s.tag(j)) {
		v = j
		j++
		if !s.is(auxiliaries, v) {
			break
		}
	}
	if v < 0 || s.is(auxiliaries, v) || s.is(tellVerbs, v) {
		return false
	}
	if s.is(clauseVerbs, v) {
		// "the camp it said was used by Hamas": the gap is the subject of
		// the reported clause, whose verb follows at once
		// "elections it had promised to hold": the gap is the object of
		// the infinitive
		return s.tag(j) == "TO" || v == k+1 && (isFinite(s.tag(j)) || s.tag(j) == "MD")
	}
	if s.tag(v) == "VBG" && v == k+1 {
		return false // "it ... killing": no finite verb
	}
	if s.tag(j) == "RP" {
		j++
	}
	if s.is(namingVerbs, v) {
		// "a headline it called racist", "a group it calls terrorists": the
		// object is the gap, what follows is its complement
		return true
	}
	switch t := s.tag(j); t {
	case "IN", "TO", ",", ".", ":", "WRB", "RB", "":
		return !s.wordIs(j, "that")
	case "JJ":
		// "a headline it called racist": an adjective, not a noun phrase
		return !s.npStart(j+1) && !isNoun(s.tag(j+1))
	}
	return false
}

// saidBefore reports whether the nearest verb before token i is a verb of
// saying or telling, with only noun phrases and prepositions between: the
// noun at i is then its object or adjunct, and a clause after it is the
// verb's complement.
func (s *state) saidBefore(i int) bool {
	for j := i - 1; j >= 0 && j > i-12; j-- {
		t := s.tag(j)
		if t == "," || t == ":" || t == "CC" {
			return false
		}
		if isVerb(t) {
			return s.is(clauseVerbs, j) || s.is(tellVerbs, j)
		}
	}
	return false
}

// contactClause parses the contact relative clause whose pronoun subject is
// at k (gappedReport, or an ordinary clause).
func (s *state) contactClause(k int) (*node, int) {
	if n, k2 := s.gappedReport(k); n != nil {
		return n, k2
	}
	return s.clause(k)
}

// gappedReport parses, at k, a relative clause whose verb of saying is
// followed at once by the reported verb, the gap being the reported
// clause's subject: "(the camp) it said was used by Hamas", "(what) New
// Delhi said was a militant camp" give (S (NP it) (VP (VBD said) (SBAR (S
// (VP (VBD was) ...))))). It returns nil for any other shape.
func (s *state) gappedReport(k int) (*node, int) {
	subj, v := s.np(k, subject)
	if subj == nil || !s.is(clauseVerbs, v) || !(isFinite(s.tag(v+1)) || s.tag(v+1) == "MD") {
		return nil, k
	}
	rest, k2 := s.vp(v + 1)
	if rest == nil {
		return nil, k
	}
	vp := s.p.mk("VP", s.leaf(v), s.p.mk("SBAR", s.p.mk("S", rest)))
	return s.p.mk("S", subj, vp), k2
}
