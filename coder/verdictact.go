package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// A verdict on an act told in an earlier clause. Wire copy reports an act,
// then another's judgement of it in a clause of its own whose object names
// the act by a noun with no actor in it: "Iran fired missiles at the base,
// and Qatar condemned the attack as a flagrant violation", "China said it
// would lift the tariffs, and Australia's trade minister welcomed the move",
// "A Russian convoy crossed into Ukraine, and Ukraine's security service
// called it a direct invasion". The verb's pattern finds no actor in "the
// attack" and codes nothing; an expert coder reads the verdict as aimed at
// the act's author, as "Qatar condemned Iran" would be coded: criticism
// 111 for a verb of condemnation or a critical name, praise 051 for one of
// welcome. A verdict on the speaker's own act, or with no act coded before
// the speaker, is left alone (calling.go judges the closing participle
// after the speaker's own act).

// actVerdictVerbs are the finite verbs of judgement and their codes.
var actVerdictVerbs = map[string]dyad.Code{
	"CONDEMNED": "111", "CONDEMNS": "111", "DENOUNCED": "111", "DENOUNCES": "111",
	"CRITICISED": "111", "CRITICIZED": "111", "CRITICISES": "111", "CRITICIZES": "111",
	"SLAMMED": "111", "SLAMS": "111", "DEPLORED": "111", "DEPLORES": "111",
	"WELCOMED": "051", "WELCOMES": "051", "PRAISED": "051", "PRAISES": "051",
	"HAILED": "051", "HAILS": "051", "APPLAUDED": "051", "APPLAUDS": "051",
}

// actVerdicts adds, for a finite verb of judgement (or CALL naming its
// object, namedCall) that coded nothing and whose object noun phrase names
// no actor, the verdict from the verb's subject to the source of the last
// event coded before that subject, when that source is of another state
// and the speaker does not already judge it so.
func (s *sent) actVerdicts(evs []dyad.Event) []dyad.Event {
	for v := 2; v < len(s.words); v++ {
		t := s.tags[v]
		finite := t == "VBD" || t == "VBZ" || t == "VBN" && (s.words[v-1] == "HAS" || s.words[v-1] == "HAVE")
		if !finite {
			continue
		}
		code, ok := actVerdictVerbs[s.words[v]]
		if !ok && s.words[v] != "CALLED" && s.words[v] != "CALLS" {
			continue
		}
		if s.verbTargeted(evs, v) {
			continue
		}
		if !ok {
			if code = dyad.Code(s.namedCall(v, v)); code == "" {
				continue
			}
		}
		if !s.actorlessObject(v) {
			continue
		}
		m := s.subject(v, -1)
		if m < 0 || s.nes[m].last >= v || len(s.nes[m].codes) == 0 || !s.nes[m].codes[0].hasActor || s.relativeSubject(s.nes[m].first) {
			continue
		}
		act := s.lastEventBefore(evs, s.nes[m].first)
		if act < 0 || judgement(evs[act].Code) {
			continue
		}
		src, tgt := s.actor(&s.nes[m].codes[0]), evs[act].Source
		if src.Code == nullCode || tgt.Code == nullCode || sameCountry(src.Code, tgt.Code) ||
			strings.HasPrefix(tgt.Code, src.Code) || strings.HasPrefix(src.Code, tgt.Code) {
			continue
		}
		if hasEventUnder(evs, src.Code, tgt.Code, string(code[:2])) {
			continue
		}
		evs = s.addAt(evs, dyad.Event{Source: src, Target: tgt, Code: code}, v,
			"verdict on an act told in an earlier clause (coder/verdictact.go)")
	}
	return evs
}

// relativeSubject reports whether the subject starting at leaf f opens a
// relative clause ("a ceremony hosted by Trump, who hailed it", "in what
// it called a warning"): the relative's verdict is on its head noun, which
// apposed.go reads, not on the act before it.
func (s *sent) relativeSubject(f int) bool {
	switch s.words[f] {
	case "WHO", "WHICH", "THAT":
		return true
	}
	if f == 0 {
		return false
	}
	switch s.words[f-1] {
	case "WHAT", "WHICH", "THAT", "WHO", "WHOM":
		return true
	}
	return false
}

// judgement reports whether a code is itself a verdict or a rejection (a
// criticism or accusation 11, a rejection 12, praise 05, pessimism or
// optimism 012 / 013): a second verdict after it ("X criticised Y's
// decision, while Z called it a grave test") is on the thing the first
// one judged, not on its judge.
func judgement(c dyad.Code) bool {
	return strings.HasPrefix(string(c), "11") || strings.HasPrefix(string(c), "12") ||
		strings.HasPrefix(string(c), "05") || c == "012" || c == "013"
}

// verbTargeted reports whether an event of evs at the verb at leaf v has a
// target: an event the pattern left without one ("the service called it
// a direct invasion" gives the speaker and no one) is dropped later, and
// is no reading of the verdict.
func (s *sent) verbTargeted(evs []dyad.Event, v int) bool {
	for _, e := range evs {
		if e.Verb.Start == s.leaves[v].Start && e.Target.Code != nullCode && e.Target.Code != "" {
			return true
		}
	}
	return false
}

// actorlessObject reports whether the verb at leaf v has a noun phrase
// right after it that holds no actor mention: "the attack", "the move".
// A bare "it" names the act told before, whatever actor the pronoun was
// resolved to.
func (s *sent) actorlessObject(v int) bool {
	i := v + 1
	if i >= len(s.leaves) || s.del[i] {
		return false
	}
	if s.words[i] == "IT" {
		return true
	}
	end := -1
	for p := s.parent[s.leafK[i]]; p >= 0 && s.spans[p].first == i; p = s.parent[p] {
		if isLabel(s.nodes[p].Label, "NP") {
			end = s.spans[p].last
		}
	}
	if end < 0 {
		return false
	}
	for m := range s.nes {
		if s.nes[m].first <= end && s.nes[m].last >= i && len(s.nes[m].codes) > 0 {
			return false
		}
	}
	return true
}
