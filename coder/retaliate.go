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
// The retaliator is the subject of the phrase's clause (a named actor),
// or for "would not go unpunished" the speaker above it. The act is the
// nearest event before the phrase whose target is of the retaliator's
// side, its author of another side (the retaliation's target; sideOf:
// a rebel group's side is its country, an organisation is its own); else
// the nearest hostile event (roots 11 to 20: criticism, rejection,
// threats, protests, force) the retaliator's own side did to another side
// (a shared subject: its target; "Zakharova called the British measures
// hostile and said Moscow would respond" answers the ministry's act, an
// office of the same state as Moscow). Every source of that act's verb is
// answered ("U.S. and British warplanes struck"), and a threat goes to the
// acting state, not its forces or office.
// "Returned fire" is 190, 194 with artillery, howitzers, shells, rockets
// or mortars named after it; a vow to retaliate is 1312 against a sanction
// or tariff (family 16), else 138; a promise to answer is coded by the act
// it answers (answerCode), and only a hostile act is answered.
func (s *sent) retaliations(evs []dyad.Event) []dyad.Event {
	for i := 1; i < len(s.words); i++ {
		end, kind := s.retaliationAt(i)
		if end < 0 || s.used[i] && s.verbCoded(evs, i) || s.ownObject(end) || kind == retAnswer && s.answerCoded(evs, i, end) {
			continue
		}
		var rm *mention
		if kind == retUnpunished {
			rm = s.speakerAbove(i)
		} else if m := s.subject(i, -1); m >= 0 {
			rm = &s.nes[m]
		}
		if rm == nil || len(rm.codes) == 0 || !rm.codes[0].hasActor {
			continue
		}
		r := s.actor(&rm.codes[0])
		if kind != retFire && kind != retUnpunished {
			// The act answered named as a noun with its author ("would
			// respond in kind to the expulsions by Berlin and Paris",
			// "vowed to avenge Indian strikes") is aimed at that author,
			// not at an act inferred from the events before.
			if act, a, b := s.answeredNoun(end); a >= 0 {
				code := answerCode(act, s.inKind(end))
				for _, m := range [2]int{a, b} {
					if m < 0 {
						continue
					}
					// A mention may hold a coordination ("Berlin and
					// Paris"): each named author is answered.
					for c := range s.nes[m].codes {
						if !s.nes[m].codes[c].hasActor {
							continue
						}
						tgt := s.actor(&s.nes[m].codes[c])
						if st := stateOf(tgt.Code); st != "" {
							tgt.Code = st
						}
						// VOW's patterns may have given the threat already:
						// "vowed to retaliate for the tariffs imposed by Washington".
						if tgt.Code == r.Code || sideOf(tgt.Code) == sideOf(r.Code) || hasEventUnder(evs, r.Code, tgt.Code, "13") {
							continue
						}
						evs = append(evs, dyad.Event{Source: r, Target: tgt, Code: code, Verb: s.span(i, end), VerbText: s.text(i, end),
							Pattern: "dyad: a promise to answer an act named with its author (retaliate.go)"})
					}
				}
				continue
			}
		}
		n := len(evs)
		for k := retaliatedAct(evs[:n], r, s.leaves[i].Start, -1); k >= 0; k = retaliatedAct(evs[:n], r, s.leaves[i].Start, k) {
			act := evs[k]
			tgt := act.Source
			if sideOf(act.Source.Code) == sideOf(r.Code) {
				tgt = act.Target
			}
			if kind != retFire && kind != retVow && !hostileCode(act.Code) {
				break
			}
			code := dyad.Code("138")
			switch {
			case kind == retFire && s.artilleryAfter(end):
				code = "194"
			case kind == retFire:
				code = "190"
			case kind == retVow && strings.HasPrefix(string(act.Code), "16"):
				code = "1312"
			case kind != retVow:
				code = answerCode(act.Code, s.inKind(end))
			}
			if kind != retFire {
				// A threat is made to the state that acted, not to its
				// forces or the office that announced the act: "U.S.
				// warplanes struck Houthi targets, and the Houthis vowed
				// revenge" threatens the United States.
				if st := stateOf(tgt.Code); st != "" {
					tgt.Code = st
				}
			}
			if tgt.Code == r.Code || hasEvent(evs, r.Code, tgt.Code, string(code)) {
				continue
			}
			evs = append(evs, dyad.Event{Source: r, Target: tgt, Code: code, Verb: s.span(i, end), VerbText: s.text(i, end),
				Pattern: "dyad: a retaliation aimed at the act's author (retaliate.go)"})
		}
	}
	return evs
}

