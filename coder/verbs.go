package coder

import (
	"strconv"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/dict"
)

// match is what a pattern matched: the mentions it placed as source, target
// or compound, and where matching stopped on each side of the verb.
type match struct {
	src, tgt, comp int // mention indexes or -1
	upPos, lowPos  int // next leaf to read above and below the verb
}

// bareMatch is the match of a verb at leaves vs..ve before any pattern has
// placed a mention: nothing matched, reading starting next to the verb. It
// is both where codeVerbs starts and what a negated verb falls back to when
// its second reading (willNot) codes no act of cooperation.
func bareMatch(vs, ve int) match {
	return match{src: -1, tgt: -1, comp: -1, upPos: vs - 1, lowPos: ve + 1}
}

// verbAt finds the dictionary verb whose word is leaf i, checking the words a
// multi-word verb needs around it, and returns it with the verb's leaf range.
func (s *sent) verbAt(i int) (*dict.Form, int, int) {
	forms := s.c.d.Verbs.Lookup(s.words[i])
	var best *dict.Form
	bs, be := 0, 0
	for fi := range forms {
		f := &forms[fi]
		vs, ve := i-len(f.Pre), i+len(f.Post)
		if vs < 0 || ve >= len(s.words) {
			continue
		}
		ok := true
		for k, w := range f.Pre {
			if s.words[vs+k] != w {
				ok = false
				break
			}
		}
		// "called Thursday on Arabs": a time phrase may stand inside a
		// multi-word verb.
		skip := 0
		for k, w := range f.Post {
			for ok && i+1+k+skip < len(s.words) && s.inTimeNP(i+1+k+skip) {
				skip++
			}
			if ok && (i+1+k+skip >= len(s.words) || s.words[i+1+k+skip] != w) {
				ok = false
			}
		}
		ve += skip
		if ok && (best == nil || ve-vs > be-bs) {
			best, bs, be = f, vs, ve
		}
	}
	return best, bs, be
}

