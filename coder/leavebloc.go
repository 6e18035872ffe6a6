package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// leftBlocs codes a state's leaving an international organisation as 161
// (reduce or break diplomatic relations) to the organisation, as the sets
// settle it for a bloc, an alliance or the WHO: "Mali, Burkina Faso and
// Niger announced their withdrawal from ECOWAS", "completed their
// withdrawal from the West African bloc ECOWAS", "quit the alliance",
// "pulled out of the CSTO". The verb patterns cannot tell this from a
// retreat: WITHDRAWAL's 0874 is right for troops leaving a territory, and
// ANNOUNCE's 010 or 012 reads no act at all. The coder can, by the target:
// an event whose target is an intergovernmental body (an IGO code), named
// right after a word of leaving ("withdrawal from", "withdrew from", "left",
// "quit", "pulled out of"), by a source that is neither a body nor armed
// forces, is the state's leaving that body. A withdrawal of troops or forces
// keeps its code (the leaving word then governs the forces, or the source is
// military), and so does a leaving announced for later ("will quit", "to
// withdraw from"): a threat, 1313, by the sets' conventions, which the
// patterns read. Only statements (root 01) and retreats (root 08) are
// recoded.
//
// LEAVE's own 161 row ("- * + [161]" under +LEAVE in dyad.verbs.txt) reads
// any object of "left" or "departed" as the body left, and the object of a
// departure is mostly a place ("the president left Paris"). Its event
// stands only where the same test finds a body left now; otherwise it is
// dropped, as LEAVE's [---] gave nothing before.
func (s *sent) leftBlocs(evs []dyad.Event) []dyad.Event {
	out := evs[:0]
	for k := range evs {
		e := evs[k]
		if e.Code == "161" && s.departureVerb(e) {
			if !strings.HasPrefix(e.Target.Code, "IGO") || !leavingSource(e.Source) {
				continue
			}
			if t := s.leafAt(e.Target.Span.Start); t < 0 || !s.leavingBefore(t) {
				continue
			}
			if hasEvent(out, e.Source.Code, e.Target.Code, "161") {
				continue
			}
			out = append(out, e)
			continue
		}
		if !strings.HasPrefix(e.Target.Code, "IGO") || !leavableCode(e.Code) || !leavingSource(e.Source) {
			out = append(out, e)
			continue
		}
		t := s.leafAt(e.Target.Span.Start)
		if t < 0 || !s.leavingBefore(t) {
			out = append(out, e)
			continue
		}
		if hasEvent(out, e.Source.Code, e.Target.Code, "161") || hasEvent(evs[k+1:], e.Source.Code, e.Target.Code, "161") {
			continue
		}
		e.Code = "161"
		e.Pattern = "dyad: leaving an international organisation (leavebloc.go)"
		out = append(out, e)
	}
	return out
}

// departureVerb reports whether event e was read from a verb of LEAVE's
// block ("left", "departed"), whose 161 is a body left or nothing.
func (s *sent) departureVerb(e dyad.Event) bool {
	v := s.leafAt(e.Verb.Start)
	return v >= 0 && (leaveVerbs[s.words[v]] || departVerbs[s.words[v]])
}

// departVerbs are DEPART's forms, which share LEAVE's block.
var departVerbs = map[string]bool{
	"DEPART": true, "DEPARTS": true, "DEPARTED": true, "DEPARTING": true,
}

// leavableCode reports whether an event's code is one the leaving of a body
// is misread as: a statement (root 01) or a military retreat (root 08).
func leavableCode(c dyad.Code) bool {
	return strings.HasPrefix(string(c), "01") || strings.HasPrefix(string(c), "08")
}

// leavingSource reports whether an actor may leave a body as a member: not
// a body itself (peacekeepers of the U.N. leaving a mission) and not armed
// forces.
func leavingSource(a dyad.Actor) bool {
	if strings.HasPrefix(a.Code, "IGO") || len(a.Code) >= 6 && a.Code[3:6] == "MIL" {
		return false
	}
	for _, w := range strings.Fields(strings.ToUpper(a.Text)) {
		if forcesNouns[w] {
			return false
		}
	}
	return true
}