// answerCoded reports whether an event was coded at a verb of leaves
// i+1..end: "would take measures against Japan" is TAKE's own event.
func (s *sent) answerCoded(evs []dyad.Event, i, end int) bool {
	for j := i + 1; j <= end; j++ {
		if strings.HasPrefix(s.tags[j], "VB") && s.verbCoded(evs, j) {
			return true
		}
	}
	return false
}

// Kinds of retaliation phrase (retaliationAt).
const (
	retFire       = iota // "returned fire"
	retVow               // "vowed to retaliate"
	retAnswer            // "vowed to respond / hit back / avenge", "vowed revenge", "would respond"
	retUnpunished        // "would not go unpunished / unanswered": the speaker above retaliates
)

// retaliationAt returns the last leaf of a retaliation phrase starting at
// leaf i and its kind, or -1: "returned fire"; "vowed / pledged / promised
// / threatened to retaliate"; a promise to answer ("vowed to respond / hit
// back / strike back / avenge", "vowed revenge / a response", "would / will
// respond / retaliate / hit back", "reserved the right to respond"); and
// "would not go unpunished / unanswered", whose subject is the act and
// whose speaker answers it. A promise to answer names no act of its own;
// retaliations codes it by the act it answers (answerCode).
func (s *sent) retaliationAt(i int) (int, int) {
	w := s.words
	verb := strings.HasPrefix(s.tags[i], "VB")
	if i+1 >= len(w) || !verb && s.tags[i] != "MD" && s.tags[i] != "JJ" && s.tags[i] != "RB" {
		return -1, 0
	}
	// Only the modal ("would") and "unpunished" (JJ or RB) may be other
	// than a verb: "returned fire" and "vowed to" must be verbs, as they
	// were before the modal and adjective forms were added.
	switch w[i] {
	case "RETURNED", "RETURN", "RETURNS", "RETURNING":
		if verb && w[i+1] == "FIRE" {
			return i + 1, retFire
		}
	case "VOWED", "VOWS", "VOW", "VOWING", "PLEDGED", "PROMISED", "THREATENED":
		if !verb {
			break
		}
		if w[i+1] == "TO" && i+2 < len(w) {
			if w[i+2] == "RETALIATE" {
				return i + 2, retVow
			}
			if e := s.answerVerb(i + 2); e >= 0 {
				return e, retAnswer
			}
			break
		}
		// "vowed revenge", "vowed a proportionate response"
		for j := i + 1; j < len(w) && j <= i+4; j++ {
			switch w[j] {
			case "REVENGE", "RETALIATION", "RESPONSE":
				return j, retAnswer
			}
			if t := s.tags[j]; t != "DT" && t != "JJ" && t != "``" && t != "''" && t != "RB" {
				break
			}
		}
	case "RESERVED", "RESERVES", "RESERVE", "RESERVING":
		// "reserved the right to respond": a promise to answer kept
		// open, as "would respond" (130's usage note).
		if verb && i+4 < len(w) && w[i+1] == "THE" && w[i+2] == "RIGHT" && w[i+3] == "TO" {
			if e := s.answerVerb(i + 4); e >= 0 {
				return e, retAnswer
			}
		}
	case "WOULD", "WILL":
		if s.tags[i] != "MD" {
			break
		}
		if e := s.answerVerb(i + 1); e >= 0 {
			return e, retAnswer
		}
		if w[i+1] == "RETALIATE" {
			return i + 1, retAnswer
		}
	case "UNPUNISHED", "UNANSWERED":
		// "would not go unpunished", "will not go unanswered"
		if i >= 3 && (w[i-1] == "GO" || w[i-1] == "BE" || w[i-1] == "REMAIN") && (w[i-2] == "NOT" || w[i-2] == "N'T") {
			return i, retUnpunished
		}
	}
	return -1, 0
}