// codeVerbs codes every dictionary verb of the sentence.
func (s *sent) codeVerbs() []dyad.Event {
	// Empty, not nil, and no allocation: most sentences have one event or none.
	evs := []dyad.Event{}
	var at []int    // per event: its verb leaf
	var says []said // what each verb's events may yield to
	done := -1
	prepared := false // the index reads the words once a verb needs it
	for i := range s.leaves {
		if i <= done || s.del[i] || s.used[i] || !strings.HasPrefix(s.tags[i], "VB") || s.prepositional(i) || s.conditional(i) || s.unrealized(i) || s.notAnAct(i) {
			continue
		}
		f, vs, ve := s.verbAt(i)
		if f == nil || s.goingTo(i) {
			continue
		}
		done = ve
		block := &s.c.d.Verbs.Blocks[f.Block]
		lowEnd := s.lowEnd(i)
		n0 := len(evs)
		// A second pass reads no word above the verb's own clause (recode).
		for s.upLimit = s.clauseFloor(i); ; { // timed.go
			m := bareMatch(vs, ve)
			code := f.Code
			// A negated verb is coded only by a pattern written for the
			// negation ("- WILL NOT * [130]"): without one, "will not allow"
			// is no event, rather than the verb's own code or a pattern that
			// skipped over the NOT ("- WILL * &REFUGEE [0333]").
			neg := s.negated(vs)
			if neg {
				code = nullCode
			}
			pasv := s.passive(vs)
			var pat *dict.Pattern
			reqs := s.c.pidx.blocks[f.Block]
			// Patterns written for this verb (or for the whole block) first,
			// then those another verb of the block was given (kept in later
			// as the first pass goes by them).
			later := s.mx.later[:0]
			indexed := !s.c.plain && len(block.Patterns) > smallBlock
			if indexed && !prepared {
				s.prepareIndex()
				prepared = true
			}
			var dpat *dict.Pattern // the first match that read into a closing participle
			var dm match
			fits := func(p *dict.Pattern) bool {
				r, ok := s.matchPattern(p, vs, ve, lowEnd)
				if ok && s.slotsCoded(r) && s.upperSlotsFit(r, i) && s.participleUpperFits(r, i) && s.voiceFits(r, vs) && !s.readsNegated(r, ve) && s.compoundFits(r, ve) && !s.fromReversed(p, r, vs, ve, lowEnd) && !s.modifierSlot(r, i) && !s.readsOtherBe(p, vs) {
					if s.readsClosingParticiple(p, r, ve, f.Code) { // farread.go
						if dpat == nil {
							dpat, dm = p, r
						}
						return false
					}
					m, code, pat = s.pronounSource(r, i), p.Code, p
					return true
				}
				return false
			}
			// A negated act of cooperation stated as a will is its
			// rejection, as a refusal's infinitive is (refuse.go): "will not
			// free the prisoners" 1243, "would not negotiate with the rebels"
			// 125. A past or perfect negation ("has not provided weapons",
			// "has never sent drones") reports that something did not
			// happen, which is no event (willNot). When no pattern
			// written for the negation fits, the verb is read a second time
			// without the negation, and an act of the families 03–08 it
			// codes is turned into the refusal of it; any other code (a
			// statement, an attack) leaves the negated verb no event.
			scan := func(negOnly bool) {
				for _, pi := range s.patterns(f.Block, len(block.Patterns), indexed) {
					pr := &reqs[pi]
					if (negOnly && !pr.negative) || (!pasv && pr.byAgent) || (indexed && !s.mayMatch(pr, vs, ve, lowEnd)) {
						continue
					}
					if !s.c.applies(int(pi), f) {
						later = append(later, pi)
						continue
					}
					if fits(&block.Patterns[pi]) {
						return
					}
				}
				for _, pi := range later {
					if pat != nil {
						return
					}
					if p := &block.Patterns[pi]; (!bareForeign(p) || s.c.namesWord(f.Block, int(pi), s.words[i])) && fits(p) { // crossscope.go
						return
					}
				}
			}
			scan(neg)
			refused := neg && pat == nil && dpat == nil && s.willNot(vs)
			if refused {
				code, later = f.Code, later[:0]
				scan(false)
			}
			s.mx.later = later
			if pat == nil && dpat != nil {
				m, code, pat = s.pronounSource(dm, i), dpat.Code, dpat
			}
			if refused {
				if cooperativeAct(code) {
					code = string(refuseOf(dyad.Code(code)))
				} else {
					m, code, pat = bareMatch(vs, ve), nullCode, nil
				}
			}
			if s.c.opt.SubCodes {
				if pat != nil && !s.c.applies(patIndex(block, pat), f) {
					code = s.refamily(code, f.Code, pat) // another verb's pattern
				} else if pat != nil && askedIntent(code, f.Code, pat) {
					code = s.refamily(code, f.Code, nil) // "urged Israel to accept mediation"
				}
				code = s.fragment(code, pat, f.Code, ve+1, m.lowPos-1)
				code = s.oneWayIntent(code, s.subcode(s.intent(code, vs), ve+1, s.chargeEnd(code, lowEnd), f.Verb), vs) // intent.go
				code = s.threatOf(code, i, ve)
			}
			n := len(evs)
			evs = s.events(evs, m, code, pat, f, block, i, vs, ve, lowEnd)
			if s.c.opt.SubCodes {
				evs = s.askedActs(evs, n, f.Code, i, f.Verb) // coordinated.go
			}
			for range evs[n:] {
				at = append(at, i, s.reach(pat, m, vs))
			}
			if len(evs) > n {
				// A bare statement yields to any event of its reported clause; a
				// pattern only to an event of a verb it read past.
				past := m.lowPos - 1
				if pat == nil && strings.HasPrefix(code, "01") {
					past = lowEnd
				}
				says = append(says, said{n, len(evs), ve + 1, past, pat == nil})
			}
			first := s.recode(pat, m, i, vs)
			if first < 0 || s.upLimit > 0 {
				break
			}
			if len(evs) > n && speakerActs(code) {
				// BEAT's "- SAID + * [182]": the speaker did not beat anyone.
				evs, at, says = evs[:n], at[:2*n], says[:len(says)-1]
			}
			s.upLimit = first
		}
		s.upLimit = 0
		if len(evs) > n0 {
			// The verb's phrase is coded: verbs inside it (adverbial clauses,
			// infinitives, nominal phrases) are part of that event, not events
			// of their own — except in a reported clause ("Russia said that
			// Ukraine attacked ..."), which is coded on its own.
			s.consume(i, ve+1, lowEnd)
		}
	}
	evs, at = s.sharedObjects(evs, at) // shared.go
	evs, at = s.elidedOthers(evs, at)  // shared.go
	evs, at = s.gapRelatives(evs, at)  // relgap.go
	evs, at = s.conjuncts(evs, at)     // conjunct.go
	evs, says, at = s.demands(evs, says, at)
	evs, says, at = s.denied(evs, says, at)
	evs, says, at = s.alleged(evs, says, at)
	evs, says, at = s.accusedGerunds(evs, says, at) // accusedact.go
	evs, says, at = s.claimedActs(evs, says, at)
	evs, says, at = s.expectedActs(evs, says, at) // expect.go
	s.refusals(evs, at)
	evs = s.dropSays(evs, says, at)
	evs = s.dropSeenBy(evs)                          // seenby.go
	evs = s.dropParticipleTargets(evs)               // pasttarget.go
	evs = s.dropAdverbialTargets(evs)                // pasttarget.go
	evs = s.optionsWeighed(evs)                      // whether.go
	evs = s.drawnReactions(s.unclaimedBombings(evs)) // bombing.go, reaction.go
	evs = s.massKillings(evs)                        // masskill.go
	evs = s.irregularFire(evs)                       // irregularfire.go
	evs = s.crowdDissent(evs)                        // crowdopp.go
	evs = s.assassinations(evs)                      // assassinate.go
	evs = s.heldPlaces(evs)                          // heldplace.go
	evs = s.seizedCities(evs)                        // seizedcity.go
	if s.c.opt.LinkedEvents {
		evs = s.thirdPlaceMeetings(evs) // thirdplace.go
		evs = s.hostedTalks(evs)        // hosttalks.go

		// In this order: a visit's host is settled before swaps and mirrors.
		evs = s.meetingVisits(evs)      // hostvisit.go
		evs = s.nominalVisits(evs)      // hostvisit.go
		evs = s.placeHosts(evs)         // visithost.go
		evs = s.arrivalHosts(evs)       // arrival.go
		evs = arrivalTalks(evs)         // arrival.go
		evs = hostedMeetings(evs)       // hostedmeeting.go
		evs = s.visitingGuests(evs)     // visiting.go
		evs = s.paradeVisits(evs)       // parade.go
		evs = s.visitPledges(evs)       // visitpledge.go
		evs = s.releasedForces(evs)     // releasedforce.go
		evs = s.swaps(evs)              // swap.go
		evs = s.withReciprocals(evs)    // reciprocal.go
		evs = s.claimedAttacks(evs)     // claim.go
		evs = s.claimantAttacks(evs)    // claim.go
		evs = s.spyingArrests(evs)      // spying.go
		evs = s.mediators(evs)          // mediate.go
		evs = s.ultimatums(evs)         // ultimatum.go
		evs = s.responses(evs)          // response.go
		evs = s.apposedReactions(evs)   // apposed.go
		evs = s.verdicts(evs)           // calling.go
		evs = s.actVerdicts(evs)        // verdictact.go
		evs = s.deniedClaims(evs)       // deniedclaim.go
		evs = s.dismissedClaims(evs)    // dismissedclaim.go
		evs = s.deniedCharges(evs)      // denialclause.go
		evs = s.hostings(evs)           // hosted.go
		evs = s.afterMeetings(evs)      // aftermeeting.go
		evs = s.brokerings(evs)         // hosted.go
		evs = s.phoneCalls(evs)         // phone.go
		evs = s.nounEvents(evs)         // nounevent.go
		evs = s.copulaVisits(evs)       // nounvisit.go
		evs = s.pairEvents(evs)         // nounpair.go
		evs = s.possessiveTalks(evs)    // nounpair.go
		evs = s.protestsAgainst(evs)    // nounprotest.go
		evs = s.inquiryTopics(evs)      // inquiry.go
		evs = s.ownStrikes(evs)         // ownstrike.go
		evs = s.relativeIncursions(evs) // relincursion.go
		evs = s.resignations(evs)       // nounresign.go
		evs = s.coups(evs)              // coupyield.go
		evs = s.coupDetentions(evs)     // coupyield.go
		evs = s.protestArrests(evs)     // protestarrest.go
		evs = s.courtRulings(evs)       // courtruling.go
		evs = s.vetoDrafters(evs)       // vetodrafter.go
		evs = s.legRemovals(evs)        // legremoval.go
		evs = s.clashes(evs)            // clash.go
		evs = s.retreats(evs)           // retreat.go
		evs = s.truceBreaches(evs)      // trucebreach.go
		evs = s.blamedAttacks(evs)      // blameattack.go
		evs = s.callPartners(evs)       // callpair.go
		evs = s.retaliations(evs)       // retaliate.go
		evs = s.penaltyThreats(evs)     // penalty.go
		evs = s.interceptions(evs)      // interception.go
		evs = s.deadlines(evs)          // deadline.go
		evs = s.selfWarnings(evs)       // selfwarn.go
		evs = s.actTalks(evs)           // nountalks.go
		evs = s.brokeredTruces(evs)     // brokeredtruce.go
		evs = s.unilateralTruces(evs)   // unilateraltruce.go
		evs = s.reportedTruces(evs)     // reportedtruce.go
		evs = s.signedTruces(evs)       // signing.go
		evs = s.truceReleases(evs)      // trucerelease.go
		evs = s.dealsReached(evs)       // dealreached.go
		evs = s.signingVenues(evs)      // signingvenue.go
		evs = s.gatheringPlaces(evs)    // gatheringplace.go
		evs = s.actVisitBy(evs)         // nountalks.go
		evs = s.meetingTalks(evs)       // meettalks.go
		evs = mediatedPairs(evs)        // mediatedpair.go
	}
	evs = s.leftBlocs(evs)                                                  // leavebloc.go
	evs = mereStatements(s.placeTwins(s.namedSubjects(s.sameAttacks(evs)))) // sameattack.go, placetarget.go, merestatement.go
	evs = s.reasonAccusations(evs)                                          // reasonaccuse.go
	evs = s.closingSayings(evs)                                             // closingsay.go
	evs = s.protestDemands(evs)                                             // protestdemand.go
	evs = sanctionScopes(evs)                                               // sanctionscope.go
	evs = callTalks(evs)                                                    // calltalks.go
	evs = ownDenials(evs)                                                   // owndenial.go
	if s.c.opt.LinkedEvents {
		// Last: the arrest's own source is settled (placeTwins turns a
		// place read as the arrested back).
		evs = s.requestedArrests(evs) // requested.go
		// After placeTwins: the source a backer joins is settled.
		evs = s.backedForces(evs) // backedforce.go
	}
	return evs
}

