package coder

import "strings"

// ownModifier reports whether actor phrase e names the source src only as a
// modifier of a thing: "EU rules" in "the European Commission warned Poland
// that it was breaching EU rules", "French law" in "France warned Italy that
// it was breaking French law". The phrase's head is a common noun (NN, NNS)
// that no agent, title or entry of the phrase names, and each of its actors
// is a bare actor code the source also has, so the phrase is the source's
// own thing, not whom an event is aimed at. A phrase whose head names people
// ("French diplomats", "EU officials") is not a modifier.
func (s *sent) ownModifier(e, src int) bool {
	if e < 0 || src < 0 {
		return false
	}
	ne := &s.nes[e]
	if t := s.tags[ne.last]; t != "NN" && t != "NNS" {
		return false
	}
	cs, ss := ne.codes, s.nes[src].codes
	if len(cs) == 0 || len(ss) == 0 {
		return false
	}
	if s.headIsAgent(ne.last, cs) { // headnoun.go
		return false // "EU officials": the head names people
	}
	w := s.words[ne.last]
	for _, c := range cs {
		if c.role != nil || len(c.agents) > 0 || c.code != c.base {
			return false // "the Venezuelan leader": a title or agent codes it
		}
		if c.actor != nil && sameNoun(w, lastWord(c.actor.Phrase)) {
			return false // the head ends the actor's own name
		}
		mine := false
		for _, a := range ss {
			mine = mine || a.code == c.code
		}
		if !mine {
			return false
		}
	}
	return true
}

// lastWord returns the last word of an entry's phrase (words joined by '_';
// a trailing '_' marks a phrase that may be followed by more words).
func lastWord(phrase string) string {
	phrase = strings.TrimRight(phrase, "_")
	return phrase[strings.LastIndexByte(phrase, '_')+1:]
}

// modifierSlot reports whether a pattern's target slot holds only the
// source's own modifier (ownModifier): "- * THAT + [130]" read "EU rules" in
// "The European Commission warned Poland that it was breaching EU rules" as
// the target, an event of the Commission on itself that dropped the
// sentence's warning. Such a pattern does not fit, and a later one ("- * +
// THAT [130]": Poland) may. Verb leaf vi finds the subject when the pattern
// names no source.
func (s *sent) modifierSlot(m match, vi int) bool {
	if m.tgt < 0 {
		return false
	}
	src := m.src
	if src < 0 {
		src = s.subject(vi, m.tgt)
	}
	return s.ownModifier(m.tgt, src)
}