// answerVerb returns the last leaf of an answering verb at leaf i —
// "respond", "hit back", "strike back", "avenge", "take (necessary)
// countermeasures / measures / steps" — or -1.
func (s *sent) answerVerb(i int) int {
	if i >= len(s.words) {
		return -1
	}
	switch s.words[i] {
	case "RESPOND", "AVENGE":
		return i
	case "HIT", "STRIKE":
		if i+1 < len(s.words) && s.words[i+1] == "BACK" {
			return i + 1
		}
	case "TAKE":
		// Measures promised with no object answer the act before them
		// ("China said it would take necessary countermeasures"); TAKE's
		// own patterns read them as an arrest to come (137).
		for j := i + 1; j < len(s.words) && j <= i+5; j++ {
			switch s.words[j] {
			case "COUNTERMEASURES", "MEASURES", "STEPS":
				return j
			}
			if t := s.tags[j]; t != "DT" && t != "JJ" && t != "``" && t != "''" && t != "RB" && t != "CC" && t != "JJR" {
				return -1
			}
		}
	}
	return -1
}

// inKind reports whether "in kind" follows leaf end: "vowed to respond in
// kind" promises the act answered, back.
func (s *sent) inKind(end int) bool {
	return end+2 < len(s.words) && s.words[end+1] == "IN" && s.words[end+2] == "KIND"
}

// answerCode is the code of a promise to answer act: an attack answered
// threatens force (138); an answer "in kind" to an expulsion or a sanction
// threatens the same (1313, 1312); any other answer is a bare threat (130).
func answerCode(act dyad.Code, inKind bool) dyad.Code {
	c := string(act)
	switch {
	case strings.HasPrefix(c, "18") || strings.HasPrefix(c, "19") || strings.HasPrefix(c, "20"):
		return "138"
	case inKind && strings.HasPrefix(c, "161"):
		return "1313"
	case inKind && strings.HasPrefix(c, "163"):
		return "1312"
	}
	return "130"
}

// speakerAbove returns the actor mention that is the subject of the
// nearest clause above leaf i's own whose subject names an actor — the
// speaker of "the Houthis vowed the strikes would not go unpunished" —
// else the subject of a speech verb within ten leaves before i (the parser
// may leave a quoted "not go unpunished" outside the speech verb's
// clause), or nil.
func (s *sent) speakerAbove(i int) *mention {
	// The phrase's own clause's subject is the act answered: skip it.
	_, cl := s.subjectAbove(s.leafK[i])
	for cl >= 0 {
		var np int
		if np, cl = s.subjectAbove(cl); np < 0 {
			break
		}
		if m := s.nextMention(s.spans[np].first, s.spans[np].last); m >= 0 {
			return &s.nes[m]
		}
	}
	for j := i - 1; j >= 1 && j >= i-10; j-- {
		if answerSpeech[s.words[j]] && strings.HasPrefix(s.tags[j], "VB") {
			if m := s.subject(j, -1); m >= 0 {
				return &s.nes[m]
			}
			return nil
		}
	}
	return nil
}

// answerSpeech holds the verbs that report a promise not to let an act go
// unanswered.
var answerSpeech = map[string]bool{
	"SAID": true, "SAYS": true, "SAYING": true, "VOWED": true, "VOWS": true, "VOWING": true,
	"WARNED": true, "WARNS": true, "WARNING": true, "PLEDGED": true, "PROMISED": true,
	"DECLARED": true, "INSISTED": true, "ADDED": true, "TOLD": true,
}