// lowEnd returns the last leaf the lower part of a pattern of the verb at
// leaf i may read: the end of the verb's VP.
func (s *sent) lowEnd(i int) int {
	if e := s.vpEnd[i]; e >= 0 {
		return s.beforeForce(i, e)
	}
	// A verb outside a VP ("Soviet aircraft including helicopter gunships
	// killed ...", including/VBG in a PP) reads to the end of its own
	// phrase, not of the sentence.
	if p := s.parent[s.leafK[i]]; p > 0 {
		return s.spans[p].last
	}
	return len(s.leaves) - 1
}

// said is what a verb's events evs[from:to] yield to: an event of the same
// source from a verb at leaves lo..hi of its phrase (which, since a coded
// verb consumes its phrase, is in a reported clause). For a bare statement
// (SAY's own 010) hi is the end of the phrase; for a pattern, the last leaf
// the pattern read.
//
// A pattern statement yields even to an event whose own pattern read the
// reporting verb: in "Iran said it would attack Iraq unless ...", SAY's "- *
// ATTACK [190]" read the attack as done, ATTACK's "- SAID &AUXVERB2 * [138]"
// as the threat it is.
type said struct {
	from, to, lo, hi int
	bare             bool // the verb's own code, no pattern
}

// sameCountry reports whether two actor codes are one state's: the same
// code, or the same country prefix (IRNMIL and IRN). International,
// transnational and regional prefixes (isCountryCode) name no one state.
func sameCountry(a, b string) bool {
	if a == b {
		return true
	}
	return len(a) >= 3 && len(b) >= 3 && a[:3] == b[:3] && isCountryCode(a[:3])
}

