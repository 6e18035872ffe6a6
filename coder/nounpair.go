package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// pairNouns are the mutual event nouns a hyphenated pair of actors can
// name both sides of ("U.S.-Iran talks", "the Israel-Hamas ceasefire"), with
// their code and the verbs after them that report the event as happening.
var pairNouns = map[string]struct {
	code  string
	verbs map[string]bool
}{
	"TALKS":        {"046", talksGoOn},
	"NEGOTIATIONS": {"046", talksGoOn},
	"CEASEFIRE":    {"0871", inForce},
	"CEASE-FIRE":   {"0871", inForce},
	"TRUCE":        {"0871", inForce},
	"FIGHTING":     {"190", outbreakVerbs},
	"CLASHES":      {"190", outbreakVerbs},
}

// talksGoOn are the verbs that report talks under way: they opened,
// resumed, went on or ended, not that they were planned.
var talksGoOn = map[string]bool{
	"RESUMED": true, "OPENED": true, "BEGAN": true, "STARTED": true, "CONTINUED": true,
	"ENDED": true, "CONCLUDED": true, "RESUME": true, "OPEN": true, "BEGIN": true, "CONTINUE": true,
}

// inForce are the verbs of a ceasefire in force: it "took effect" / "took
// hold" (TOOK), "came" or "went into force".
var inForce = map[string]bool{"TOOK": true, "CAME": true, "WENT": true, "TAKES": true, "COMES": true}

// pairEvents adds the mutual event a noun names when a hyphenated pair of
// actors before it names both sides and the verb right after it reports
// the event as happening: "U.S.-Iran talks resumed in Oman" is USA<>IRN
// 046, "The Israel-Hamas ceasefire took effect" ISR<>PSEREBHMS 0871,
// "Armenia-Azerbaijan fighting erupted" 190 both ways. Each part of the
// pair must be an actor of its own; at most one noun ("trade talks") may
// stand between the pair and the event noun.
func (s *sent) pairEvents(evs []dyad.Event) []dyad.Event {
	for i := 1; i+1 < len(s.leaves); i++ {
		pn, ok := pairNouns[s.words[i]]
		if !ok || s.del[i] || !s.pairVerb(i+1, pn.verbs) {
			continue
		}
		a, b, at := s.hyphenPair(i)
		if a == "" || sameCountry(a, b) {
			continue
		}
		span, text := s.span(at, at), s.text(at, at)
		for _, p := range [2][2]string{{a, b}, {b, a}} {
			if hasEvent(evs, p[0], p[1], pn.code) {
				continue
			}
			evs = append(evs, dyad.Event{
				Source: dyad.Actor{Code: p[0], Text: text, Span: span},
				Target: dyad.Actor{Code: p[1], Text: text, Span: span},
				Code:   dyad.Code(pn.code), Verb: s.span(i, i), VerbText: s.text(i, i),
				Pattern: "dyad: mutual event of a hyphenated pair (nounpair.go)",
			})
		}
	}
	return evs
}

// pairVerb reports whether the finite verb at leaf k is one of verbs, and
// for TOOK / CAME / WENT whether effect, hold or force follows ("took
// effect", "came into force").
func (s *sent) pairVerb(k int, verbs map[string]bool) bool {
	if k >= len(s.words) || !verbs[s.words[k]] || !strings.HasPrefix(s.tags[k], "VB") {
		return false
	}
	switch s.words[k] {
	case "TOOK", "TAKES":
		return k+1 < len(s.words) && (s.words[k+1] == "EFFECT" || s.words[k+1] == "HOLD")
	case "CAME", "COMES", "WENT":
		return k+2 < len(s.words) && s.words[k+1] == "INTO" && (s.words[k+2] == "FORCE" || s.words[k+2] == "EFFECT")
	case "BROKE", "BREAKS":
		return k+1 < len(s.words) && s.words[k+1] == "OUT"
	}
	return true
}

// hyphenPair returns the codes of the two actors a hyphenated word before
// the noun at leaf i names ("U.S.-IRAN"), at most one noun between, and the
// word's leaf; "" when there is none.
func (s *sent) hyphenPair(i int) (string, string, int) {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		parts, ok := hyphenParts(s.words[j])
		if ok && len(parts) == 2 {
			a, b := s.oneActor(parts[0]), s.oneActor(parts[1])
			if a != "" && b != "" {
				return a, b, j
			}
			return "", "", -1
		}
		if s.tags[j] != "NN" {
			break
		}
	}
	return "", "", -1
}

// oneActor returns the code of the actor the one word w names wholly, or "".
func (s *sent) oneActor(w string) string {
	idx, n := s.c.d.Actors.Match([]string{w}, 0)
	if idx < 0 || n != 1 {
		return ""
	}
	code, _ := s.c.d.Actors.Entries[idx].CodeAt(s.date)
	if code == "" || strings.HasPrefix(code, nullCode) {
		return ""
	}
	return code
}

