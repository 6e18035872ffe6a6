package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// interceptions codes an interception whose object is a pronoun standing
// for weapons launched earlier in the sentence: "Iran launched drones and
// missiles at Israel, and Israeli air defences intercepted most of them"
// is Israel's engagement of Iran; so are "…, and Israel said most were
// intercepted" and "the Houthis fired a missile at Israel, which the
// Israeli military said it intercepted". The pronoun names no actor, so
// INTERCEPT's and SHOOT's patterns find no target; the weapons' launcher
// is the one engaged (testdata/news/README.md: "Interceptions of missiles
// and drones are coded, the interceptor as source and the launcher as
// target: 194 for air defences or warships, 195 for jets, 190 with no
// weapon word").
//
// The interceptor is the subject of the interception's clause, or for a
// passive ("most were intercepted"), a subject that names no actor or a
// pronoun, the speaker above it ("Israel said it intercepted them": the
// pronoun is the speaker, not the sentence's last subject). The launcher
// is the source of the nearest earlier act of force (root 19) whose
// source is of another side than the interceptor: an ally intercepts
// weapons aimed at another's base (Qatar's defences shooting down missiles
// fired at a U.S. base on its soil). An interceptor named by its air
// defences, warships or jets is its state's military.
func (s *sent) interceptions(evs []dyad.Event) []dyad.Event {
	n := len(evs)
	if n == 0 {
		return evs
	}
	for i := 1; i < len(s.words); i++ {
		kind, rel := s.pronounInterception(i)
		if kind == intNone || s.verbCoded(evs[:n], i) || s.negated(i) {
			continue
		}
		var rm *mention
		switch kind {
		case intActive:
			if m := s.subject(i, -1); m >= 0 {
				rm = &s.nes[m]
			}
		case intRelative:
			// "which the Israeli military said it intercepted": the
			// relative's first actor.
			if rm = s.actorBetween(rel+1, i-1); rm == nil {
				continue
			}
		}
		if kind != intRelative && (rm == nil || len(rm.codes) == 0 || !rm.codes[0].hasActor || rm.codes[0].ref != nil || subjectPronoun[s.words[rm.first]]) {
			// "Israel said it intercepted them": the pronoun is the
			// speaker, not the sentence's last subject.
			if sp := s.speakerAbove(i); sp != nil && len(sp.codes) > 0 && sp.codes[0].hasActor {
				rm = sp
			}
		}
		if rm == nil || len(rm.codes) == 0 || !rm.codes[0].hasActor {
			continue
		}
		r := s.actor(&rm.codes[0])
		st := sideOf(r.Code)
		if st == "" {
			continue
		}
		code, weapon := s.interceptorWeapon(i)
		if weapon && len(r.Code) == 3 && isCountryCode(r.Code) {
			r.Code += "MIL"
		}
		act := -1
		for k := n - 1; k >= 0; k-- {
			e := &evs[k]
			if e.Verb.Start < s.leaves[i].Start && strings.HasPrefix(string(e.Code), "19") && launcherOf(e.Source.Code, st) {
				act = k
				break
			}
		}
		if act < 0 {
			continue
		}
		for k := range n {
			e := evs[k]
			if e.Verb != evs[act].Verb || !strings.HasPrefix(string(e.Code), "19") || !launcherOf(e.Source.Code, st) {
				continue
			}
			if hasEvent(evs, r.Code, e.Source.Code, string(code)) {
				continue
			}
			evs = append(evs, dyad.Event{Source: r, Target: e.Source, Code: code, Verb: s.span(i, i), VerbText: s.text(i, i),
				Pattern: "dyad: weapons intercepted, told by a pronoun, engage their launcher (interception.go)"})
		}
	}
	return evs
}

// actorBetween returns the first mention, kept or set aside by the comma
// options (a relative after a comma is read as an aside, its mentions
// hidden), that starts in leaves from..to and names an actor, or nil.
func (s *sent) actorBetween(from, to int) *mention {
	var best *mention
	for _, ms := range [2][]mention{s.nes, s.hidden} {
		for m := range ms {
			if ms[m].first < from || ms[m].first > to || len(ms[m].codes) == 0 || !ms[m].codes[0].hasActor {
				continue
			}
			if best == nil || ms[m].first < best.first {
				best = &ms[m]
			}
		}
	}
	return best
}

// subjectPronoun holds the pronouns that, as an interception's subject
// under a verb of speech, stand for the speaker.
var subjectPronoun = map[string]bool{"IT": true, "THEY": true, "WE": true}

