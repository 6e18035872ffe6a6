package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// announceVerbs report a statement whose clause can be the speaker's own
// use of force: "Pakistan said it had shot down two Indian jets".
var announceVerbs = map[string]bool{
	"SAID": true, "SAYS": true, "ANNOUNCED": true, "CONFIRMED": true,
}

// ownStrikes adds the claim of responsibility (015) a state, its
// government or its military makes when it announces its own use of force:
// "Pakistan said it had shot down two Indian military jets" is PAK>INDMIL
// 015 besides the shoot-down (the news sets' convention from fresh5 on:
// the announcing state or force gets the 015 row). The speaker is the
// named subject of said / announced / confirmed, before the verb and not
// after a comma; the act an event of ownOpCodes in its reported clause
// after the verb, with "it", "its", "they" or "we" between (ownWordIn),
// whose source is of the speaker's country; or, for a trailing attribution
// ("Israeli warplanes struck military sites in Iran, the Israel Defense
// Forces said"), such an event before it: the speaker reports its own
// side's act. A comma after an opening adverbial ("On Wednesday, Pakistan
// said ...") does not make an attribution trailing. The 015's target is
// the act's. Only an operation of ownOpCodes (a strike, shoot-down,
// killing, seizure or capture) by the state or its government, military,
// police or intelligence service, or by one of its armed rebel groups
// (rebelGroup), on another country counts, or a state's on its own
// insurgents (homeRebels): a clash both sides fought, a killing whose
// source is a place, or any other domestic operation is not coded so. A
// speaker named by its office alone ("Colombian soldiers killed ten
// dissidents, the army said") is the office of the acting state
// (bareAnnouncer). An operation dated to an earlier day in its own clause
// ("in 2006", "last year": earlierDay) is background, not the story day's
// claim (the fourteenth harmonisation, session twenty-one). Nor is an interception ("the military said it
// had intercepted a missile launched from Yemen"), nor a shoot-down of
// incoming missiles, rockets or drones (incomingShot): the README's
// harmonisations give an interception no 015 row, the 015 staying for
// strikes and for shoot-downs of aircraft (fresh19 ac-077, ac-053, ac-085;
// session twenty).
func (s *sent) ownStrikes(evs []dyad.Event) []dyad.Event {
	n := len(evs)
	for i := range s.leaves {
		closing := s.del[i] && s.closingSay(i)
		if s.del[i] && !closing || (s.tags[i] != "VBD" && s.tags[i] != "VBZ") || !announceVerbs[s.words[i]] {
			continue
		}
		// The subject's first leaf, and the role of a speaker named by
		// its office alone ("the army said"), whose country is the act's.
		first, role := -1, ""
		var sp *acode
		if closing {
			first, sp = s.closingSpeaker(i)
		} else if m, a := s.soleSubject(i); a != nil {
			first, sp = s.nes[m].first, a
		}
		if sp == nil {
			if first, role = s.bareAnnouncer(i); role == "" {
				continue
			}
		}
		// A subject after the verb, or after a comma that closes a clause
		// with a verb of its own, attributes what came before; "On
		// Wednesday, Pakistan said" does not.
		afterComma := first > 0 && s.words[first-1] == "," ||
			first > 1 && s.words[first-2] == ","
		trailing := first > i || afterComma && s.firstVerb() < first
		for k := 0; k < n; k++ {
			e := evs[k]
			spCode := codeOf(sp)
			if sp == nil {
				// Only a state's own forces make "the military" the
				// state's: in "Hezbollah fired rockets at Israel, the
				// military said" the army is the target's.
				// Nor when the target is another state's military: "the
				// army" is then either side's ("Pakistani troops attacked
				// Indian soldiers, the army said, calling the raid
				// unprovoked").
				if len(e.Source.Code) < 3 || !isCountryCode(e.Source.Code[:3]) || !stateOrgan(e.Source.Code) ||
					len(e.Target.Code) >= 6 && e.Target.Code[3:6] == "MIL" {
					continue
				}
				spCode = e.Source.Code[:3] + role
			}
			if !ownOpCodes[e.Code] || !sameCountry(spCode, e.Source.Code) || sameCountry(spCode, e.Target.Code) && !s.homeRebels(e) ||
				!stateOrgan(e.Source.Code) && !rebelGroup(e.Source.Code) || s.placeSource(e) || hasEventUnder(evs, e.Target.Code, e.Source.Code, "19") {
				continue
			}
			v := s.leafAt(e.Verb.Start)
			if v < 0 || trailing && v >= i || !trailing && (v <= i || !s.ownWordIn(i+1, v)) || interception(s.words[v]) || s.incomingShot(v) ||
				s.earlierDay(v+1) {
				continue
			}
			if hasEvent(evs, spCode, e.Target.Code, "015") {
				continue
			}
			src := dyad.Actor{Code: spCode, Text: s.text(first, i-1), Span: s.span(first, i-1)}
			if sp != nil {
				src = s.actor(sp)
			}
			evs = append(evs, dyad.Event{
				Source: src, Target: e.Target, Code: "015",
				Verb: s.span(i, i), VerbText: s.text(i, i),
				Pattern: "dyad: a state's announcement of its own use of force (ownstrike.go)",
			})
		}
	}
	return evs
}

