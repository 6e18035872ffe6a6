package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// annulVerbs are the verbs by which a court sets aside an act: "annulled
// the election result", "overturned the postponement", "struck down the
// law".
var annulVerbs = map[string]bool{
	"ANNULLED": true, "ANNULS": true, "ANNULLING": true, "ANNUL": true,
	"OVERTURNED": true, "OVERTURNS": true, "OVERTURNING": true, "OVERTURN": true,
	"QUASHED": true, "QUASHES": true, "QUASH": true,
	"NULLIFIED": true, "NULLIFIES": true, "NULLIFY": true,
	"INVALIDATED": true, "INVALIDATES": true, "INVALIDATE": true,
	"STRUCK": true, "STRIKES": true, "STRIKE": true,
}

// removeVerbs are the verbs by which a court removes an office-holder:
// "dismissed Prime Minister X", "suspended the governor", "removed the
// president from office".
var removeVerbs = map[string]bool{
	"DISMISSED": true, "DISMISSES": true, "REMOVED": true, "REMOVES": true,
	"SUSPENDED": true, "SUSPENDS": true, "OUSTED": true, "OUSTS": true,
	"DISQUALIFIED": true, "DISQUALIFIES": true,
}

// verdictObjects are the objects of a court setting aside another court's
// ruling on a person ("overturned the conviction"), which is no ruling
// against the government.
var verdictObjects = map[string]bool{
	"CONVICTION": true, "CONVICTIONS": true, "ACQUITTAL": true, "SENTENCE": true,
	"SENTENCES": true, "VERDICT": true, "BAIL": true, "APPEAL": true, "RULING": true,
	"BAN": true, "CHARGES": true,
}

// courtRulings codes a state's court ruling against its own government:
// annulling, overturning or striking down a government's act or an
// election result, or removing a head of government or a governor, is 116
// Find guilty or liable (legally) from the court to that government (the
// news sets' convention: "a court ruling against a government or its
// decision is 116", "a court removing a prime minister ... 116").
// "Senegal's Constitutional Council overturned the postponement" names no
// actor as the object: the act set aside is the government's, SENJUD >
// SENGOV. "Kenya's Supreme Court annulled President Kenyatta's election
// victory" is KENJUD > KENGOV. An object of another role or country
// ("overturned the ban on the opposition party") or a court's verdict on
// a person ("quashed the conviction") is left to the verb patterns. The
// 116 replaces what the verb patterns made of the same verb ("overturned"
// is also the verb of coups, 171).
func (s *sent) courtRulings(evs []dyad.Event) []dyad.Event {
	for vi, w := range s.words {
		if !strings.HasPrefix(s.tags[vi], "VB") {
			continue // read first: cheaper than the two map lookups
		}
		annul, remove := annulVerbs[w], removeVerbs[w]
		if !annul && !remove || s.tags[vi] == "VBN" && s.finitePassive(vi) {
			continue
		}
		if w == "STRUCK" || w == "STRIKES" || w == "STRIKE" {
			if vi+1 >= len(s.words) || s.words[vi+1] != "DOWN" {
				continue
			}
		}
		src := s.subject(vi, -1)
		if src < 0 || len(s.nes[src].codes) != 1 {
			continue
		}
		court := &s.nes[src].codes[0]
		st := stateOf(court.code)
		if st == "" || court.code != st+"JUD" {
			continue
		}
		end := s.lowEnd(vi)
		tgt, ok := s.rulingTarget(vi+1, end, st, remove)
		if !ok {
			continue
		}
		e := dyad.Event{
			Source:   s.actor(court),
			Code:     "116",
			Verb:     s.span(vi, vi),
			VerbText: s.text(vi, vi),
			Pattern:  "a court ruling against its government (coder/courtruling.go)",
		}
		if tgt != nil {
			e.Target = s.actor(tgt)
			e.Target.Code = tgt.code[:len(st)+3]
		} else {
			e.Target = dyad.Actor{Code: st + "GOV", Entry: "implied: the government whose act a court sets aside", Dict: "dyad.implied"}
		}
		// What the patterns made of the same verb by the same court is
		// this ruling.
		kept := evs[:0]
		for _, x := range evs {
			if x.Verb == e.Verb && x.Source.Code == e.Source.Code {
				continue
			}
			kept = append(kept, x)
		}
		evs = kept
		if !hasEvent(evs, e.Source.Code, e.Target.Code, "116") {
			evs = append(evs, e)
		}
	}
	return evs
}

// rulingTarget returns the government a court's ruling in leaves from..to
// is against: the first actor named there when it is the court's state's
// government or legislature (a removal needs one), nil for an annulment
// that names none; ok is false when the object is a verdict on a person
// or an actor of another role or country comes first.
func (s *sent) rulingTarget(from, to int, st string, remove bool) (*acode, bool) {
	for i := from; i <= to && i < len(s.words); i++ {
		if verdictObjects[s.words[i]] {
			return nil, false
		}
		if (s.tags[i] == "IN" || s.tags[i] == "WRB") && clauseWords[s.words[i]] || s.tags[i] == "," {
			break
		}
		m := s.ne[i]
		if m < 0 || len(s.nes[m].codes) == 0 {
			continue
		}
		// A person named with several codes (an office-holder's dated
		// entries) counts by the government one; a further role the
		// object's words add ("re-election") says nothing of whose act
		// it was (the caller keeps the state's sector alone).
		for k := range s.nes[m].codes {
			if c := &s.nes[m].codes[k]; strings.HasPrefix(c.code, st+"GOV") || strings.HasPrefix(c.code, st+"LEG") {
				return c, true
			}
		}
		return nil, false
	}
	return nil, !remove
}
