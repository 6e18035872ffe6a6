package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Reactions in an apposed noun phrase. News closes a report of an act with
// a noun phrase that names it and the actor who condemned it: "Chile will
// send troops to Haiti, a move Peru criticised as a threat", "..., a
// decision Damascus dismissed as biased", "..., in a crackdown condemned by
// the United Nations". Each reports the reacting actor's criticism (111) of
// the act's author, as the finite "Peru criticised the move" would be
// coded; the reduced relative cannot reach the act's author, and the comma
// options drop the phrase as an aside. The act is the last event coded
// before the phrase; its source is the target. When the coder coded no act
// there (an annexation signed, a pact announced, a parliament frozen), the
// target is the subject of the clause the phrase closes. A free relative
// ("…, in what Kyiv called a war crime") names the act the same way. A
// verb of praise in the same place ("a move Peru hailed") is the reacting
// actor's 051 instead (praised.go).

// criticismVerbs are the verbs of a reduced relative that criticise the act.
var criticismVerbs = map[string]bool{
	"CRITICISED": true, "CRITICIZED": true, "CONDEMNED": true, "DENOUNCED": true,
	"DISMISSED": true, "SLAMMED": true, "DECRIED": true, "DEPLORED": true, "BLASTED": true,
	"REJECTED": true,
}

// criticalWords are the judgements that make "a step X called '...'" a
// criticism: the words of 111's "denounce", an act called illegal,
// unacceptable or absurd.
var criticalWords = map[string]bool{
	"ABSURD": true, "UNACCEPTABLE": true, "ILLEGAL": true, "OUTRAGEOUS": true, "PROVOCATIVE": true,
	"PROVOCATION": true, "IRRESPONSIBLE": true, "SHAMEFUL": true, "UNJUST": true, "UNLAWFUL": true,
	"DANGEROUS": true, "DISGRACEFUL": true, "DEPLORABLE": true, "HOSTILE": true,
	"REGRETTABLE": true, "UNFRIENDLY": true, "INTERFERENCE": true, "BLACKMAIL": true, "ILLEGITIMATE": true,
}

// apposedReactions adds, for a criticism verb in a reduced relative of a
// noun set off after the clause (", a move X dismissed as ...") or in a
// passive participle with a by-agent ("a crackdown condemned by X"), the
// criticism 111 from X to the source of the last event coded before the
// phrase, when the verb coded nothing itself; for a verb of praise
// (praiseVerbs, praised.go) in either place, the praise 051.
func (s *sent) apposedReactions(evs []dyad.Event) []dyad.Event {
	for v := 2; v < len(s.words); v++ {
		if !strings.HasPrefix(s.tags[v], "VB") || s.verbCoded(evs, v) {
			continue
		}
		var srcs []acode
		var noun int
		code, pattern := dyad.Code("111"), "criticism in an apposed noun phrase (coder/apposed.go)"
		if praiseVerbs[s.words[v]] { // praised.go
			code, pattern = "051", "praise in an apposed noun phrase (coder/praised.go)"
		}
		judges := criticismVerbs[s.words[v]] || praiseVerbs[s.words[v]]
		switch {
		case judges && !rejectedAs[s.words[v]] && v+2 < len(s.words) && s.words[v+1] == "BY":
			noun = v - 1
			srcs = s.fromList(v + 2)
		case judges && s.judgedAs(v) || s.namesCritically(v):
			// An adverb may stand between the actor and its verb ("a
			// move Beijing immediately denounced as ...").
			last := v - 1
			if s.tags[last] == "RB" {
				last--
			}
			m := s.mentionEndingAt(last)
			if m == nil {
				continue
			}
			// The parse may put the noun in the actor's phrase ("(NP a
			// move Damascus)"): the noun is the last leaf before the
			// actor's proper name.
			noun = s.beforeName(last)
			if noun == last {
				// an actor named by a common noun ("the opposition",
				// "the U.S. military"): the leaf before its phrase
				noun = m.first - 1
			}
			if noun > 0 && s.tags[noun] == "DT" {
				noun-- // "a move the European Union called …"
			}
			srcs = m.codes
			if noun >= 0 && claimNouns[s.words[noun]] && denialVerbs[s.words[v]] {
				// "…, an allegation Kyiv rejected as absurd" denies a
				// claim, which deniedClaims codes (deniedclaim.go).
				continue
			}
		default:
			continue
		}
		var open int
		if noun >= 1 && s.words[noun] == "WHAT" && s.words[noun-1] == "IN" {
			// "…, in what Kyiv called a war crime": the free relative
			// names the act the clause before it reports.
			open = noun - 1
		} else {
			if noun < 1 || !strings.HasPrefix(s.tags[noun], "NN") || strings.HasPrefix(s.tags[noun], "NNP") {
				continue
			}
			if open = s.apposedOpen(noun); open < 0 {
				continue
			}
		}
		// the act's authors: every source of an event of the act's verb
		// ("Spain, Ireland and Norway recognised ..."), not the other side
		// of a mirrored pattern; with no act coded, the subject of the
		// clause the phrase closes, as the verdict of a closing participle
		// takes it (calling.go)
		var tgts []dyad.Actor
		if act := s.lastEventBefore(evs, open); act >= 0 {
			n := len(evs)
			for e := 0; e < n; e++ {
				if evs[e].Verb.Start == evs[act].Verb.Start && evs[e].Source.Code != evs[act].Target.Code && !hasActorCode(tgts, evs[e].Source.Code) {
					tgts = append(tgts, evs[e].Source)
				}
			}
		} else {
			tgts = s.openingSubjects(open, tgts)
		}
		for i := range srcs {
			if !srcs[i].hasActor {
				continue
			}
			src := s.actor(&srcs[i])
			for _, tgt := range tgts {
				if src.Code == nullCode || src.Code == tgt.Code {
					continue
				}
				evs = append(evs, dyad.Event{
					Source:   src,
					Target:   tgt,
					Code:     code,
					Verb:     s.span(v, v),
					VerbText: s.text(v, v),
					Pattern:  pattern,
				})
			}
		}
	}
	return evs
}

