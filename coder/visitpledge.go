package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// visitPledges adds the pledge a visitor or a host makes in a later
// conjunct of the visit's own verb phrase: "Erdogan visited Mogadishu and
// pledged millions in aid" is Turkey's pledge to Somalia (TURGOV>SOM 033,
// refined by the sub-code table), "Pistorius arrived in Kyiv and pledged a
// new military aid package" Germany's to Ukraine. The later conjunct names
// no actor, so its patterns find no target; the party visited or hosted is
// the one the pledge is made to, as news reports a pledge made on a visit.
// Only pledges (a verb of root 03: pledge, promise, offer) are carried:
// conjuncts (conjunct.go) leaves cooperative verbs alone because a later
// cooperative verb in general need not be aimed at the first one's target,
// but a pledge on a visit is. The visit must be the first conjunct's (its
// verb the first leaf of that phrase) and its source the subject of the
// pledge, so a host's 043 coded beside a visit does not turn the pledge
// around. A verb tagged VBN after a past first conjunct ("visited Lima and
// pledged/VBN aid") is read as the finite verb it is.
func (s *sent) visitPledges(evs []dyad.Event) []dyad.Event {
	n := len(evs)
	if n == 0 {
		return evs
	}
	for v1, c := range s.laterConjuncts() {
		v2 := s.spans[c].first
		switch t := s.tags[v2]; {
		case t == "VBD", t == "VBZ", t == "VBP":
		case t == "VBN" && s.tags[v1] == "VBD":
		default:
			continue
		}
		if s.del[v2] || s.namedIn(s.spans[c].first, s.spans[c].last) || s.verbCoded(evs[:n], v2) {
			continue
		}
		f, vs, ve := s.verbAt(v2)
		if f == nil || s.negated(vs) || !ownCode(f.Code) || !strings.HasPrefix(f.Code, "03") {
			continue
		}
		code := f.Code
		if s.c.opt.SubCodes {
			code = s.subcode(code, ve+1, s.spans[c].last, f.Verb)
		}
		for e := range n {
			if (evs[e].Code != "042" && evs[e].Code != "043") || s.leafAt(evs[e].Verb.Start) != v1 || !s.subjectIs(v2, evs[e].Source.Code) {
				continue
			}
			if hasEvent(evs, evs[e].Source.Code, evs[e].Target.Code, code) {
				continue
			}
			ev := evs[e]
			ev.Code = dyad.Code(code)
			ev.Verb = s.span(v2, ve)
			ev.VerbText, ev.Pattern = s.text(v2, ve), "pledge in a later conjunct of a visit: to the party visited or hosted (coder/visitpledge.go)"
			evs = append(evs, ev)
		}
	}
	return evs
}

// namedIn reports whether an actor with a name of its own (not an agent
// alone: "a military aid package" names no one) is mentioned in leaves
// from..to.
func (s *sent) namedIn(from, to int) bool {
	for j := from; j <= to && j < len(s.words); j++ {
		if m := s.ne[j]; m >= 0 && anyNamed(s.nes[m].codes) {
			return true
		}
	}
	return false
}

// subjectIs reports whether the subject of the verb at leaf v names the
// actor code c.
func (s *sent) subjectIs(v int, c string) bool {
	m := s.subject(v, -1)
	if m < 0 {
		return false
	}
	for i := range s.nes[m].codes {
		if s.nes[m].codes[i].hasActor && s.actor(&s.nes[m].codes[i]).Code == c {
			return true
		}
	}
	return false
}