// truceCode is CAMEO's "declare truce, ceasefire".
const truceCode = "0871"

// dropSays drops a reporting verb's bare statement when its reported clause
// gave an event of the same source, or of the source's own state: in "Turkey
// said Monday it had asked Tehran ..." the news is the request (0214), not a
// comment to Tehran besides (010); in "Bagheri reported that the two
// countries agreed to expand cooperation" it is IRN's and CHN's intent, not
// IRNMIL's statement to Iran. A statement stays when the reported event is another actor's, or
// when its pattern reached up to the reporting verb itself ("- $ SAID + *
// [111]": "Iran said that China had attacked Japan" is Iran's accusation
// and Iran's statement). Likewise a reporting verb's pattern that read words
// of the reported clause past its verb: in "Japan said it had halted economic
// aid to Yugoslavia", SAY's "- * ECONOMIC AID [0331]" yields to HALT's 1621.
// A reporting verb's truce (0871) also yields to the truce its reported
// clause gives the parties themselves: in "Qatar's prime minister announced
// that Israel and Hamas had agreed to a ceasefire" the pattern reads
// "ceasefire" past the reported verb, but the truce is Israel's and Hamas's
// own; the announcer told the news ("Qatar announced a ceasefire", with no
// reported truce, keeps its event).
// A protest's pattern that read a closing "…, demanding that …" does not
// yield to the demand: the demand is the protest's content, and
// protestDemands folds it into the protest (a rally "demanding that the
// president resign" is one 141x event, not a 10x alone).
// at holds, per event, its verb leaf and the first leaf its pattern read.
func (s *sent) dropSays(evs []dyad.Event, says []said, at []int) []dyad.Event {
	if len(says) == 0 {
		return evs
	}
	drop := make([]bool, len(evs))
	any := false
	for _, sd := range says {
		for k := range evs {
			v, reach := at[2*k], at[2*k+1]
			if (k >= sd.from && k < sd.to) || v < sd.lo || v > sd.hi {
				continue
			}
			if evs[sd.from].Code.Root() == "14" && s.closingDemand(&evs[k]) {
				continue
			}
			if (reach >= sd.lo || !sd.bare) && sameCountry(evs[k].Source.Code, evs[sd.from].Source.Code) {
				for j := sd.from; j < sd.to; j++ {
					drop[j] = true
				}
				any = true
				break
			}
			if evs[k].Code == truceCode {
				for j := sd.from; j < sd.to; j++ {
					if evs[j].Code == truceCode && evs[j].Target.Code == evs[k].Source.Code && evs[j].Source.Code != evs[k].Source.Code {
						drop[j], any = true, true
					}
				}
			}
		}
	}
	if !any {
		return evs
	}
	out := evs[:0]
	for k := range evs {
		if !drop[k] {
			out = append(out, evs[k])
		}
	}
	return out
}

func (s *sent) matchPattern(p *dict.Pattern, vs, ve, lowEnd int) (match, bool) {
	m := match{src: -1, tgt: -1, comp: -1}
	var ok bool
	if m.lowPos, ok = s.seq(p.Lower, false, ve+1, +1, lowEnd, &m); !ok {
		return m, false
	}
	if m.upPos, ok = s.seq(p.Upper, true, s.adverbsBefore(p, vs), -1, s.upLimit, &m); !ok {
		return m, false
	}
	return m, true
}

// adverbsBefore returns where pattern p's words above the verb at leaf vs
// are read from. A token joined to the verb ("- $_*_+ [054]": a state
// recognising a state) stands next to it, but an adverb of the verb's own
// ("Chile formally recognised Kosovo", "officially recognised") belongs to
// the verb and is read past; a negation is not (negated).
func (s *sent) adverbsBefore(p *dict.Pattern, vs int) int {
	k := lastUpper(p)
	pos := vs - 1
	if k < 0 || !p.Upper[k].Joined {
		return pos
	}
	for pos > 0 && s.tags[pos] == "RB" && !negWord(s.words[pos]) {
		pos--
	}
	return pos
}

// lastUpper returns the index of pattern p's last upper token that is not
// a bracket (TOpen, TClose), the one standing next to the verb, or -1: what
// adverbsBefore and readsOtherBe (otherbe.go) read first.
func lastUpper(p *dict.Pattern) int {
	k := len(p.Upper) - 1
	for k >= 0 && (p.Upper[k].Kind == dict.TOpen || p.Upper[k].Kind == dict.TClose) {
		k--
	}
	return k
}

// slotsCoded reports whether the actor slots a pattern filled hold coded
// actors (named ones, with require_dyad). A pattern whose words match but whose $ or + lands on a phrase with
// no code ("killed civilians in an attack on a village") does not match.
func (s *sent) slotsCoded(m match) bool {
	for _, e := range [...]int{m.src, m.tgt, m.comp} {
		if e < 0 {
			continue
		}
		if len(s.nes[e].codes) == 0 || (s.c.opt.RequireDyad && !anyNamed(s.nes[e].codes)) {
			return false
		}
	}
	return true
}

// anyNamed reports whether one of cs names an actor, not only agents
// ("a village" is ---CVL).
func anyNamed(cs []acode) bool {
	for i := range cs {
		if !strings.HasPrefix(cs[i].code, nullCode) {
			return true
		}
	}
	return false
}

