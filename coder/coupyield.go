package coder

import "github.com/dyadproject/dyad"

// ousterVerbs remove a government: "ousted President Omar al-Bashir".
var ousterVerbs = map[string]bool{
	"OUSTED": true, "TOPPLED": true, "DEPOSED": true, "OVERTHREW": true, "REMOVED": true,
}

// powerVerbs take power: "seized power in a coup", "took power", "had
// taken power" (a perfect participle, as finiteOrPerfect allows).
var powerVerbs = map[string]bool{
	"SEIZED": true, "SEIZES": true, "TOOK": true, "TAKES": true, "TAKEN": true, "GRABBED": true,
}

// coups adds the government's forced yielding of power (0831, "accede to
// demands for change in leadership") that a military coup reports, with
// the ousted government as source and the military as target: "Myanmar's
// military seized power in a coup" is MMRGOV>MMRMIL 0831, "Sudan's
// military ousted President Omar al-Bashir" SDNGOV>SDNMIL 0831 (the news
// sets' convention: a coup adds the 0831 with the ousted government as
// source). The subject must be a state's military; the government is the
// named leader ousted ("ousted / toppled / deposed / overthrew X",
// "removed X from power") or, after "seized / took power", the military's
// own state's government.
func (s *sent) coups(evs []dyad.Event) []dyad.Event {
	for v := 1; v+1 < len(s.leaves); v++ {
		if s.del[v] || !s.finiteOrPerfect(v) {
			continue
		}
		w := s.words[v]
		if !ousterVerbs[w] && !(powerVerbs[w] && s.words[v+1] == "POWER") {
			continue
		}
		_, sc := s.soleSubject(v)
		if sc == nil {
			continue
		}
		mil := s.actor(sc)
		st := stateOf(mil.Code)
		if st == "" || mil.Code != st+"MIL" {
			continue
		}
		var gov dyad.Actor
		if ousterVerbs[w] {
			a, end := s.namedEnd(v + 1)
			if a == nil || codeOf(a) != st+"GOV" {
				continue
			}
			if w == "REMOVED" && (end+1 >= len(s.words) || s.words[end] != "FROM" || s.words[end+1] != "POWER") {
				continue
			}
			gov = s.actor(a)
		} else {
			// Unnamed: like an implied target it has no words of its own.
			gov = dyad.Actor{Code: st + "GOV", Entry: "implied: the government a coup ousts", Dict: "dyad.implied"}
		}
		if hasEvent(evs, gov.Code, mil.Code, "0831") {
			continue
		}
		evs = append(evs, dyad.Event{Source: gov, Target: mil, Code: "0831", Verb: s.span(v, v), VerbText: s.text(v, v),
			Pattern: "dyad: a government ousted by a coup (coupyield.go)"})
	}
	return evs
}

// finiteOrPerfect reports whether the verb at leaf v is finite or a
// perfect participle ("had removed"): "ousted" as an adjective ("ousted
// President Mohamed Bazoum") names an earlier coup, not the day's. Its
// callers (coups, resignsAt) start at leaf 1; a participle at leaf 0 has
// no auxiliary and is not perfect.
func (s *sent) finiteOrPerfect(v int) bool {
	switch s.tags[v] {
	case "VBD", "VBZ", "VBP":
		return true
	case "VBN":
		if v == 0 {
			return false // no auxiliary before the sentence's first leaf
		}
		switch s.words[v-1] {
		case "HAD", "HAS", "HAVE":
			return true
		}
	}
	return false
}

// takeoverVerbs, before "power", report that power changed hands: "seized
// power", "had taken power", "was removed from power".
var takeoverVerbs = map[string]bool{
	"SEIZED": true, "SEIZES": true, "SEIZING": true, "TOOK": true, "TAKES": true, "TAKEN": true,
	"TAKING": true, "GRABBED": true, "ASSUMED": true, "FROM": true,
}

