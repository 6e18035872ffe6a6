package chunk

import (
	"strings"

	"github.com/dyadproject/dyad/tag"
)

// bodyPlurals are plural nouns naming armed, official or protesting bodies
// that news does not use as verbs ("troops", never "he troops"), after
// which a present-tense verb often follows: "as Iraqi troops push into
// Mosul", "Syrian rebels attack government positions". "forces" is left out:
// it is a verb too ("Iran forces ...").
var bodyPlurals = map[string]bool{
	"troops": true, "soldiers": true, "rebels": true, "militants": true, "fighters": true,
	"insurgents": true, "guerrillas": true, "protesters": true, "demonstrators": true,
	"militiamen": true, "separatists": true, "jihadists": true, "police": true,
	"policemen": true, "officials": true, "diplomats": true, "ministers": true,
}

// retagPresentAfterBodies repairs a present-tense clause whose subject is
// such a body named by a demonym or name ("Iraqi troops", "Houthi rebels"):
// the tagger read the plural as the verb ("Iraqi/NNP troops/VBZ push/NN
// into") or the verb as a noun, adjective or adverb ("rebels attack/JJ
// government positions", "police arrest/RB two men"), so the clause had no
// verb and its event was lost. The plural becomes NNS; the word after it
// becomes VBP when it is a lower-case base form (not -s, -ed, -ing, no
// hyphen, no noun suffix such as -tion, -ment, -ence, -al) before an object
// or a preposition, and the clause has no finite verb of its own; an
// irregular past so read ("Iraqi troops withdrew/NN") becomes VBD.
func (s *state) retagPresentAfterBodies() {
	for k := 1; k+2 < s.end; k++ {
		// The word before first: it is cheaper to read than a map lookup
		// of the lower-cased word, and rarely a capitalised adjective or name.
		switch s.tag(k - 1) {
		case "JJ", "NNP", "NNPS":
		default:
			continue
		}
		if c := s.word(k - 1); c == "" || c[0] < 'A' || c[0] > 'Z' {
			continue // a demonym or name: "Iraqi", "Houthi"
		}
		if !s.is(bodyPlurals, k) {
			continue
		}
		if s.clauseFinite(k) {
			continue
		}
		if t := s.tag(k); t == "VBZ" || t == "VBP" {
			s.toks[k].Tag = "NNS"
		}
		j := k + 1
		if t := s.tag(j); (t == "NN" || t == "JJ" || t == "RB") && s.is(irregularPast, j) {
			s.toks[j].Tag = "VBD" // "Iraqi troops withdrew/NN"
			continue
		}
		if !s.presentBase(j) {
			continue
		}
		switch s.tag(j + 1) {
		case "IN", "DT", "NNP", "NNPS", "PRP$", "CD", "JJ", "NNS", "NN", "TO", "PRP":
			s.toks[j].Tag = "VBP"
		}
	}
}

// presentBase reports whether token j can be a present-tense verb the
// tagger misread: a lower-case word tagged NN, JJ, RB or VB that does not
// look like an inflected form or a derived noun, and is not a word English
// never uses as a verb (tag.NeverVerb: "loyal", "dead", "towards"), which
// would undo the tagger's own repair of it.
func (s *state) presentBase(j int) bool {
	switch s.tag(j) {
	case "NN", "JJ", "RB", "VB":
	default:
		return false
	}
	w := s.word(j)
	if len(w) < 3 || w[0] < 'a' || w[0] > 'z' || strings.Contains(w, "-") || tag.NeverVerb(w) {
		return false
	}
	for _, suf := range []string{"s", "ed", "ing", "tion", "sion", "ment", "ence", "ity", "ness", "al", "ure", "age", "ly", "ship", "ist", "ism", "ian", "ese", "ish", "ic"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// clauseFinite reports whether the clause around token k has a finite verb
// or modal other than k itself: from the last comma, colon, subordinator or
// relative word before k to the next comma, colon or end after it.
func (s *state) clauseFinite(k int) bool {
	return s.finiteAround(k, false)
}

// finiteAround is clauseFinite; with partners, a finite verb after k right
// after "and" (adverbs between) does not count (see finiteBesides).
func (s *state) finiteAround(k int, partners bool) bool {
	if s.finiteBeforeIn(k) {
		return true
	}
	for i := k + 1; i < s.end; i++ {
		t := s.tag(i)
		if t == "," || t == ":" || t == "." {
			break
		}
		if !isFinite(t) {
			continue
		}
		if !partners {
			return true
		}
		j := i - 1
		for j > k && s.tag(j) == "RB" {
			j--
		}
		if s.tag(j) != "CC" {
			return true
		}
	}
	return false
}

// finiteBeforeIn reports whether a finite verb or modal stands between the
// clause's start (the last comma, colon, subordinator or relative word) and
// token k.
func (s *state) finiteBeforeIn(k int) bool {
	for i := k - 1; i >= 0; i-- {
		t := s.tag(i)
		if t == "," || t == ":" || t == "WDT" || t == "WP" || t == "IN" && s.is(subordinators, i) {
			break
		}
		if isFinite(t) {
			return true
		}
	}
	return false
}