func within(p, dir, limit int) bool {
	if dir > 0 {
		return p <= limit
	}
	return p >= limit && p >= 0
}

// seq matches pattern tokens outward from the verb: forward below it, and
// backward (tokens reversed) above it. It returns the next position to read.
func (s *sent) seq(toks []dict.Tok, rev bool, pos, dir, limit int, m *match) (int, bool) {
	n := len(toks)
	for k := 0; k < n; k++ {
		t := &toks[k]
		if rev {
			t = &toks[n-1-k]
		}
		switch t.Kind {
		case dict.TOpen, dict.TClose:
			continue
		case dict.TWord:
			p := pos
			for ; within(p, dir, limit); p += dir {
				if s.words[p] == t.Word {
					break
				}
				if t.Joined {
					return pos, false
				}
			}
			if !within(p, dir, limit) {
				return pos, false
			}
			pos = p + dir
		case dict.TSynset:
			p, l, ok := s.findSynset(t.Word, pos, dir, limit, t.Joined)
			if !ok {
				return pos, false
			}
			pos = p + dir*l
		default:
			e, ok := s.findMention(pos, dir, limit, t.Joined, t.Kind == dict.TCompound, false)
			if !ok {
				return pos, false
			}
			switch t.Kind {
			case dict.TSource:
				m.src = e
			case dict.TTarget:
				m.tgt = e
			case dict.TCompound:
				m.comp = e
			}
			if dir > 0 {
				pos = s.nes[e].last + 1
			} else {
				pos = s.nes[e].first - 1
			}
		}
	}
	return pos, true
}

// findSynset finds the nearest occurrence of a synset phrase; at one position
// the longest phrase wins. It returns the position and the phrase length.
func (s *sent) findSynset(name string, pos, dir, limit int, joined bool) (int, int, bool) {
	phrases := s.c.syn[name]
	for p := pos; within(p, dir, limit); p += dir {
		best := 0
		for _, ph := range phrases {
			if len(ph) <= best {
				continue
			}
			ok := true
			for k := range ph {
				w := ph[k]
				if dir < 0 {
					w = ph[len(ph)-1-k]
				}
				q := p + dir*k
				if !within(q, dir, limit) || s.words[q] != w {
					ok = false
					break
				}
			}
			if ok {
				best = len(ph)
			}
		}
		if best > 0 {
			return p, best, true
		}
		if joined {
			break
		}
	}
	return 0, 0, false
}

// findMention finds the next actor phrase from pos, including one that pos is
// already inside. coded asks for a phrase with codes, compound for one with at
// least two.
func (s *sent) findMention(pos, dir, limit int, joined, compound, coded bool) (int, bool) {
	for p := pos; within(p, dir, limit); p += dir {
		e := int(s.ne[p])
		if e < 0 {
			if joined {
				return -1, false
			}
			continue
		}
		ne := &s.nes[e]
		if (compound && len(ne.codes) < 2) || (coded && len(ne.codes) == 0) || dir > 0 && s.whatSpeaker(e) { // whatsaid.go
			if joined {
				return -1, false
			}
			if dir > 0 {
				p = ne.last
			} else {
				p = ne.first
			}
			continue
		}
		return e, true
	}
	return -1, false
}