// ownObject reports whether the retaliation phrase ending at leaf end
// names its own target: "threatened to retaliate against Jordan",
// "returned fire at the boats". The verb's patterns code those.
func (s *sent) ownObject(end int) bool {
	if end+1 >= len(s.words) {
		return false
	}
	switch s.words[end+1] {
	case "AT":
		// "respond at a time (and place) of its choosing" names when,
		// not whom.
		return !(end+3 < len(s.words) && (s.words[end+2] == "A" || s.words[end+2] == "THE") && s.words[end+3] == "TIME")
	case "AGAINST", "ON", "ONTO", "TOWARD", "TOWARDS":
		return true
	}
	return false
}

// answeredNoun reads the act a promise to answer ending at leaf end names
// as a noun: "respond (in kind) to / retaliate for / avenge" + a noun
// phrase whose head is an act (answerNouns) and whose author is named as
// its possessor or modifier ("India's aggression", "Houthi missile
// attacks") or in a by-phrase after it ("the expulsions by Berlin and
// Paris", "sanctions imposed by Washington"). It returns the act's code
// for answerCode and the author's mentions (the second of two joined by
// "and", or -1), or -1 when no act noun with a named author follows: "respond
// to questions" and "responded to the invitation" name no act answered,
// and "respond in kind to the expulsions" names no author, left to the
// events before (retaliatedAct).
func (s *sent) answeredNoun(end int) (dyad.Code, int, int) {
	w := s.words
	q := end + 1
	if w[end] != "AVENGE" {
		// Adverbs and "in kind", "at a time of its choosing" may stand
		// between the verb and its "to" or "for"; a verb or a clause
		// break ends the search.
		for ; q < len(w) && q <= end+8; q++ {
			if w[q] == "TO" || w[q] == "FOR" {
				break
			}
			if t := s.tags[q]; strings.HasPrefix(t, "VB") && t != "VBG" || t == "," || t == "." || t == ":" || t == "CC" {
				return "", -1, -1
			}
		}
		if q >= len(w) || q > end+8 {
			return "", -1, -1
		}
		q++
		// "to what he called India's unprovoked aggression"
		if q+2 < len(w) && w[q] == "WHAT" {
			for j := q + 1; j < len(w) && j <= q+4; j++ {
				if w[j] == "CALLED" || w[j] == "TERMED" || w[j] == "DESCRIBED" {
					q = j + 1
					if q < len(w) && w[q] == "AS" {
						q++
					}
					break
				}
			}
		}
	}
	// The noun phrase: its head is its last noun.
	author, head := -1, -1
	j := q
	for ; j < len(w); j++ {
		t := s.tags[j]
		if !(strings.HasPrefix(t, "NN") || strings.HasPrefix(t, "JJ") || t == "DT" || t == "PRP$" || t == "POS" || t == "CD" || t == "``" || t == "''" || t == "HYPH") {
			break
		}
		if m := int(s.ne[j]); m >= 0 && author < 0 && len(s.nes[m].codes) > 0 && s.nes[m].codes[0].hasActor {
			author = m
		}
		if strings.HasPrefix(t, "NN") {
			head = j
		}
	}
	if head < 0 {
		return "", -1, -1
	}
	act, ok := answerNouns[w[head]]
	if !ok {
		return "", -1, -1
	}
	if author >= 0 && s.nes[author].first >= head {
		// The head is itself the name, not its act's author. (A
		// mention may span the whole phrase, "Azerbaijani strikes".)
		return "", -1, -1
	}
	if author >= 0 {
		return act, author, -1
	}
	// "by X (and Y)" after the head, or after a participle: "sanctions
	// imposed by Washington".
	k := head + 1
	if k < len(w) && s.tags[k] == "VBN" {
		k++
	}
	if k+1 >= len(w) || w[k] != "BY" {
		return "", -1, -1
	}
	a := int(s.ne[k+1])
	if a < 0 || len(s.nes[a].codes) == 0 || !s.nes[a].codes[0].hasActor {
		return "", -1, -1
	}
	b := -1
	if l := s.nes[a].last; l+2 < len(w) && w[l+1] == "AND" {
		if m := int(s.ne[l+2]); m >= 0 && len(s.nes[m].codes) > 0 && s.nes[m].codes[0].hasActor {
			b = m
		}
	}
	return act, a, b
}

