package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// protestNouns are the nouns of street protest.
var protestNouns = map[string]bool{
	"PROTESTS": true, "DEMONSTRATIONS": true, "PROTEST": true, "RALLIES": true,
}

// protestGoOn are the verbs after a protest noun that report it under way.
var protestGoOn = map[string]bool{
	"ERUPTED": true, "BROKE": true, "SPREAD": true, "FLARED": true, "CONTINUED": true,
	"RAGED": true, "SWEPT": true, "ESCALATED": true, "ERUPTS": true, "SPREADS": true,
}

// protestsAgainst adds the protest (141) a noun names with its target:
// "Protests against President William Ruto erupted in Nairobi" is
// KENOPP>KENGOV 141 — the protesters unnamed, coded as the opposition of
// the target's country (the news sets' convention: protesters OPP). The
// target must be a state's government or another body of it, not the bare
// state. The noun must be the subject of a verb reporting the protest under way
// (erupted, broke out, spread, continued, swept), the target a named actor
// of one state right after "against", and the verb right after the
// target's mention; a protest in a background phrase or dated to an earlier
// week is not the day's event (backgroundNoun).
func (s *sent) protestsAgainst(evs []dyad.Event) []dyad.Event {
	for i := range s.leaves {
		if s.del[i] || i+2 >= len(s.words) || s.words[i+1] != "AGAINST" || !protestNouns[s.words[i]] {
			continue
		}
		tgt, end := s.namedEnd(i + 2)
		if tgt == nil || end >= len(s.words) || !protestGoOn[s.words[end]] || !strings.HasPrefix(s.tags[end], "VB") {
			continue
		}
		if s.words[end] == "BROKE" && (end+1 >= len(s.words) || s.words[end+1] != "OUT") {
			continue
		}
		if s.backgroundNoun(i, end) {
			continue
		}
		// Only a state's own government or body: protests against a state
		// named as such are as often abroad ("Demonstrations against
		// Israel broke out in Amman" are Jordanians').
		st := stateOf(codeOf(tgt))
		if st == "" || len(codeOf(tgt)) == len(st) || strings.HasSuffix(codeOf(tgt), "OPP") {
			continue
		}
		src := dyad.Actor{Code: st + "OPP", Text: s.text(i, i), Span: s.span(i, i)}
		if hasEvent(evs, src.Code, codeOf(tgt), "141") {
			continue
		}
		evs = append(evs, dyad.Event{Source: src, Target: s.actor(tgt), Code: "141", Verb: s.span(end, end), VerbText: s.text(end, end),
			Pattern: "dyad: protests named by a noun (nounprotest.go)"})
	}
	return evs
}