// events turns a verb's match into events.
func (s *sent) events(evs []dyad.Event, m match, code string, pat *dict.Pattern, f *dict.Form, b *dict.Block, vi, vs, ve, lowEnd int) []dyad.Event {
	code = s.foreignNull(code, pat, f, b, vs, ve, lowEnd)
	if pat == nil && code == "041:041" {
		if c := s.namedCall(vs, ve); c != "" {
			code = c // callednamed.go
		} else if s.whatCalled(vs) {
			return evs // callednamed.go
		}
	}
	if code == "" || code == nullCode {
		return evs
	}
	fwd, rev := code, ""
	if i := strings.IndexByte(code, ':'); i >= 0 {
		fwd, rev = code[:i], code[i+1:]
	}
	prov := f.Where
	if pat != nil {
		prov = pat.Where
	}
	emit := func(src, tgt *acode) {
		if c := s.counterpart(tgt, src); c != nil {
			tgt = c // "met his Japanese counterpart" (counterpart.go)
		} else if c := s.counterpart(src, tgt); c != nil {
			src = c
		}
		for k, c := range [2]string{fwd, rev} {
			if c == "" || c == nullCode {
				continue
			}
			a, t := src, tgt
			if k == 1 {
				a, t = tgt, src
			}
			if s.currency(a) || s.currency(t) {
				continue // money.go
			}
			t = ownState(a, t)
			c = alertOf(s.officialProtest(c, a, vi), a)   // dissent.go
			own := ownTerritory(c) || s.netMeasure(c, ve) // netmeasure.go
			opp := s.oppositionMeasure(c, ve)             // oppmeasure.go
			if s.c.opt.ImpliedTargets && (t == &nullActor || !t.hasActor && (own || opp) || s.ownPlace(c, a, t)) {
				if it := s.impliedTarget(c, own, opp, a); it != nil {
					t = it // implied.go
				}
			}
			a, t = homeMeasure(own, a, t) // homemeasure.go
			if k == 0 {
				// The passive's own source, not a reverse code's.
				a = s.placeCustodian(c, a, vi, ve, lowEnd) // custody.go
			}
			c = s.massExpulsion(s.expelledBody(c, t, ve+1, lowEnd), ve+1, lowEnd)
			t = s.victimsOf(c, t)         // implied.go
			t = s.struckSite(c, t)        // sites.go
			c = ownForces(c, a, t)        // ownforces.go
			c = inspectorateCut(c, t)     // inspectorate.go
			a, t = ownForcesHome(c, a, t) // ownforces.go
			t = s.parliamentSite(c, t)    // parliamentsite.go
			sc, tc := codeOf(a), codeOf(t)
			// require_dyad wants a named actor on both sides: an agent alone
			// ("---GOV", "a senior official") is not one.
			if s.c.opt.RequireDyad && (strings.HasPrefix(sc, nullCode) || strings.HasPrefix(tc, nullCode)) {
				continue
			}
			if sc == tc && sc != nullCode {
				continue
			}
			// The same codes twice are one event, unless two different
			// people are named ("met Raisi ... and Ashtiani", both IRNGOV).
			sa, ta := s.actor(a), s.actor(t)
			dup := false
			for i := range evs {
				if evs[i].Source.Code == sc && evs[i].Target.Code == tc && string(evs[i].Code) == c &&
					!twoPeople(a, &evs[i].Source, &sa) && !twoPeople(t, &evs[i].Target, &ta) {
					dup = true
					// The same event once more, naming a person where the
					// first named a title ("Chinese State Councilor and
					// Minister ... Wei Fenghe"): the person is kept.
					if isOffice(a.dated) && !strings.HasPrefix(evs[i].Source.Dict, OfficeHolders) {
						evs[i].Source = sa
					}
					if isOffice(t.dated) && !strings.HasPrefix(evs[i].Target.Dict, OfficeHolders) {
						evs[i].Target = ta
					}
					break
				}
			}
			if dup {
				continue
			}
			evs = append(evs, dyad.Event{
				Source:   sa,
				Target:   ta,
				Code:     dyad.Code(c),
				Verb:     s.span(vs, ve),
				VerbText: s.text(vs, ve),
				Pattern:  prov,
			})
		}
	}
	if m.comp >= 0 {
		cs := s.nes[m.comp].codes
		switch {
		case m.src >= 0: // "% * BE HELD RESPONSIBLE BY $": the compound is the target
			for _, a := range s.codesOf(m.src) {
				for j := range cs {
					emit(a, &cs[j])
				}
			}
		case m.tgt >= 0:
			for i := range cs {
				for _, b := range s.codesOf(m.tgt) {
					emit(&cs[i], b)
				}
			}
		default: // the compound's members act on each other
			for i := range cs {
				for j := range cs {
					if i != j {
						emit(&cs[i], &cs[j])
					}
				}
			}
		}
		return evs
	}
	src, tgt := m.src, m.tgt
	if c := s.copulaSubject(vi, src); c >= 0 {
		src = c
	}
	if src < 0 && tgt < 0 && !(s.c.opt.KeepMainVerb && psychVerb(f.Verb)) { // psych.go
		// Passive: "Eriador was opposed by Osgiliath".
		if by := s.passiveAgent(vi, ve, lowEnd); by >= 0 {
			src = by
			tgt = s.subject(vi, src)
		}
	}
	if src < 0 && tgt < 0 && rev == "" && custodyCode(fwd) {
		if held := s.subject(vi, -1); held >= 0 {
			if a := s.custodyAgent(fwd, vi, ve, lowEnd, held); a != nil {
				emit(a, &s.nes[held].codes[0]) // custody.go
				return evs
			}
		}
	}
	if head, ok := s.bareParticiple(vi); ok && src < 0 {
		// "talks expected to be held", ", expected to be joined by ...":
		// only the participle's own "by" phrase names who acted.
		src = s.byPhrase(vi)
		if tgt < 0 && head != src {
			tgt = head
		}
	} else if src < 0 {
		src = s.subject(vi, tgt)
		if src == -2 {
			src, _ = s.findMention(m.upPos, -1, 0, false, false, true)
		}
	}
	if tgt < 0 {
		// The first actor phrase after the verb; under require_dyad an
		// agent-only one ("a new military offensive", ---MIL) gives way to
		// a named actor further on ("... in its Gulf war with Iraq").
		for p := ve + 1; p <= lowEnd; {
			e, ok := s.findMention(p, +1, lowEnd, false, false, true)
			if !ok {
				break
			}
			if tgt < 0 && s.brokerForCompound(e, src, ve, fwd) {
				break // broker.go
			}
			if e != src && !s.passedOver(pat, fwd, e, src, vi) {
				if tgt < 0 {
					tgt = e
				} else if s.inReducedRelative(s.nes[e].first, vi) {
					break // not past a role into a participle phrase (relative.go)
				}
				if !s.c.opt.RequireDyad || anyNamed(s.nes[e].codes) {
					tgt = e
					break
				}
			}
			p = s.nes[e].last + 1
		}
		if s.memberOf(tgt, src) {
			tgt = -1 // "Palestinians and Israelis failed to reach agreement on ... Palestinian offices"
		}
		if s.toOwnState(pat, fwd, src, tgt) {
			return evs // statement.go
		}
	}
	if tgt < 0 && src >= 0 && len(s.nes[src].codes) >= 2 {
		// A compound with nothing to act on acts on itself: "Gondor and
		// Osgiliath have renewed diplomatic ties". Not when they only make
		// a statement together ("both sides ... emphasizing their shared
		// commitment"): a joint statement is not addressed to either side.
		// Nor when a verb's own material-cooperation code (no pattern
		// row) has no object: "Greece and Israel helped", "teams from
		// Greece and Israel arrived to help search" help someone else, not
		// each other; cooperation said of the compound has its own "% *"
		// rows ("Greece and Israel cooperated").
		if strings.HasPrefix(fwd, "01") && (rev == "" || strings.HasPrefix(rev, "01")) || !mutual(fwd) ||
			pat == nil && strings.HasPrefix(fwd, "06") {
			return evs
		}
		cs := s.nes[src].codes
		for i := range cs {
			for j := range cs {
				if i != j {
					emit(&cs[i], &cs[j])
				}
			}
		}
		return evs
	}
	if inc := s.including(tgt, lowEnd); inc >= 0 {
		tgt = inc
	}
	if r := s.responsible(fwd, src, tgt); r >= 0 {
		tgt = r // "condemned the Israeli raid on Lebanon" (condemn.go)
	}
	srcs, tgts := s.codesOf(src), s.codesOf(tgt)
	for i := range srcs {
		for j := range tgts {
			emit(srcs[i], tgts[j])
		}
	}
	return evs
}

