package coder

import "github.com/dyadproject/dyad"

// truceDeclaring are the verbs of a truce declared by one side.
var truceDeclaring = map[string]bool{
	"DECLARED": true, "DECLARES": true, "ANNOUNCED": true, "ANNOUNCES": true,
	"ORDERED": true, "ORDERS": true, "PROCLAIMED": true, "PROCLAIMS": true,
}

// unilateralTruces codes a truce a state's government or army declares in
// its own country's conflict, naming no other party, as declared toward the
// country's armed opposition: "Myanmar's military government declared a
// temporary ceasefire" is MMRGOV>MMRREB 0871, "Ethiopia's government
// declared an indefinite humanitarian truce" ETHGOV>ETHREB, not ETHGOV>ETH
// (README: a truce declared by one side is 0871; its counterpart the side
// it binds, the rebels where the sentence names none — fresh2 g-127,
// fresh13 v-056, fresh14 x-180, fresh24 ah-164, fresh30 an-199, fresh31
// ao-118, fresh38 av-160). The declaring verb must be a finite past or
// present ("declared", "announces"), not negated, with the truce noun as
// its object (only modifiers between) and no "between" or "with" party
// after it; the subject a state's GOV or MIL. A sentence naming a state
// other than the source's (a truce in a war between states, "Putin
// declared an Easter ceasefire, saying Russia expected Ukraine to follow
// suit") or an event the verb already coded toward another party is left
// as it is. A truce coded toward the source's own country (the place named)
// takes the rebels as its target instead.
func (s *sent) unilateralTruces(evs []dyad.Event) []dyad.Event {
	for i := 1; i < len(s.words); i++ {
		if (s.tags[i] != "VBD" && s.tags[i] != "VBZ") || !truceDeclaring[s.words[i]] || s.negatedAt(i) {
			continue
		}
		n := s.truceObject(i)
		if n < 0 {
			continue
		}
		m := s.subject(i, -1)
		if m < 0 || len(s.nes[m].codes) != 1 || !s.nes[m].codes[0].hasActor {
			continue
		}
		src := s.actor(&s.nes[m].codes[0])
		if len(src.Code) != 6 || !isCountryCode(src.Code[:3]) || (src.Code[3:] != "GOV" && src.Code[3:] != "MIL") {
			continue
		}
		c := src.Code[:3]
		if s.namesOtherState(c) {
			continue
		}
		reb := dyad.Actor{Code: c + "REB"}
		const pattern = "dyad: a truce declared by one side toward its country's rebels (coder/unilateraltruce.go)"
		coded, other := false, false
		for k := range evs {
			e := &evs[k]
			if e.Verb.Start != s.leaves[i].Start || e.Code != truceCode {
				continue
			}
			if e.Source.Code == src.Code && e.Target.Code == c {
				e.Target, e.Pattern = reb, pattern
				coded = true
				continue
			}
			other = true
		}
		if !coded && !other {
			evs = s.addAt(evs, dyad.Event{Source: src, Target: reb, Code: truceCode}, i, pattern)
		}
	}
	return evs
}

// truceObject returns the leaf of the truce noun that is the object of the
// verb at leaf i, with only articles, adjectives, numbers and nouns between
// ("declared a temporary ceasefire", "announced a unilateral three-month
// humanitarian truce"), or -1; -1 too when "between" or "with" follows the
// noun (a party named).
func (s *sent) truceObject(i int) int {
	for j := i + 1; j < len(s.words) && j <= i+6; j++ {
		if truceWords[s.words[j]] {
			if j+1 < len(s.words) && (s.words[j+1] == "BETWEEN" || s.words[j+1] == "WITH") {
				return -1
			}
			return j
		}
		switch s.tags[j] {
		case "DT", "JJ", "CD", "NN", "NNP", "HYPH", "VBN":
		default:
			return -1
		}
	}
	return -1
}

// negatedAt reports whether a negation (negWord: "not", "n't", "never")
// stands among the two leaves before leaf i. negated reads further back
// through auxiliaries and adverbs; this is the close check of a finite
// verb with at most "did" or "has" between.
func (s *sent) negatedAt(i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if negWord(s.words[j]) {
			return true
		}
	}
	return false
}

// namesOtherState reports whether an actor phrase of the sentence names a
// state other than country c, asides dropped by the comma options
// included.
func (s *sent) namesOtherState(c string) bool {
	return otherStateIn(s.nes, c) || otherStateIn(s.hidden, c)
}

func otherStateIn(ms []mention, c string) bool {
	for m := range ms {
		for _, a := range ms[m].codes {
			if a.hasActor && len(a.code) >= 3 && isCountryCode(a.code[:3]) && a.code[:3] != c {
				return true
			}
		}
	}
	return false
}
