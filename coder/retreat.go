package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// retreatVerbs say that troops gave up ground: "fled", "abandoned their
// posts", "retreated", "withdrew".
var retreatVerbs = map[string]bool{
	"FLED": true, "RETREATED": true, "WITHDREW": true, "ABANDONED": true,
}

// retreats adds the retreat (0874) of the forces a capture
// drove out: "Islamic State militants overran Iraq's second city Mosul as
// Iraqi soldiers abandoned their posts and fled" is IRQMIL>IMGMUSISI 0874
// besides the capture (the news sets' convention: capturing a city 192,
// troops fleeing it 0874). The retreat is the finite verb of a clause
// opened by "as" or "after" after the capture, its subject a named armed
// force of the captured state; "abandoned" only with posts, positions or
// bases. The capture is an event of 19x before the clause whose target is
// of the retreating force's country; its source is the retreat's target.
func (s *sent) retreats(evs []dyad.Event) []dyad.Event {
	n := len(evs)
	for v := 2; v < len(s.leaves); v++ {
		if s.del[v] || !retreatVerbs[s.words[v]] || s.tags[v] != "VBD" {
			continue
		}
		if s.words[v] == "ABANDONED" && !(v+2 < len(s.words) && (s.words[v+1] == "THEIR" || s.words[v+1] == "ITS") &&
			(s.words[v+2] == "POSTS" || s.words[v+2] == "POSITIONS" || s.words[v+2] == "BASES")) {
			continue
		}
		m := s.subject(v, -1)
		if m < 0 || len(s.nes[m].codes) != 1 || !s.nes[m].codes[0].hasActor {
			continue
		}
		open := s.nes[m].first - 1
		if open < 1 || (s.words[open] != "AS" && s.words[open] != "AFTER") {
			continue
		}
		force := s.actor(&s.nes[m].codes[0])
		if !strings.HasSuffix(force.Code, "MIL") {
			continue
		}
		for k := 0; k < n; k++ {
			e := evs[k]
			if e.Code.Root() != "19" || !sameCountry(e.Target.Code, force.Code) || e.Source.Code == force.Code || strings.HasSuffix(e.Source.Code, "MIL") && stateOf(e.Source.Code) == stateOf(force.Code) {
				continue
			}
			if at := s.leafAt(e.Verb.Start); at < 0 || at >= open {
				continue
			}
			if hasEvent(evs, force.Code, e.Source.Code, "0874") {
				break
			}
			evs = append(evs, dyad.Event{Source: force, Target: e.Source, Code: "0874", Verb: s.span(v, v), VerbText: s.text(v, v),
				Pattern: "dyad: troops retreating before a capture (retreat.go)"})
			break
		}
	}
	return evs
}