var nullActor = acode{code: nullCode, base: nullCode}

func (s *sent) codesOf(e int) []*acode {
	if e < 0 || len(s.nes[e].codes) == 0 {
		return []*acode{&nullActor}
	}
	cs := s.nes[e].codes
	out := make([]*acode, len(cs))
	for i := range cs {
		out[i] = &cs[i]
	}
	return out
}

func codeOf(a *acode) string {
	if a == nil || a.code == "" {
		return nullCode
	}
	return a.code
}

// span returns the bytes of leaves a..b in the document.
func (s *sent) span(a, b int) dyad.Span {
	return dyad.Span{Start: s.leaves[a].Start, End: s.leaves[b].End}
}

// text returns the words of leaves a..b, space-separated. One word is the
// leaf's own string (a piece of the document or a constant, never a scratch
// buffer), so it is returned as it is; longer texts are built once per
// sentence: an actor's words are asked for by every event it takes part in
// and again when it is recorded for references.
func (s *sent) text(a, b int) string {
	if a == b {
		return s.leaves[a].Word
	}
	for _, t := range s.texts {
		if t.a == a && t.b == b {
			return t.s
		}
	}
	n := 0
	for i := a; i <= b; i++ {
		n += len(s.leaves[i].Word) + 1
	}
	var sb strings.Builder
	sb.Grow(n)
	for i := a; i <= b; i++ {
		if i > a {
			sb.WriteByte(' ')
		}
		sb.WriteString(s.leaves[i].Word)
	}
	s.texts = append(s.texts, textMemo{a, b, sb.String()})
	return s.texts[len(s.texts)-1].s
}

// textMemo is one text already built for the sentence.
type textMemo struct {
	a, b int
	s    string
}

// actor builds the event actor with its provenance.
func (s *sent) actor(a *acode) dyad.Actor {
	out := dyad.Actor{Code: codeOf(a)}
	if a == &nullActor {
		return out
	}
	out.Text = s.text(a.first, a.last)
	out.Span = s.span(a.first, a.last)
	switch {
	case a.ref != nil:
		out.Entry, out.Dict, out.Since, out.Until = a.ref.Entry, a.ref.Dict, a.ref.Since, a.ref.Until
		out.Resolved = a.ref.Resolved
	case a.role != nil:
		out.Entry = "title: " + a.role.Why
		out.Dict = "dyad.titles"
	case a.actor != nil:
		out.Entry = a.actor.Phrase
		out.Dict = a.actor.Where
		if a.dated != nil {
			out.Dict = a.dated.Where
			if a.dated.From > 0 {
				out.Since = ymd(a.dated.From)
			}
			if a.dated.To > 0 {
				out.Until = ymd(a.dated.To)
			}
		}
	case len(a.agents) > 0:
		g := a.agents[0]
		out.Entry = g.Phrase
		out.Dict = g.File + ":" + strconv.Itoa(g.Line)
	}
	return out
}

func ymd(d int) string {
	b := []byte("0000-00-00")
	y, m, dd := d/10000, d/100%100, d%100
	for i := 3; i >= 0; i-- {
		b[i] = byte('0' + y%10)
		y /= 10
	}
	b[5], b[6] = byte('0'+m/10), byte('0'+m%10)
	b[8], b[9] = byte('0'+dd/10), byte('0'+dd%10)
	return string(b)
}

// including returns the actor phrase that lists the members of target
// mention tgt, "senior Iranian officials ..., including President Ebrahim
// Raisi, ... and Defense Minister Mohammad Reza Ashtiani", or -1. The members
// are the named actors the event involved, so they replace the group. The
// list must follow the target within the verb phrase (up to lowEnd), and its
// members must be of the group's country when the group names one.
func (s *sent) including(tgt, lowEnd int) int {
	if tgt < 0 || len(s.nes[tgt].codes) == 0 {
		return -1
	}
	for i := s.nes[tgt].last + 1; i < lowEnd; i++ {
		if s.words[i] != "INCLUDING" {
			continue
		}
		m := int(s.ne[i+1])
		if m < 0 || s.nes[m].first != i+1 || !allActors(s.nes[m].codes) {
			return -1
		}
		country := s.nes[tgt].codes[0].base
		for _, c := range s.nes[m].codes {
			if len(country) == 3 && !strings.HasPrefix(c.code, country) {
				return -1
			}
		}
		return m
	}
	return -1
}

func allActors(cs []acode) bool {
	for _, c := range cs {
		if !c.hasActor {
			return false
		}
	}
	return len(cs) > 0
}