// oustedWords report a government removed or giving way, as verbs or
// nouns: "toppled", "declared his resignation", "dissolved the government".
var oustedWords = map[string]bool{
	"OUSTED": true, "TOPPLED": true, "DEPOSED": true, "OVERTHREW": true, "OVERTHROWN": true,
	"RESIGNATION": true, "RESIGNED": true, "DISSOLVED": true,
}

// failedCoupWords mark a coup that failed, was only attempted or is
// denied: its detentions are the 173 alone.
var failedCoupWords = map[string]bool{
	"ATTEMPT": true, "ATTEMPTED": true, "FAILED": true, "FOILED": true, "THWARTED": true,
	"ABORTIVE": true, "ALLEGED": true, "PLOT": true, "PLOTTING": true,
}

// reportsTakeover reports whether the sentence says power changed hands
// (the news sets' harmonised coup rule: seized or taken power, ousted,
// toppled, removed, the government dissolved, military rule or an
// emergency declared, a resignation) and says nothing of a coup that
// failed, was attempted or is denied.
func (s *sent) reportsTakeover() bool {
	took := false
	for i, w := range s.words {
		switch {
		case failedCoupWords[w] && s.nearCoup(i), w == "NOT" && s.deniesCoup(i):
			return false
		case w == "POWER" && i > 0 && takeoverVerbs[s.words[i-1]]:
			took = true
		case oustedWords[w] && s.tags[i] != "JJ":
			took = true
		case w == "EMERGENCY" && i > 1 && s.words[i-1] == "OF" && s.words[i-2] == "STATE":
			took = true
		case w == "LAW" && i > 0 && s.words[i-1] == "MARTIAL":
			took = true
		}
	}
	return took
}

// coupDetentions adds the ousted government's 0831 to the military
// beside a coup's detention: "the army seized power and detained the
// prime minister" is MIL>GOV 173 and GOV>MIL 0831 (the harmonised coup
// rule). It needs the state's own military detaining that state's
// government and the sentence to report power changing hands: a detention
// while the outcome is open, or in a coup that failed, is the 173 alone.
func (s *sent) coupDetentions(evs []dyad.Event) []dyad.Event {
	checked, takeover := false, false
	for i := 0; i < len(evs); i++ {
		e := evs[i]
		if e.Code != "173" {
			continue
		}
		st := stateOf(e.Source.Code)
		if st == "" || e.Source.Code != st+"MIL" || e.Target.Code != st+"GOV" {
			continue
		}
		if !checked {
			checked, takeover = true, s.reportsTakeover()
		}
		if !takeover {
			return evs
		}
		if hasEvent(evs, e.Target.Code, e.Source.Code, "0831") {
			continue
		}
		evs = append(evs, dyad.Event{Source: e.Target, Target: e.Source, Code: "0831", Verb: e.Verb, VerbText: e.VerbText,
			Pattern: "dyad: a government its military detains in a takeover (coupyield.go)"})
	}
	return evs
}

// coupNouns name what a failed-coup word qualifies: "a failed coup", "the
// coup attempt", "an alleged plot", "foiled a plot to seize power".
var coupNouns = map[string]bool{
	"COUP": true, "COUPS": true, "PUTSCH": true, "TAKEOVER": true, "POWER": true,
	"PLOT": true, "MUTINY": true, "OVERTHROW": true,
}

// nearCoup reports whether the failed-coup word at leaf i is of a coup's
// phrase: a coup noun within three leaves on either side (the word itself
// when it is PLOT). "Failed talks" or an "alleged" crime elsewhere in the
// sentence say nothing of the coup.
func (s *sent) nearCoup(i int) bool {
	for j := max(i-3, 0); j < len(s.words) && j <= i+3; j++ {
		if coupNouns[s.words[j]] {
			return true
		}
	}
	return false
}

// deniesCoup reports whether "not" at leaf i denies a coup within the next
// three words: "insisted it was not staging a coup".
func (s *sent) deniesCoup(i int) bool {
	for j := i + 1; j < len(s.words) && j <= i+3; j++ {
		switch s.words[j] {
		case "COUP", "STAGING", "TAKEOVER":
			return true
		}
	}
	return false
}