// talksNouns are the nouns of negotiation.
var talksNouns = map[string]bool{"TALKS": true, "NEGOTIATIONS": true}

// talksHappen are the verbs after talks that report them held: under way,
// ended, stalled or broken down ("have hit a difficult patch").
var talksHappen = map[string]bool{
	"RESUMED": true, "OPENED": true, "BEGAN": true, "STARTED": true, "CONTINUED": true,
	"ENDED": true, "CONCLUDED": true, "HIT": true, "STALLED": true, "COLLAPSED": true, "BROKE": true,
}

// possessiveTalks adds the talks (046, both ways) a possessive and "with"
// name, when the clause's first finite verb after them reports the talks
// held: "Pakistan's talks with the International Monetary Fund have hit a
// difficult patch" is PAK<>IMF 046, "Iran's talks with the United States
// resumed in Oman" IRN<>USA 046. A prepositional phrase may stand between
// the partner and the verb ("talks with the IMF on a bailout tranche"), no
// comma.
func (s *sent) possessiveTalks(evs []dyad.Event) []dyad.Event {
	for i := 2; i+2 < len(s.leaves); i++ {
		if s.del[i] || !talksNouns[s.words[i]] || s.words[i+1] != "WITH" {
			continue
		}
		own := s.possessorOf(i)
		if own == nil {
			continue
		}
		with, end := s.namedEnd(i + 2)
		if with == nil || sameCountry(codeOf(own), codeOf(with)) || !s.talksHeldFrom(end) {
			continue
		}
		evs = s.talksBothWays(evs, s.actor(own), s.actor(with), i, "dyad: talks named by a possessive and with (nounpair.go)")
	}
	return evs
}

// talksBothWays adds the talks (046) the noun at leaf i names between a and
// b, both ways, pattern their provenance; a way coded already is left as
// it is.
func (s *sent) talksBothWays(evs []dyad.Event, a, b dyad.Actor, i int, pattern string) []dyad.Event {
	return s.bothWays(evs, a, b, "046", i, pattern)
}

// bothWays adds the event coded code between a and b, both ways, read from
// the noun at leaf i (addAt): talks (046) or a truce (0871) two sides hold.
func (s *sent) bothWays(evs []dyad.Event, a, b dyad.Actor, code dyad.Code, i int, pattern string) []dyad.Event {
	evs = s.addAt(evs, dyad.Event{Source: a, Target: b, Code: code}, i, pattern)
	return s.addAt(evs, dyad.Event{Source: b, Target: a, Code: code}, i, pattern)
}

// addAt appends e, read from the word at leaf i with pattern its
// provenance, unless an event of the same source, target and code is coded
// already. The rules that add events beside the verbs' own from a noun or
// participle (a visit and its welcome, talks or a truce both ways) share
// it, so a pair the verbs' patterns coded is not doubled.
func (s *sent) addAt(evs []dyad.Event, e dyad.Event, i int, pattern string) []dyad.Event {
	if hasEvent(evs, e.Source.Code, e.Target.Code, string(e.Code)) {
		return evs
	}
	e.Verb, e.VerbText, e.Pattern = s.span(i, i), s.text(i, i), pattern
	return append(evs, e)
}

// possessorOf returns the one named actor of the possessive before the
// noun at leaf i, at most two nouns, adjectives or numbers between ("Iran's
// nuclear talks", "Mirziyoyev's two-day state visit"), or nil.
func (s *sent) possessorOf(i int) *acode {
	for j := i - 1; j > 0 && j >= i-3; j-- {
		if s.tags[j] == "POS" {
			if e := int(s.ne[j-1]); e >= 0 && len(s.nes[e].codes) == 1 && s.nes[e].codes[0].hasActor {
				return &s.nes[e].codes[0]
			}
			return nil
		}
		if t := s.tags[j]; t != "NN" && t != "JJ" && t != "CD" {
			return nil
		}
	}
	return nil
}

// talksHeldFrom reports whether the first finite verb from leaf k, within
// eight leaves and before any comma, is one of talksHappen ("have hit",
// "broke down"), "have", "has" or "had" before it allowed.
func (s *sent) talksHeldFrom(k int) bool {
	for j := k; j < len(s.words) && j <= k+8; j++ {
		t := s.tags[j]
		if t == "," || t == ":" {
			return false
		}
		if t != "VBD" && t != "VBZ" && t != "VBP" && t != "VBN" {
			continue
		}
		switch s.words[j] {
		case "HAVE", "HAS", "HAD":
			continue
		case "BROKE":
			return j+1 < len(s.words) && s.words[j+1] == "DOWN"
		}
		return talksHappen[s.words[j]]
	}
	return false
}