// apposedOpen returns the comma that opens the noun phrase whose head noun
// is at leaf noun — only determiners, adjectives, nouns and an opening "in"
// between — or -1.
func (s *sent) apposedOpen(noun int) int {
	for j := noun - 1; j >= 0 && j >= noun-5; j-- {
		switch t := s.tags[j]; {
		case t == ",":
			if j == noun-1 {
				return -1
			}
			return j
		case t == "DT" || t == "PRP$" || strings.HasPrefix(t, "JJ") || t == "NN" || t == "NNS" || t == "RB" || t == "IN" && s.words[j] == "IN":
		default:
			return -1
		}
	}
	return -1
}

// judgedAs reports whether a verb of criticism at leaf v passes its
// judgement on the noun it follows: always, but for "rejected", which
// criticises only with "as" ("a move Kyiv rejected as illegal"; "a plan
// Kyiv rejected" is a rejection the relative cannot aim).
func (s *sent) judgedAs(v int) bool {
	return !rejectedAs[s.words[v]] || v+1 < len(s.words) && s.words[v+1] == "AS"
}

// rejectedAs are the verbs of a reduced relative that criticise only with
// "as" after them.
var rejectedAs = map[string]bool{"REJECTED": true}

// namesCritically reports whether a naming verb at leaf v ("called",
// "described as", "termed") names a critical judgement before the next
// comma, period or verb: "called 'absurd'", "called a 'constitutional
// coup'", "described as unsafe and unprofessional".
func (s *sent) namesCritically(v int) bool {
	switch s.words[v] {
	case "CALLED", "TERMED", "BRANDED":
	case "DESCRIBED":
		if v+1 >= len(s.words) || s.words[v+1] != "AS" {
			return false
		}
	default:
		return false
	}
	for j := v + 1; j < len(s.words) && j <= v+6; j++ {
		if criticalWords[s.words[j]] || verdictWords[s.words[j]] || condemningNames[s.words[j]] {
			return true
		}
		if t := s.tags[j]; t == "," || t == "." || strings.HasPrefix(t, "VB") && t != "VBG" && t != "VBN" {
			return false
		}
	}
	return false
}

// openingSubjects appends to tgts the actors of the subject of the
// sentence's first verb when that verb comes before leaf open, with the
// actors coordinated with it there ("Australia, Britain and the United
// States announced a pact, a move China condemned"): the authors of an act
// the coder did not code.
func (s *sent) openingSubjects(open int, tgts []dyad.Actor) []dyad.Actor {
	v := s.firstVerb()
	if v >= open {
		return tgts
	}
	m := s.subject(v, -1)
	if m < 0 || s.nes[m].last >= v {
		return tgts
	}
	for k := m; k < len(s.nes) && s.nes[k].last < v; k++ {
		if k > m && !s.coordinatedWith(s.nes[k-1].last, s.nes[k].first) {
			break
		}
		for c := range s.nes[k].codes {
			if !s.nes[k].codes[c].hasActor {
				continue
			}
			if a := s.actor(&s.nes[k].codes[c]); !hasActorCode(tgts, a.Code) {
				tgts = append(tgts, a)
			}
		}
	}
	return tgts
}

// coordinatedWith reports whether the leaves strictly between a and b
// join two conjuncts: a comma or conjunction, with determiners and
// possessives only.
func (s *sent) coordinatedWith(a, b int) bool {
	joined := false
	for j := a + 1; j < b; j++ {
		switch s.tags[j] {
		case ",", "CC":
			joined = true
		case "DT", "PRP$":
		default:
			return false
		}
	}
	return joined
}

// beforeName returns the leaf before the actor's name that ends at leaf
// last: its proper nouns and possessive, and a title after a possessive
// ("Israel's foreign minister").
func (s *sent) beforeName(last int) int {
	j := last
	for j > 0 && (s.tags[j] == "NN" || s.tags[j] == "JJ") {
		j--
	}
	if s.tags[j] != "POS" {
		j = last
	}
	for j > 0 && (strings.HasPrefix(s.tags[j], "NNP") || s.tags[j] == "POS") {
		j--
	}
	return j
}
