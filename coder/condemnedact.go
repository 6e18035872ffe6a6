package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Condemnations of an act reported in the clause before. Wire copy reports
// an act, then a reaction that names it only by its noun: "Iran fired
// missiles at a U.S. base in Qatar, and Qatar condemned the attack as a
// flagrant violation", "Gunmen killed 30 villagers, and the Pope condemned
// the massacre". The condemnation is a criticism (111) of the act's author
// (codebook 111: "criticize ... responsible parties"), but the noun has no
// actor, so CONDEMN's rows code nothing. The act is the last event coded
// before the condemner, in an earlier clause; its source is the target. A
// condemned act whose author the sentence does not name ("Qatar condemned
// the attack") stays uncoded (cross-set harmonisation, session eight).

// condemnVerbs are the finite verbs of an outright condemnation.
var condemnVerbs = map[string]bool{
	"CONDEMNED": true, "CONDEMNS": true, "DENOUNCED": true, "DENOUNCES": true,
	"DEPLORED": true, "DEPLORES": true, "DECRIED": true, "DECRIES": true,
	"CRITICISED": true, "CRITICIZED": true, "SLAMMED": true, "CONDEMNING": true,
	"DENOUNCING": true,
}

// actNouns are the nouns that name a hostile act, not an actor or a policy.
var actNouns = map[string]bool{
	"ATTACK": true, "ATTACKS": true, "STRIKE": true, "STRIKES": true, "AIRSTRIKE": true,
	"AIRSTRIKES": true, "RAID": true, "RAIDS": true, "KILLING": true, "KILLINGS": true,
	"MASSACRE": true, "BOMBING": true, "BOMBINGS": true, "SHELLING": true, "ASSAULT": true,
	"INCURSION": true, "SEIZURE": true, "ABDUCTION": true, "KIDNAPPING": true,
	"LAUNCH": true, "LAUNCHES": true, "TEST": true, "TESTS": true, "DRILLS": true,
	"EXERCISES": true, "INVASION": true, "SHOOTING": true, "EXECUTION": true,
	"EXECUTIONS": true, "ARREST": true, "ARRESTS": true, "DETENTION": true, "EXPULSION": true,
	"BLOCKADE": true, "CRACKDOWN": true,
}

// policyNouns name a decision of any kind, whatever the family of the act
// coded before: "Japan approved the plan, and China denounced the move".
var policyNouns = map[string]bool{"MOVE": true, "DECISION": true, "STEP": true, "MEASURE": true, "MEASURES": true, "RULING": true, "VERDICT": true}

// actFamilies are the roots of the acts such a noun names: threats, force,
// coercion, assault, fighting and mass violence.
var actFamilies = map[string]bool{"13": true, "15": true, "17": true, "18": true, "19": true, "20": true}

// condemnedActs adds, for a condemnation verb that coded nothing, whose
// subject is an actor and whose object is "the (adjectives) ACT", the
// criticism 111 from the subject to the source of the act coded last in
// an earlier clause of the sentence.
func (s *sent) condemnedActs(evs []dyad.Event) []dyad.Event {
	for v := 1; v+2 < len(s.words); v++ {
		if !condemnVerbs[s.words[v]] || !strings.HasPrefix(s.tags[v], "VB") || s.verbCoded(evs, v) {
			continue
		}
		subj := v - 1
		for subj > 0 && s.tags[subj] == "RB" {
			subj--
		}
		m := s.mentionEndingAt(subj)
		if m == nil {
			continue
		}
		noun := s.actNounObject(v + 1)
		if noun < 0 {
			noun = s.relativeAntecedent(m.first)
		}
		if noun < 0 {
			continue
		}
		var tgts []dyad.Actor
		if act := s.lastEventBefore(evs, m.first); act >= 0 {
			if !actFamilies[string(evs[act].Code[:2])] && !policyNouns[s.words[noun]] || !s.clauseBreak(evs[act].Verb.Start, m.first) {
				continue
			}
			for e := range evs {
				if evs[e].Verb.Start == evs[act].Verb.Start && !hasActorCode(tgts, evs[e].Source.Code) {
					tgts = append(tgts, evs[e].Source)
				}
			}
		} else if fv := s.firstVerb(); fv >= 0 && fv < m.first && s.clauseBreak(s.leaves[fv].Start, m.first) {
			// No act was coded: its author is the subject of the
			// sentence's first clause ("Gunmen killed 30 villagers").
			a := s.subject(fv, -1)
			if a < 0 || !s.nes[a].codes[0].hasActor || s.nes[a].last >= fv {
				continue
			}
			tgts = append(tgts, s.actor(&s.nes[a].codes[0]))
		} else {
			continue
		}
		for i := range m.codes {
			if !m.codes[i].hasActor {
				continue
			}
			src := s.actor(&m.codes[i])
			for _, tgt := range tgts {
				if src.Code == nullCode || tgt.Code == nullCode || src.Code == tgt.Code || hasEventUnder(evs, src.Code, tgt.Code, "11") {
					continue
				}
				evs = append(evs, dyad.Event{
					Source:   src,
					Target:   tgt,
					Code:     "111",
					Verb:     s.span(v, v),
					VerbText: s.text(v, v),
					Pattern:  "condemnation of the act reported before (coder/condemnedact.go)",
				})
			}
		}
	}
	return evs
}

// actNounObject returns the leaf of the noun when the leaves from j are
// "the", quotes and adjectives, then an act or policy noun that no "by" or
// "of" phrase follows (that phrase would name the author or the victim
// itself); else -1.
func (s *sent) actNounObject(j int) int {
	if j >= len(s.words) || s.tags[j] != "DT" || s.words[j] != "THE" {
		return -1
	}
	for j++; j < len(s.words) && (s.tags[j] == "JJ" || s.tags[j] == "``"); j++ {
	}
	if j >= len(s.words) || !actNouns[s.words[j]] && !policyNouns[s.words[j]] {
		return -1
	}
	if j+1 < len(s.words) && (s.words[j+1] == "BY" || s.words[j+1] == "OF") {
		return -1
	}
	return j
}

// clauseBreak reports whether a comma or a coordinating "and" stands
// between the leaf that starts at offset from and leaf to.
func (s *sent) clauseBreak(from, to int) bool {
	for j := to - 1; j >= 0 && s.leaves[j].Start > from; j-- {
		if s.tags[j] == "," || s.tags[j] == "CC" || s.tags[j] == ":" {
			return true
		}
	}
	return false
}

// relativeAntecedent returns the leaf of the act or policy noun a relative
// clause opening at leaf first modifies ("drills that Moscow denounced",
// "the strikes, which Cairo condemned"), or -1.
func (s *sent) relativeAntecedent(first int) int {
	j := first - 1
	if j < 1 || s.words[j] != "THAT" && s.words[j] != "WHICH" {
		return -1
	}
	j--
	if s.tags[j] == "," && j > 0 {
		j--
	}
	if actNouns[s.words[j]] || policyNouns[s.words[j]] {
		return j
	}
	return -1
}
