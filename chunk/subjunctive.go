package chunk

import "strings"

// mandative verbs take a clause whose verb is a bare subjunctive: "demanded
// that the US cancel plans", "insisted that Iraq withdraw".
var mandative = map[string]bool{
	"demand": true, "demands": true, "demanded": true, "demanding": true,
	"insist": true, "insists": true, "insisted": true, "insisting": true,
	"urge": true, "urges": true, "urged": true, "urging": true,
	"ask": true, "asks": true, "asked": true, "asking": true,
	"propose": true, "proposes": true, "proposed": true, "proposing": true,
	"recommend": true, "recommends": true, "recommended": true,
	"request": true, "requests": true, "requested": true,
	"require": true, "requires": true, "required": true,
}

// repairSubjunctive retags the verb of a subjunctive clause that the tagger
// read as a noun: in "demanded that the US cancel plans" the clause's verb
// "cancel" (NN) would otherwise join the subject, (NP the US cancel plans).
// The verb is the first lower-case singular noun after a noun with an
// object or preposition after it, before any other verb.
func (s *state) repairSubjunctive() {
	for i := 0; i+2 < s.end; i++ {
		if !isVerb(s.tag(i)) || !s.is(mandative, i) {
			continue
		}
		th := s.thatAfterDay(i + 1)
		if !s.wordIs(th, "that") {
			continue
		}
		for j := th + 2; j < s.end && j < th+9; j++ {
			t := s.tag(j)
			w := s.word(j)
			if s.subjunctiveBeforeParticiple(j) {
				// "demanded that Niger restore/RB ousted/VBD President
				// Bazoum", "that Belarus free/JJ jailed/JJ activists"
				s.toks[j].Tag, s.toks[j+1].Tag = "VB", "JJ"
				s.leaves[j], s.leaves[j+1] = nil, nil
				break
			}
			if isVerb(t) {
				// "insisted that Iraq withdraw/VBD": a bare form, not a past
				if (t == "VBD" || t == "VBP" || t == "VBN") && !strings.HasSuffix(w, "ed") && !plural(w) && !s.is(irregularPast, j) && !s.is(auxiliaries, j) {
					s.toks[j].Tag = "VB"
				}
				break
			}
			if t == "," || t == "IN" && !s.wordIs(j, "of") && !s.placePP(j) {
				break // it is no subject
			}
			if t != "NN" || w == "" || w[0] < 'a' || w[0] > 'z' || plural(w) || !isNoun(s.tag(j-1)) {
				continue
			}
			switch s.tag(j + 1) {
			case "DT", "PRP$", "NNS", "JJ", "CD", "IN", "TO", "RP", "PRP":
			case "RB":
				if !s.is(particles, j+1) || !s.is(phrasalVerbs, j) {
					continue
				}
				// "demanded that al-Bashir step/NN down/RB"
			case "NN":
				if !plural(s.word(j + 1)) {
					continue // "the government trade policy": a noun before the verb
				}
			default:
				continue
			}
			s.toks[j].Tag = "VB"
			break
		}
	}
}

// subjunctiveAt reports whether a subjunctive clause starts at k after the
// mandative verb at i and "that": a subject and a base verb.
func (s *state) subjunctiveAt(i, k int) bool {
	if !s.is(mandative, i) || !s.npStart(k) {
		return false
	}
	_, j := s.np(k, subject)
	for s.tag(j) == "RB" {
		j++
	}
	return j > k && (s.tag(j) == "VB" || s.tag(j) == "VBP")
}

// subjunctiveThat reports whether "that" at k, after the mandative verb at i,
// opens a subjunctive clause rather than a noun phrase: the tagger reads
// "that" as a determiner after a base form ("voted to demand that/DT Russia
// stop its offensive"), which made "that Russia" the object and cut the
// clause off.
func (s *state) subjunctiveThat(i, k int) bool {
	return s.wordIs(k, "that") && s.subjunctiveAt(i, k+1)
}

// plural reports whether w ends like a plural noun (or a verb's -s form),
// which a base verb never does: "curbs", not "press".
func plural(w string) bool {
	n := len(w)
	return n > 2 && w[n-1] == 's' && w[n-2] != 's'
}

// tellThat reports whether a noun phrase at k is followed by "that" and a
// clause with its own subject and verb.
func (s *state) tellThat(k int) bool {
	if !s.npStart(k) {
		return false
	}
	obj, j := s.baseNP(k)
	if obj == nil || !s.wordIs(j, "that") || !s.startsClause(j+1) {
		return false
	}
	cl, _ := s.clause(j + 1)
	return cl != nil
}

// complementizer returns the leaf of "that" at k opening a complement
// clause, tagged IN as Stanford tags it (the tagger may say WDT or DT).
func (s *state) complementizer(k int) *node {
	if s.toks[k].Tag != "IN" {
		s.toks[k].Tag = "IN"
		s.leaves[k] = nil
	}
	return s.leaf(k)
}

// subjunctiveBeforeParticiple reports whether the word at j, after the
// subject of a subjunctive clause, is its verb followed by a participle
// that modifies the object: the tagger read "restore/RB ousted/VBD
// President", "free/JJ jailed/VBD Nobel laureate", "release/NN
// detained/VBD journalist" with the participle as the clause's verb, so
// the clause coded an expulsion or an arrest by the subject. The word is
// lower-case, tagged as an adjective, adverb or singular noun right after
// a noun, and the -ed word after it stands before a noun or adjective.
func (s *state) subjunctiveBeforeParticiple(j int) bool {
	switch s.tag(j) {
	case "JJ", "RB", "NN":
	default:
		return false
	}
	w := s.word(j)
	if w == "" || w[0] < 'a' || w[0] > 'z' || plural(w) || !isNoun(s.tag(j-1)) {
		return false
	}
	switch s.tag(j + 1) {
	case "VBD", "VBN", "JJ":
	default:
		return false
	}
	if !strings.HasSuffix(s.word(j+1), "ed") {
		return false
	}
	n := s.tag(j + 2)
	return isNoun(n) || isAdj(n)
}

// thatAfterDay returns k, or the token after a day that stands there
// between a verb and its clause: "demanded on Thursday that Honduras
// restore ...", "insisted today that".
func (s *state) thatAfterDay(k int) int {
	switch {
	case s.wordIs(k, "on") && s.is(weekdays, k+1):
		return k + 2
	case s.is(adverbialTime, k):
		return k + 1
	}
	return k
}

// placePP reports whether the preposition at j opens a place phrase inside
// a subject: "that the authorities in Minsk free jailed activists", "that
// officials in Kabul release".
func (s *state) placePP(j int) bool {
	return (s.wordIs(j, "in") || s.wordIs(j, "at")) && s.tag(j+1) == "NNP"
}