// closingSay reports whether leaf i is the verb of a closing attribution
// set aside with its clause: after a comma, the sentence's last word before
// the full stop, or followed only by a time expression ("…, President
// Donald Trump announced on Saturday night.") or by a comma that opens a
// participle or further clause ("…, Trump said, declaring that the sites
// had been obliterated"). The comma options drop such a short closing
// clause when the sentence opens with a dateline ("WASHINGTON (AP) — The
// U.S. military struck a boat …, killing 11 people, President Donald Trump
// said."), yet it still names who announces the act (ba-050, ar-109,
// an-172).
func (s *sent) closingSay(i int) bool {
	last := len(s.words) - 2 // the leaf before the full stop
	if i > last || s.words[last+1] != "." {
		return false // i is the full stop itself, or there is none
	}
	return i == last || s.words[i+1] == "," || s.isTime(i+1, last)
}

// closingSpeaker returns the first leaf and the code of the actor a closing
// attribution at leaf i names just before its verb, read from the mentions
// of set-aside clauses (s.hidden), after a comma; -1 and nil when there is
// no such single actor.
func (s *sent) closingSpeaker(i int) (int, *acode) {
	for k := range s.hidden {
		h := &s.hidden[k]
		if h.last == i-1 && h.first > 0 && s.words[h.first-1] == "," && len(h.codes) == 1 && h.codes[0].hasActor {
			return h.first, &h.codes[0]
		}
	}
	return -1, nil
}

// ownOpCodes are the operations whose announcement by the acting state is
// its claim (015): conventional force, small arms, artillery and missiles,
// aerial weapons, and the killing of a named enemy (185, 186, 190, 193-195:
// an assassination or an attempt at one, "Israel's military said it had
// killed Hezbollah's commander"), and the seizure of a ship or person (181) and of ground (192, "recaptured two
// towns"), which the news README's fourteenth harmonisation (session
// twenty-one) names with strikes: "its own forces' strike, raid, killing,
// capture or seizure on the story day".
var ownOpCodes = map[dyad.Code]bool{"181": true, "185": true, "186": true, "190": true, "192": true, "193": true, "194": true, "195": true}

// homeRebels reports whether event e is a state's own organ acting on an
// armed rebel group of the same country (COLMIL>COLREB): the fourteenth
// harmonisation gives a state announcing its forces' operation against its
// own insurgents the 015 as for a strike abroad ("Colombian soldiers killed
// ten dissidents, the army said"). Any other target of the same country —
// its government (a coup), its civilians or protesters (crowd control,
// 17x's) — stays without one; a rebel group's own fight at home is not a
// state's operation.
func (s *sent) homeRebels(e dyad.Event) bool {
	src, tgt := e.Source.Code, e.Target.Code
	return stateOrgan(src) && len(tgt) >= 6 && tgt[3:6] == "REB" && sameCountry(src, tgt)
}

// announcerRoles give the code a speaker named by its office alone, with
// no country ("the army said"), takes beside the country of the act it
// announces: an army or military is the state's MIL, a ministry its GOV.
var announcerRoles = map[string]string{
	"ARMY": "MIL", "MILITARY": "MIL", "FORCES": "MIL", "MINISTRY": "GOV",
}