// twoPeople reports whether a (built as now) and an earlier event's actor
// are two different office holders.
func twoPeople(a *acode, before, now *dyad.Actor) bool {
	return isOffice(a.dated) && strings.HasPrefix(before.Dict, OfficeHolders) && before.Entry != now.Entry
}

// copulaSubject returns the subject that does the to-infinitive at leaf vi
// when a pattern's source src is only part of the predicate of a copula:
// in "Bagheri became the first chief of staff of the Iranian Armed Forces to
// visit China" the visitor is Bagheri, not the armed forces. It returns -1
// when that is not the shape.
func (s *sent) copulaSubject(vi, src int) int {
	if src < 0 || vi == 0 || s.words[vi-1] != "TO" {
		return -1
	}
	e := s.subject(vi, -1)
	if e < 0 || e == src || s.nes[e].last >= s.nes[src].first {
		return -1
	}
	for i := s.nes[e].last + 1; i < s.nes[src].first; i++ {
		if !strings.HasPrefix(s.tags[i], "VB") {
			continue
		}
		switch s.words[i] {
		case "BECAME", "BECOME", "BECOMES", "IS", "WAS", "ARE", "WERE", "REMAINS", "REMAINED":
			return e
		}
		return -1 // another verb: the predicate is not the copula's
	}
	return -1
}

// forceClause reports whether leaves a..b-1, a stretch set off by commas, are
// a participle clause that reports a use of force by the sentence's subject:
// "Israeli troops raided the camp, killing three Palestinians". In news the
// closing "…, killing / wounding N" is an act of its own (the subject of an
// adverbial participle is the clause's subject), not an aside that the comma
// options may drop. Only verbs of roots 18-20 count, and accusations and
// threats (11, 13) whose object is a name ("…, warning London against
// interfering"; "…, warning of famine in Yemen" threatens no one): "…,
// saying …", "…, demanding …" stay asides. Two clauses that are no force
// count too, as the subject's own act whatever their code: a rejection
// ("…, rejecting France's call", rejecting.go) and an agreement ("…,
// agreeing to exchange prisoners").
func (s *sent) forceClause(a, b int) bool {
	i := a
	for i < b && isPunct(s.tags[i]) {
		i++
	}
	if i >= b || s.tags[i] != "VBG" {
		return false
	}
	vp := s.parent[s.leafK[i]]
	if vp < 0 || !isLabel(s.nodes[vp].Label, "VP") {
		return false
	}
	cl := s.parent[vp]
	if cl < 0 || !isLabel(s.nodes[cl].Label, "S") || s.spans[cl].first != i {
		return false
	}
	if s.rejectingClause(i) { // "…, rejecting France's call for a withdrawal" (rejecting.go)
		return true
	}
	// "…, agreeing to exchange prisoners": the agreement is the subject's
	// own act, coded by AGREE's rows. AGREE's block is filed under 050, so
	// the word is the test rather than the code (round thirty-six,
	// clauses41's A).
	if s.words[i] == "AGREEING" {
		return true
	}
	f, _, _ := s.verbAt(i)
	if f == nil || len(f.Code) < 3 {
		return false
	}
	switch f.Code[:2] {
	case "18", "19", "20":
		return true
	case "11": // "…, accusing Baku of blocking the corridor" (accuse.go)
		return s.accusingClause(i)
	case "13": // "…, warning London against interfering", not "…, warning of famine in Yemen"
		return s.accusingClause(i)
	}
	return false
}

// beforeForce ends the phrase of the verb at leaf i, which would end at leaf
// e, before a participle clause of force set off by a comma (forceClause):
// in "Israel raided the camp, killing three Palestinians" the killing is an
// event of its own, not the raid's target.
func (s *sent) beforeForce(i, e int) int {
	vp := s.parent[s.leafK[i]]
	if vp < 0 {
		return e
	}
	mark := len(s.chbuf)
	defer func() { s.chbuf = s.chbuf[:mark] }()
	for _, c := range s.kids(vp) {
		sp := s.spans[c]
		if sp.first > i+1 && sp.first <= e && s.tags[sp.first-1] == "," && isLabel(s.nodes[c].Label, "S") && (s.forceClause(sp.first, sp.last+1) || s.promptedClause(sp.first, sp.last+1)) {
			return sp.first - 2
		}
	}
	return s.beforeNestedForce(i, e) // closing.go
}

// participleUpperFits reports whether the slots a pattern found before the
// verb at leaf vi may be its actors when the verb opens a participle clause
// inside another verb's phrase, (VP (VBD attacked) (NP Syria) , (S (VP (VBG
// killing) ...))): the participle's actor is the subject of the clause
// above, so a slot in that phrase (Syria, the object of the attack) is not
// its source. The verb's own code then takes the subject.
func (s *sent) participleUpperFits(m match, vi int) bool {
	if s.tags[vi] != "VBG" {
		return true
	}
	vp := s.parent[s.leafK[vi]]
	if vp < 0 {
		return true
	}
	cl := s.parent[vp]
	if cl < 0 || !isLabel(s.nodes[cl].Label, "S") || s.spans[cl].first != vi {
		return true
	}
	outer := s.parent[cl]
	if outer < 0 || !isLabel(s.nodes[outer].Label, "VP") {
		return true
	}
	first := s.spans[outer].first
	for _, e := range [...]int{m.src, m.tgt, m.comp} {
		if e >= 0 && s.nes[e].last < vi && s.nes[e].first >= first {
			return false
		}
	}
	return true
}