// answerNouns holds the acts a promise to answer may name as a noun, each
// with a code of its kind for answerCode: force (138 when answered),
// expulsions and sanctions (their sub-codes when answered in kind), and
// other hostile acts (130).
var answerNouns = map[string]dyad.Code{
	"ATTACK": "190", "ATTACKS": "190", "STRIKE": "190", "STRIKES": "190", "AIRSTRIKE": "190", "AIRSTRIKES": "190",
	"AGGRESSION": "190", "BOMBING": "190", "BOMBINGS": "190", "SHELLING": "190", "INVASION": "190",
	"INCURSION": "190", "INCURSIONS": "190", "ASSAULT": "190", "RAID": "190", "RAIDS": "190",
	"KILLING": "190", "KILLINGS": "190", "ASSASSINATION": "186",
	"EXPULSION": "161", "EXPULSIONS": "161",
	"SANCTIONS": "163", "TARIFFS": "163", "TARIFF": "163", "LEVIES": "163", "DUTIES": "163", "EMBARGO": "163",
	"VIOLATION": "130", "VIOLATIONS": "130", "PROVOCATION": "130", "PROVOCATIONS": "130",
	"HACK": "130", "CYBERATTACK": "130", "CYBERATTACKS": "130", "SEIZURE": "130",
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

// retaliatedAct returns the index of the next event of evs after index
// after (-1 to start) that r retaliates for (see retaliations), or -1. The
// events of the nearest act by another side count together: "U.S. and
// British warplanes struck" is answered at both. A rebel group's side is
// its country (Hamas answers strikes on Gaza).
func retaliatedAct(evs []dyad.Event, r dyad.Actor, off, after int) int {
	st := sideOf(r.Code)
	if st == "" {
		return -1
	}
	first, own := -1, -1
	for k := len(evs) - 1; k >= 0; k-- {
		e := &evs[k]
		if e.Verb.Start >= off {
			continue
		}
		src, tgt := sideOf(e.Source.Code), sideOf(e.Target.Code)
		if tgt == st && src != "" && src != st {
			first = k
			break
		}
		if own < 0 && src == st && tgt != "" && tgt != st && hostileCode(e.Code) {
			own = k
		}
	}
	if first < 0 {
		if after < 0 {
			return own
		}
		return -1
	}
	if after < 0 {
		return first
	}
	for k := after - 1; k >= 0; k-- {
		e := &evs[k]
		if e.Verb == evs[first].Verb && sideOf(e.Target.Code) == st && sideOf(e.Source.Code) != st && sideOf(e.Source.Code) != "" {
			return k
		}
	}
	return -1
}

// sideOf is the country of the state an actor code stands for (stateOf;
// Gaza's PSEGZA is Palestine's), an international organisation's own
// code, or for a rebel or armed group of a country, that country: the side
// an act hits or comes from.
func sideOf(code string) string {
	if st := stateOf(code); st != "" {
		return st[:3]
	}
	if len(code) >= 6 && code[:3] == "IGO" {
		// An organisation is its own side: "the EU widened sanctions
		// on Russia, and Moscow vowed to respond" answers the EU.
		return code
	}
	if len(code) >= 6 && isCountryCode(code[:3]) && !international(code[:3]) {
		switch code[3:6] {
		case "REB", "UAF", "INS":
			return code[:3]
		}
	}
	return ""
}

// hostileCode reports whether a code is verbal or material conflict
// (roots 11 to 20).
func hostileCode(c dyad.Code) bool {
	return len(c) >= 2 && (c[0] == '1' && c[1] >= '1' || c[:2] == "20")
}
