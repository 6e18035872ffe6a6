package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Telephone calls named beside the act done in them. "Erdogan and
// Pezeshkian agreed in a telephone call that ...", "Suga and Biden spoke by
// telephone": the call itself is 041 (discuss by telephone) between the two
// parties, both ways, beside whatever the verb codes; the phrase is an
// adverbial the verb's pattern passes over. The parties are the two actors
// of a coordinated subject ending right before the verb, or the subject and
// the actor after a "with" following the phrase ("spoke by phone with
// Xi").

// phoneCalls adds the 041 pair of each telephone phrase after a verb.
func (s *sent) phoneCalls(evs []dyad.Event) []dyad.Event {
	for i := 2; i < len(s.words); i++ {
		end := s.phonePhrase(i)
		if end < 0 {
			continue
		}
		v := i - 1
		for v >= 0 && !s.callVerb(v) && v >= i-2 {
			v--
		}
		if v < 1 || !s.callVerb(v) {
			continue
		}
		a, b := s.pairBefore(v)
		if a != nil && b == nil && end+2 < len(s.words) && s.words[end+1] == "WITH" {
			if cs := s.fromList(end + 2); len(cs) == 1 && cs[0].hasActor {
				b = &cs[0]
			}
		}
		if a == nil || b == nil {
			continue
		}
		x, y := s.actor(a), s.actor(b)
		if x.Code == nullCode || y.Code == nullCode || sameCountry(x.Code, y.Code) {
			continue
		}
		evs = s.callPair(evs, x, y, i, end, "telephone call named by a phrase (coder/phone.go)")
	}
	return evs
}

// callPair appends the telephone call between x and y, 041 each way, that
// the phrase at leaves i..end names, with pattern as its provenance; a
// direction evs already holds is not added again.
func (s *sent) callPair(evs []dyad.Event, x, y dyad.Actor, i, end int, pattern string) []dyad.Event {
	for _, ev := range [2]dyad.Event{{Source: x, Target: y, Code: "041"}, {Source: y, Target: x, Code: "041"}} {
		if hasEvent(evs, ev.Source.Code, ev.Target.Code, "041") {
			continue
		}
		ev.Verb, ev.VerbText, ev.Pattern = s.span(i, end), s.text(i, end), pattern
		evs = append(evs, ev)
	}
	return evs
}

// phonePhrase returns the last leaf of a telephone phrase starting at leaf
// i — "by telephone", "by phone", "in / during / over a (tele)phone call /
// conversation" — or -1.
func (s *sent) phonePhrase(i int) int {
	w := s.words
	phone := func(k int) bool { return k < len(w) && (w[k] == "TELEPHONE" || w[k] == "PHONE") }
	switch w[i] {
	case "BY":
		if phone(i + 1) {
			return i + 1
		}
	case "IN", "DURING", "OVER":
		k := i + 1
		if k < len(w) && (w[k] == "A" || w[k] == "THE" || w[k] == "THEIR") {
			k++
		}
		if phone(k) && k+1 < len(w) && (w[k+1] == "CALL" || w[k+1] == "CONVERSATION") {
			return k + 1
		}
	}
	return -1
}

// pairBefore returns the actors of the subject that ends right before the
// verb at leaf v: both of "X and Y", or the one actor of a single mention.
func (s *sent) pairBefore(v int) (*acode, *acode) {
	m := s.mentionEndingAt(v - 1)
	if m == nil {
		// "(NP Scholz and Lula spoke/NN by telephone)": the tagger's noun
		// puts the verb inside the subject's phrase
		for k := range s.nes {
			if s.nes[k].first < v && s.nes[k].last >= v {
				m = &s.nes[k]
			}
		}
	}
	if m != nil && len(m.codes) == 2 && m.codes[0].hasActor && m.codes[1].hasActor {
		return &m.codes[0], &m.codes[1] // one phrase "X and Y"
	}
	if m == nil || len(m.codes) != 1 || !m.codes[0].hasActor {
		return nil, nil
	}
	k := m.first - 1
	if k < 1 || s.words[k] != "AND" {
		return &m.codes[0], nil
	}
	n := s.mentionEndingAt(k - 1)
	if n == nil || len(n.codes) != 1 || !n.codes[0].hasActor {
		return nil, nil
	}
	return &n.codes[0], &m.codes[0]
}

// speakVerbs are read as the verb before a telephone phrase whatever their
// tag: the tagger reads "Lula spoke/NN by telephone" as a noun.
var speakVerbs = map[string]bool{"SPOKE": true, "SPEAK": true, "SPEAKS": true, "TALKED": true, "CONFERRED": true}

// callVerb reports whether leaf v is the verb a telephone phrase follows.
func (s *sent) callVerb(v int) bool {
	return strings.HasPrefix(s.tags[v], "VB") || speakVerbs[s.words[v]]
}
