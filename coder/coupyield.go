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
// President Mohamed Bazoum") names an earlier coup, not the day's.
func (s *sent) finiteOrPerfect(v int) bool {
	switch s.tags[v] {
	case "VBD", "VBZ", "VBP":
		return true
	case "VBN":
		switch s.words[v-1] {
		case "HAD", "HAS", "HAVE":
			return true
		}
	}
	return false
}