// bareAnnouncer returns the first leaf and the role of the subject of the
// verb at leaf i when it is an office with no country, "the army", "the
// military", "the armed forces", "the defence ministry", standing just
// before the verb; role is "" otherwise.
func (s *sent) bareAnnouncer(i int) (int, string) {
	if i < 2 {
		return -1, ""
	}
	role := announcerRoles[s.words[i-1]]
	if role == "" {
		return -1, ""
	}
	j := i - 2
	switch s.words[j] {
	case "ARMED", "DEFENCE", "DEFENSE", "INFORMATION", "FOREIGN":
		if s.words[i-1] == "ARMY" || s.words[i-1] == "MILITARY" {
			return -1, ""
		}
		j--
	}
	if s.words[i-1] == "FORCES" && s.words[j+1] != "ARMED" || s.words[i-1] == "MINISTRY" && j == i-2 {
		return -1, "" // "the forces", "the ministry" of no named office
	}
	if j < 0 || s.words[j] != "THE" {
		return -1, ""
	}
	return j, role
}

// stateOrgan reports whether an actor code is a state, its government, its
// military, police or intelligence service.
func stateOrgan(code string) bool {
	if len(code) < 3 || code[0] == '-' {
		return false
	}
	if len(code) == 3 {
		return true
	}
	switch code[3:] {
	case "GOV", "MIL", "COP", "SPY":
		return len(code) == 6
	}
	return false
}

// rebelGroup reports whether an actor code is a country's armed rebel
// group (YEMREB, PSEREBHMS): a force outside the state that claims its own
// strikes on another country as a state does. "The Houthis said they had
// fired drones at a U.S. warship" is YEMREB>USAMIL 015 besides the attack
// (reportedact33: fresh2 g-035, fresh15 y-197, fresh23 ag-086, fresh30
// an-107 code the rebels' claim so; CAMEO's 015 is any actor's claim of
// responsibility). A strike on the group's own country stays a domestic
// fight, as for a state.
func rebelGroup(code string) bool {
	return len(code) >= 6 && code[3:6] == "REB" && isCountryCode(code[:3])
}

// placeSource reports whether an event's source is a place named after a
// locative preposition ("killed inside the Saudi consulate in Istanbul"):
// the location standing for an unknown author, not a state's announced act.
func (s *sent) placeSource(e dyad.Event) bool {
	i := s.leafAt(e.Source.Span.Start)
	if i < 1 {
		return false
	}
	switch s.words[i-1] {
	case "IN", "AT", "INSIDE", "NEAR", "OUTSIDE":
		return true
	}
	return false
}

// ownWords name the speaker's own forces in its reported clause: "said it
// had shot down", "said its troops had carried out".
var ownWords = map[string]bool{"IT": true, "ITS": true, "THEY": true, "THEIR": true, "WE": true, "OUR": true}

// ownWordIn reports whether a pronoun or possessive of the speaker
// ("it", "its air force") stands between leaves a and b, before the act's
// verb: the statement claims the act as the speaker's own.
func (s *sent) ownWordIn(a, b int) bool {
	for j := a; j < b; j++ {
		if ownWords[s.words[j]] {
			return true
		}
	}
	return false
}

// interception reports whether w is a form of "intercept".
func interception(w string) bool {
	return strings.HasPrefix(w, "INTERCEPT")
}

// incomingWeapons name what an attack fires: missiles, rockets, shells and
// drones in the plural. Shooting them down defends against the launcher's
// attack, an interception by another verb.
var incomingWeapons = map[string]bool{
	"MISSILE": true, "MISSILES": true, "ROCKET": true, "ROCKETS": true,
	"SHELLS": true, "PROJECTILES": true, "DRONES": true, "UAVS": true,
}

// incomingShot reports whether the act at verb leaf v, a shoot-down, downs
// incoming weapons: a noun of incomingWeapons heading a phrase of its
// object ("its air defences shot down 31 Ukrainian drones"), read up to a
// comma or subordinator (phraseEnd) and never past the verb's own clause
// (clauseLast): in "shot down a jet and Russia fired missiles" the
// missiles are another clause's. The news README's thirteenth
// harmonisation (session twenty) gives such a shoot-down, like an
// interception, no defender's 015; the 015 stays for aircraft and for a
// drone or balloon flying on its own ("shot down a U.S. spy drone"), hence
// drones in the plural only.
func (s *sent) incomingShot(v int) bool {
	switch s.words[v] {
	case "SHOT", "SHOOT", "SHOOTS", "SHOOTING", "DOWNED", "DOWNS", "DOWNING":
	default:
		return false // "said it fired missiles at": the launcher's own strike
	}
	end := min(s.phraseEnd(v+1), s.clauseLast(v))
	for j := v + 1; j <= end; j++ {
		// The head noun, not a modifier ("missile launchers").
		if incomingWeapons[s.words[j]] && (j == end || !strings.HasPrefix(s.tags[j+1], "NN")) {
			return true
		}
	}
	return false
}