// launcherOf reports whether an act's source code is of a side other than
// st, the interceptor's.
func launcherOf(code, st string) bool {
	side := sideOf(code)
	return side != "" && side != st
}

// Kinds of interception told by a pronoun (pronounInterception).
const (
	intNone     = iota
	intActive   // "intercepted most of them": the clause's subject intercepts
	intPassive  // "most were intercepted": the speaker above intercepts
	intRelative // "which the military said it intercepted": the relative's actor
)

// pronounInterception returns the kind of interception leaf i is, if it
// is a verb of interception whose object is a pronoun or a quantity of one
// ("intercepted most of them", "shot them all down", "shot down 40 of
// them"), a passive with such a subject ("most were intercepted", "all of
// them were shot down"), or a relative's gap ("which the military said it
// intercepted", nothing after the verb); for the relative, also the leaf
// of "which".
func (s *sent) pronounInterception(i int) (kind, rel int) {
	w := s.words
	if !strings.HasPrefix(s.tags[i], "VB") {
		return intNone, -1
	}
	down := false
	switch w[i] {
	case "INTERCEPTED", "INTERCEPT", "INTERCEPTS", "INTERCEPTING", "DOWNED":
	case "SHOT", "SHOOT", "SHOOTS", "SHOOTING":
		down = true
	default:
		return intNone, -1
	}
	j := i + 1
	if down && j < len(w) && w[j] == "DOWN" {
		j, down = j+1, false
	}
	// The passive: "most (of them) were intercepted".
	if s.tags[i] == "VBN" && i >= 2 {
		switch w[i-1] {
		case "WERE", "WAS", "BEEN":
			// down is still set only for "shot" with no "down" after it,
			// which is no interception.
			if !down && weaponsPronoun(w, i-2) {
				return intPassive, -1
			}
		}
	}
	// The object: an optional quantity, "of", then the pronoun.
	if j < len(w) {
		switch w[j] {
		case "MOST", "ALL", "MANY", "SOME", "SEVERAL", "NEARLY", "ALMOST", "THE":
			for k := j; k < len(w) && k <= j+4; k++ {
				if w[k] == "OF" {
					j = k + 1
					break
				}
			}
		default:
			switch {
			case j+1 < len(w) && s.tags[j] == "CD" && w[j+1] == "OF":
				j += 2
			case j+2 < len(w) && s.tags[j] == "CD" && (w[j+1] == "PERCENT" || w[j+1] == "%") && w[j+2] == "OF":
				j += 3
			}
		}
	}
	if j < len(w) && (w[j] == "THEM" || w[j] == "IT") {
		j++
		if j < len(w) && w[j] == "ALL" {
			j++
		}
		if down && (j >= len(w) || w[j] != "DOWN") {
			return intNone, -1
		}
		return intActive, -1
	}
	// A relative's gap: "…, which the military said it intercepted."
	if !down && (j >= len(w) || w[j] == "." || w[j] == ",") {
		for k := i - 1; k >= 1 && k >= i-12; k-- {
			if w[k] == "WHICH" {
				return intRelative, k
			}
		}
	}
	return intNone, -1
}

// weaponsPronoun reports whether leaf j ends a passive subject that can
// only stand for weapons already named: "most", "all of them", "they".
func weaponsPronoun(w []string, j int) bool {
	if j < 0 {
		return false
	}
	switch w[j] {
	case "MOST", "ALL", "THEY":
		return true
	case "THEM":
		return j >= 2 && w[j-1] == "OF"
	}
	return false
}

// interceptorWeapon returns the code of the interception at leaf i by the
// weapon the clause names before it (back to ", and", a relative pronoun
// or a verb of speech): 194 for air or missile defences and warships, 195
// for jets, 190 with none; weapon reports whether one was named.
func (s *sent) interceptorWeapon(i int) (dyad.Code, bool) {
	w := s.words
	jets := false
scan:
	for k := i - 1; k >= 1 && k >= i-12; k-- {
		switch w[k] {
		case "DEFENCES", "DEFENSES", "DEFENCE", "DEFENSE":
			if w[k-1] == "AIR" || w[k-1] == "MISSILE" {
				return "194", true
			}
		case "DOME", "WARSHIP", "WARSHIPS", "DESTROYER", "DESTROYERS", "FRIGATE", "FRIGATES":
			return "194", true
		case "JETS", "WARPLANES", "FIGHTERS":
			jets = true
		case "WHICH", "THAT", "SAID", "SAYS":
			break scan
		case "AND":
			if w[k-1] == "," {
				break scan
			}
		}
	}
	if jets {
		return "195", true
	}
	return "190", false
}
