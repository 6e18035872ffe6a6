package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// retaliations codes a retaliation the sentence reports with no object,
// aimed at the author of the act retaliated against: "North Korea fired
// artillery shells at the island, and South Korean forces returned fire"
// is South Korea's fire at North Korea; "The United States raised tariffs
// on Chinese goods, and Beijing vowed to retaliate" is China's threat to
// the United States; "Iran accused Israel of assassinating its scientist
// and vowed to retaliate" is Iran's threat to Israel. Neither phrase names
// its target, which the verb patterns need.
//
// The retaliator is the subject of the phrase's clause (a named actor).
// The act is the nearest event before the phrase whose target is of the
// retaliator's state, its author of another state (the retaliation's
// target); else the nearest hostile event (roots 11 to 20: criticism,
// rejection, threats, protests, force) the retaliator itself did to
// another state (a shared subject: its target).
// "Returned fire" is 190, 194 with artillery, howitzers, shells, rockets
// or mortars named after it; a vow to retaliate is 1312 against a sanction
// or tariff (family 16), else 138.
func (s *sent) retaliations(evs []dyad.Event) []dyad.Event {
	for i := 1; i < len(s.words); i++ {
		end, fire := s.retaliationAt(i)
		if end < 0 || s.used[i] && s.verbCoded(evs, i) || s.ownObject(end) {
			continue
		}
		m := s.subject(i, -1)
		if m < 0 || len(s.nes[m].codes) == 0 || !s.nes[m].codes[0].hasActor {
			continue
		}
		r := s.actor(&s.nes[m].codes[0])
		act, tgt := retaliatedAct(evs, r, s.leaves[i].Start)
		if act == nil {
			continue
		}
		code := dyad.Code("138")
		switch {
		case fire && s.artilleryAfter(end):
			code = "194"
		case fire:
			code = "190"
		case strings.HasPrefix(string(act.Code), "16"):
			code = "1312"
		}
		if hasEvent(evs, r.Code, tgt.Code, string(code)) {
			continue
		}
		evs = append(evs, dyad.Event{Source: r, Target: tgt, Code: code, Verb: s.span(i, end), VerbText: s.text(i, end),
			Pattern: "dyad: a retaliation aimed at the act's author (retaliate.go)"})
	}
	return evs
}

// retaliationAt returns the last leaf of a retaliation phrase starting at
// leaf i — "returned fire", "vowed / pledged / promised / threatened to
// retaliate" — and whether it is fire returned, or -1.
func (s *sent) retaliationAt(i int) (int, bool) {
	w := s.words
	if i+1 >= len(w) || !strings.HasPrefix(s.tags[i], "VB") {
		return -1, false
	}
	switch w[i] {
	case "RETURNED", "RETURN", "RETURNS", "RETURNING":
		if w[i+1] == "FIRE" {
			return i + 1, true
		}
	case "VOWED", "VOWS", "VOW", "PLEDGED", "PROMISED", "THREATENED":
		if i+2 < len(w) && w[i+1] == "TO" && w[i+2] == "RETALIATE" {
			return i + 2, false
		}
	}
	return -1, false
}

// ownObject reports whether the retaliation phrase ending at leaf end
// names its own target: "threatened to retaliate against Jordan",
// "returned fire at the boats". The verb's patterns code those.
func (s *sent) ownObject(end int) bool {
	if end+1 >= len(s.words) {
		return false
	}
	switch s.words[end+1] {
	case "AGAINST", "AT", "ON", "ONTO", "TOWARD", "TOWARDS":
		return true
	}
	return false
}

// artilleryAfter reports whether "with" and a word of artillery follow
// within four words of leaf end: "returned fire with K-9 howitzers".
func (s *sent) artilleryAfter(end int) bool {
	for j := end + 1; j < len(s.words) && j <= end+5; j++ {
		switch s.words[j] {
		case "ARTILLERY", "HOWITZER", "HOWITZERS", "SHELLS", "ROCKETS", "MORTARS", "MORTAR":
			return s.words[end+1] == "WITH"
		}
	}
	return false
}

// retaliatedAct returns the event before byte off that r retaliates for,
// and the retaliation's target (see retaliations), or nil.
func retaliatedAct(evs []dyad.Event, r dyad.Actor, off int) (*dyad.Event, dyad.Actor) {
	st := stateOf(r.Code)
	if st == "" {
		return nil, dyad.Actor{}
	}
	var own *dyad.Event
	for k := len(evs) - 1; k >= 0; k-- {
		e := &evs[k]
		if e.Verb.Start >= off {
			continue
		}
		src, tgt := stateOf(e.Source.Code), stateOf(e.Target.Code)
		if tgt == st && src != "" && src != st {
			return e, e.Source
		}
		if own == nil && e.Source.Code == r.Code && tgt != "" && tgt != st && hostileCode(e.Code) {
			own = e
		}
	}
	if own != nil {
		return own, own.Target
	}
	return nil, dyad.Actor{}
}

// hostileCode reports whether a code is verbal or material conflict
// (roots 11 to 20).
func hostileCode(c dyad.Code) bool {
	return len(c) >= 2 && (c[0] == '1' && c[1] >= '1' || c[:2] == "20")
}