// leaveSpan bounds the modifiers between the word of leaving and the body:
// "withdrawal from the West African bloc ECOWAS".
const leaveSpan = 6

// leavingBefore reports whether the body named from leaf t is what a word
// of leaving governs: the leaf before t, past determiners, adjectives and
// nouns that are not forces, is "from" after a withdrawal or exit, "out
// of" after pulling, or a verb of leaving itself ("left the alliance"),
// not announced for later ("will quit", "to leave").
func (s *sent) leavingBefore(t int) bool {
	w := s.words
	j := t - 1
	for ; j >= 0 && j >= t-leaveSpan; j-- {
		if forcesNouns[w[j]] {
			return false
		}
		if !venueModifier(s.tags[j]) && s.tags[j] != "PRP$" {
			break
		}
	}
	if j < 0 || s.bodyForces(t) {
		return false
	}
	v := -1
	switch {
	case w[j] == "FROM" && j > 0 && withdrawWords[w[j-1]]:
		v = j - 1
	case w[j] == "OF" && j > 1 && w[j-1] == "OUT" && pullWords[w[j-2]]:
		v = j - 2
	case leaveVerbs[w[j]] && strings.HasPrefix(s.tags[j], "VB"):
		v = j
	}
	return v >= 0 && !s.laterLeaving(v)
}

// bodyForces reports whether the body named from leaf t only owns a
// mission, forces or a meeting named after it: "withdrew from the African
// Union mission in Somalia" is leaving the mission, not the Union, and "left
// the Group of Seven summit" a meeting. The words of the body's mention
// count, as the mention may take in the mission.
func (s *sent) bodyForces(t int) bool {
	k := t
	if m := s.ne[t]; m >= 0 {
		k = s.nes[m].last
	}
	for j := t; j < len(s.words) && j <= k+2; j++ {
		if forcesNouns[s.words[j]] || meetingNouns[s.words[j]] {
			return true
		}
	}
	return false
}

// meetingNouns name a body's meetings, which a member leaves without
// leaving the body.
var meetingNouns = map[string]bool{
	"SUMMIT": true, "MEETING": true, "CONFERENCE": true, "SESSION": true, "TALKS": true,
	"GATHERING": true, "FORUM": true,
}

// laterLeaving reports whether the verb of leaving at leaf v is announced
// for later: "will quit", "would leave", "to withdraw from", "plans to".
func (s *sent) laterLeaving(v int) bool {
	if v == 0 || !strings.HasPrefix(s.tags[v], "VB") {
		return false
	}
	switch s.words[v-1] {
	case "WILL", "WOULD", "TO", "SHALL", "MAY", "MIGHT", "COULD":
		return true
	}
	return false
}

// withdrawWords govern the body left through "from": "withdrawal from",
// "withdrew from", "exit from".
var withdrawWords = map[string]bool{
	"WITHDRAWAL": true, "WITHDRAW": true, "WITHDREW": true, "WITHDRAWN": true,
	"WITHDRAWS": true, "WITHDRAWING": true, "EXIT": true, "EXITS": true, "EXITED": true,
	"EXITING": true, "DEPARTURE": true,
}

// pullWords govern the body left through "out of": "pulled out of".
var pullWords = map[string]bool{
	"PULL": true, "PULLS": true, "PULLED": true, "PULLING": true,
	"OPTED": true, "OPTS": true, "OPTING": true,
}

// leaveVerbs take the body left as their object: "left the alliance",
// "quitting ECOWAS".
var leaveVerbs = map[string]bool{
	"LEAVE": true, "LEAVES": true, "LEFT": true, "LEAVING": true,
	"QUIT": true, "QUITS": true, "QUITTING": true, "EXITED": true,
}

// forcesNouns name troops and missions, whose withdrawal is a retreat
// (0874) or a mission's end, not a member's leaving.
var forcesNouns = map[string]bool{
	"TROOPS": true, "FORCES": true, "FORCE": true, "SOLDIERS": true, "TROOP": true,
	"PEACEKEEPERS": true, "MISSION": true, "CONTINGENT": true, "UNITS": true,
	"PERSONNEL": true, "MILITARY": true, "ARMY": true, "WARSHIPS": true, "SHIPS": true,
}
