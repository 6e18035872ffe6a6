package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// talksOpeners are the prepositions that put talks of the story day just
// before or around the clause's act: "agreed ... after four hours of
// talks", "said after talks with Pentagon officials", "during talks in
// Hanoi", "agreed to a ceasefire at talks in Putrajaya" ("at" only after a
// past act, pastClause). "Since", "amid", "before" and "until" are not
// among them.
var talksOpeners = map[string]bool{"AFTER": true, "FOLLOWING": true, "DURING": true, "AT": true}

// actTalks adds the talks (046, both ways) a noun names beside the act they
// led to: "Lithuania has asked Washington ..., Defence Minister Dovile
// Sakaliene said after talks with Pentagon officials" is LTUGOV<>USAMIL
// 046 (the clause's speaker or actor and the "with" party), and "Biden and
// Xi agreed to resume military communications after four hours of talks"
// USAGOV<>CHNGOV 046 (the two sides of the reciprocal act, when no "with"
// names the other party). The noun must follow after / following / during
// with at most four modifiers ("after four hours of peace talks"), and no
// earlier day be named right after it ("after talks last week").
func (s *sent) actTalks(evs []dyad.Event) []dyad.Event {
	n := len(evs)
	for i := 1; i < len(s.leaves); i++ {
		if s.del[i] || !nounTag(s.tags[i]) || !talksNouns[s.words[i]] {
			continue
		}
		open := s.talksOpener(i)
		if open < 0 || s.earlierDay(i+1) || s.laterDay(i+1) || s.dayBefore(open) || s.mediatedTalks(evs[:n], open, i) {
			continue
		}
		if s.failedTalks(open, i) {
			continue // "cut supplies after talks on prices collapsed": no talks held
		}
		if s.inQuote(open) {
			continue // `wanted "a ceasefire after talks between X and Y"`: the quoted plan's talks
		}
		if s.words[open] == "AT" && !s.pastClause(open) {
			continue // "will meet at talks in Geneva": talks to come
		}
		var a, b dyad.Actor
		if i+2 < len(s.words) && s.words[i+1] == "WITH" {
			with, _ := s.namedEnd(i + 2)
			if with == nil {
				continue
			}
			m := s.subjectBefore(open)
			if m < 0 || len(s.nes[m].codes) != 1 || !s.nes[m].codes[0].hasActor {
				continue
			}
			a, b = s.actor(&s.nes[m].codes[0]), s.actor(with)
		} else if x, y, ok := s.talksBetween(i); ok {
			a, b = x, y
		} else if k := s.reciprocalBefore(evs[:n], open); k >= 0 {
			a, b = evs[k].Source, evs[k].Target
			if p := s.partiesNamed(i, []dyad.Actor{a, b}); len(p) == 2 {
				a, b = p[0], p[1] // "talks between their foreign ministers" (refs_each.go)
			}
		} else if x, y, ok := s.speakerTalks(evs[:n], open); ok {
			a, b = x, y
		} else {
			continue
		}
		if sameCountry(a.Code, b.Code) {
			continue
		}
		evs = s.talksBothWays(evs, a, b, i, "dyad: talks named beside the act they led to (nountalks.go)") // nounpair.go
	}
	return evs
}

// failedNouns name talks that did not take place or came to nothing, before
// the talks noun: "after the collapse of talks", "following the breakdown
// of negotiations".
var failedNouns = map[string]bool{
	"COLLAPSE": true, "BREAKDOWN": true, "FAILURE": true, "CANCELLATION": true,
	"POSTPONEMENT": true, "SUSPENSION": true,
}

// failedVerbs are the talks' own verbs that tell the same: "after talks
// on prices collapsed", "after talks with Pristina broke down", "after
// talks were called off / postponed / cancelled". BROKE and BROKEN count
// only before DOWN or OFF, CALLED only before OFF (failedVerb).
var failedVerbs = map[string]bool{
	"COLLAPSED": true, "COLLAPSE": true, "COLLAPSES": true, "FAILED": true, "FAIL": true,
	"STALLED": true, "FOUNDERED": true, "FALTERED": true, "POSTPONED": true,
	"CANCELLED": true, "CANCELED": true, "SCRAPPED": true, "SUSPENDED": true,
	"ABANDONED": true,
}

// talksAux are the auxiliaries passed over before the talks' own verb
// ("had collapsed", "were called off", "have been postponed").
var talksAux = map[string]bool{
	"WAS": true, "WERE": true, "HAD": true, "HAS": true, "HAVE": true, "BEEN": true, "BE": true,
}

// failedTalks reports whether the talks noun at leaf i (opened at leaf
// open) names talks that failed or were never held: a failure noun between
// the opener and the noun ("after the collapse of talks"), or a failure
// verb as the first verb after the noun before a comma ("after talks on
// prices and debts collapsed"; a conjunction between nouns ends nothing,
// and a verb of another clause after "and" is not a failure verb). actTalks codes talks the act followed, talks held;
// dropCommaClauses' talksStretch already keeps the comma form of such
// clauses out, and this keeps the comma-less form out with it. Talks with
// a verb of another kind ("after talks that followed the collapse of
// earlier negotiations", "after talks ended on Friday") stay held.
func (s *sent) failedTalks(open, i int) bool {
	for j := open + 1; j < i; j++ {
		if failedNouns[s.words[j]] {
			return true
		}
	}
	for j := i + 1; j < len(s.words) && j <= i+12; j++ {
		w, tag := s.words[j], s.tags[j]
		if tag == "," || tag == "." || tag == ":" {
			return false
		}
		if !strings.HasPrefix(tag, "VB") && tag != "MD" {
			continue
		}
		if talksAux[w] || tag == "MD" {
			continue
		}
		return s.failedVerb(j)
	}
	return false
}

// failedVerb reports whether the verb at leaf j is one of failedVerbs, or
// "broke / broken down / off", "called off".
func (s *sent) failedVerb(j int) bool {
	w := s.words[j]
	if failedVerbs[w] {
		return true
	}
	if j+1 >= len(s.words) {
		return false
	}
	next := s.words[j+1]
	switch w {
	case "BROKE", "BROKEN":
		return next == "DOWN" || next == "OFF"
	case "CALLED":
		return next == "OFF"
	}
	return false
}

// talksBetween returns the two parties "talks between X and Y" names, when
// both are named actors: "the Kremlin said after talks between Lukashenko
// and Medvedev".
func (s *sent) talksBetween(i int) (dyad.Actor, dyad.Actor, bool) {
	if i+2 >= len(s.words) || s.words[i+1] != "BETWEEN" {
		return dyad.Actor{}, dyad.Actor{}, false
	}
	cs := s.fromList(i + 2)
	if len(cs) != 2 || !cs[0].hasActor || !cs[1].hasActor {
		return dyad.Actor{}, dyad.Actor{}, false
	}
	return s.actor(&cs[0]), s.actor(&cs[1]), true
}

// speakerTalks returns the parties of talks that name neither party when
// the speaker who reports after them is one side of an act coded before:
// "Iran agreed to let inspectors service the cameras, the agency's chief
// Rafael Grossi said after talks in Tehran" are the agency's talks with
// Iran. The speaker is the subject of the last finite verb before the
// opener at leaf open (subjectBefore); the act's side of the speaker's
// state stands for the speaker, its other side is the other party.
func (s *sent) speakerTalks(evs []dyad.Event, open int) (dyad.Actor, dyad.Actor, bool) {
	m := s.subjectBefore(open)
	if m < 0 || len(s.nes[m].codes) != 1 || !s.nes[m].codes[0].hasActor {
		return dyad.Actor{}, dyad.Actor{}, false
	}
	sp := s.actor(&s.nes[m].codes[0])
	for e := range evs {
		if v := s.leafAt(evs[e].Verb.Start); v < 0 || v >= open {
			continue
		}
		src, tgt := evs[e].Source, evs[e].Target
		switch {
		case sameCountry(sp.Code, src.Code) && !sameCountry(sp.Code, tgt.Code):
			return sp, tgt, true
		case sameCountry(sp.Code, tgt.Code) && !sameCountry(sp.Code, src.Code):
			return sp, src, true
		}
	}
	return dyad.Actor{}, dyad.Actor{}, false
}

// talksOpener returns the leaf of the preposition of talksOpeners that
// opens the talks noun's phrase at leaf i, at most four determiners,
// adjectives, numbers, nouns or "of" between ("after four hours of
// talks"), or -1.
func (s *sent) talksOpener(i int) int {
	for j, n := i-1, 0; j >= 0 && n <= 4; j, n = j-1, n+1 {
		if talksOpeners[s.words[j]] {
			return j
		}
		switch s.tags[j] {
		case "DT", "JJ", "CD", "NN", "NNS", "PRP$":
		case "IN":
			if s.words[j] != "OF" {
				return -1
			}
		default:
			return -1
		}
	}
	return -1
}

// talksNotFaced are modifiers of talks the parties did not hold face to
// face: "separate talks in Riyadh", "indirect talks", "proximity talks".
var talksNotFaced = map[string]bool{"SEPARATE": true, "INDIRECT": true, "PROXIMITY": true, "SHUTTLE": true}

// mediatedTalks reports whether the talks noun at leaf i (opened at leaf
// open) were mediated or are not the parties' own: a mediator's 045 is
// coded in the sentence ("in a deal brokered by China after talks in
// Beijing"), the talks are "mediated by" or "brokered by" someone, or
// "EU-brokered", "AU-led", or held separately or indirectly. By the sets'
// harmonised convention (testdata/news/README.md) mediated talks are the
// mediator's 045 with no 046 pair between the parties.
func (s *sent) mediatedTalks(evs []dyad.Event, open, i int) bool {
	for _, e := range evs {
		if e.Code == "045" {
			return true
		}
	}
	for j := open + 1; j < len(s.words) && j <= i+3; j++ {
		w := s.words[j]
		if talksNotFaced[w] || strings.HasSuffix(w, "MEDIATED") || strings.HasSuffix(w, "BROKERED") || strings.HasSuffix(w, "-LED") {
			return true
		}
	}
	return false
}

// dayBefore reports whether the opener at leaf open follows a span of days
// or weeks ("a day after talks", "weeks after talks"): the talks were on an
// earlier day than the act.
func (s *sent) dayBefore(open int) bool {
	if open == 0 {
		return false
	}
	switch s.words[open-1] {
	case "DAY", "DAYS", "WEEK", "WEEKS", "MONTH", "MONTHS", "YEAR", "YEARS":
		return true
	}
	return false
}

// earlierDay reports whether the words from leaf k, up to the next comma
// and at most eight leaves, date the talks to an earlier day: "last
// week", "earlier this month", "in 2019", "ago".
func (s *sent) earlierDay(k int) bool {
	for j := k; j < len(s.words) && j <= k+8; j++ {
		switch s.words[j] {
		case "LAST", "EARLIER", "AGO", "PREVIOUS":
			return true
		case ",", ".":
			return false
		}
		if s.year(j) {
			return true
		}
	}
	return false
}

// laterDay reports whether the words from leaf k, up to the next comma
// and at most eight leaves, date the talks to a later day: "next week",
// "tomorrow", "later this month".
func (s *sent) laterDay(k int) bool {
	for j := k; j < len(s.words) && j <= k+8; j++ {
		switch s.words[j] {
		case "NEXT", "TOMORROW", "LATER", "UPCOMING":
			return true
		case ",", ".":
			return false
		}
	}
	return false
}

// inQuote reports whether leaf k stands inside a quotation: more opening
// than closing quotes before it.
func (s *sent) inQuote(k int) bool {
	n := 0
	for j := 0; j < k; j++ {
		switch s.tags[j] {
		case "``":
			n++
		case "''":
			n--
		}
	}
	return n > 0
}

// pastClause reports whether the clause before leaf k is told in the past:
// its last finite verb is a past tense with no modal or infinitive marker
// after it ("agreed to a ceasefire at talks", not "will meet at talks" or
// "agreed to attend talks").
func (s *sent) pastClause(k int) bool {
	v := s.finiteBefore(k)
	if v < 0 || s.tags[v] != "VBD" {
		return false
	}
	for j := v + 1; j < k; j++ {
		if s.tags[j] == "MD" || s.tags[j] == "TO" && j+1 < k && s.tags[j+1] == "VB" {
			return false
		}
	}
	return true
}

// isYear reports whether w is a four-digit year from 1900 to 2099.
func isYear(w string) bool {
	if len(w) != 4 || (w[:2] != "19" && w[:2] != "20") {
		return false
	}
	return w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}

// year reports whether leaf j is a year: a number from 1900 to 2099 that
// does not count the noun after it ("in 2019", not "with 2000 troops").
func (s *sent) year(j int) bool {
	if s.tags[j] != "CD" || !isYear(s.words[j]) {
		return false
	}
	if j+1 < len(s.tags) {
		switch s.tags[j+1] {
		case "NN", "NNS":
			return false
		}
	}
	return true
}

// finiteBefore returns the last finite verb before leaf k, or -1.
func (s *sent) finiteBefore(k int) int {
	for j := k - 1; j >= 0; j-- {
		switch s.tags[j] {
		case "VBD", "VBZ", "VBP":
			return j
		}
	}
	return -1
}

// subjectBefore returns the mention subject of the last finite verb before
// leaf k (finiteBefore), or a negative number when there is no such verb or
// its subject names no actor (subject).
func (s *sent) subjectBefore(k int) int {
	v := s.finiteBefore(k)
	if v < 0 {
		return -1
	}
	return s.subject(v, -1)
}

// reciprocalBefore returns an event whose verb lies before leaf k and whose
// reverse, of the same code, is coded too: the two sides of an act both
// did ("X and Y agreed ..."), or -1.
func (s *sent) reciprocalBefore(evs []dyad.Event, k int) int {
	for e := range evs {
		if v := s.leafAt(evs[e].Verb.Start); v < 0 || v >= k {
			continue
		}
		if hasEvent(evs, evs[e].Target.Code, evs[e].Source.Code, string(evs[e].Code)) {
			return e
		}
	}
	return -1
}

// actVisitBy adds the visit a noun names beside the clause's act, its
// visitor in a by-phrase or a possessive ("during President Vladimir
// Putin's state visit", with no destination after it): "China and Pakistan
// signed 51 agreements during a visit by President Xi Jinping to
// Islamabad" is CHNGOV>PAK 042, and "Chad said it was ending its defence
// pact with France, hours after a visit by French Foreign Minister
// Jean-Noel Barrot" FRAGOV>TCD 042. The noun (visit, trip) follows after /
// following / during / on with at most four modifiers (visitOpener; for a
// possessive, "during" or "on" as visitPrepAt finds it, and no later day or
// modal), no earlier day named after it or a span of days before the
// opener. The host is the actor named after "to", else the one
// country the sentence places its act in ("in Cairo"), else the source of
// an act before the opener whose target is of the visitor's country (Chad's
// ending of its pact with France), else the subject of the last finite verb
// before the opener. As for any visit with its own named visitor
// (nominalVisits, hostvisit.go) no host is named by a place, so no 043;
// and talks coded between the two sides take precedence (the sets'
// convention: talks on a visit are the 046 pair alone).
func (s *sent) actVisitBy(evs []dyad.Event) []dyad.Event {
	for i := 1; i+1 < len(s.leaves); i++ {
		if s.del[i] || (s.words[i] != "VISIT" && s.words[i] != "TRIP") || s.tags[i] != "NN" {
			continue
		}
		var visitor *acode
		var open, end int
		if i+2 < len(s.leaves) && s.words[i+1] == "BY" {
			open = s.visitOpener(i)
			visitor, end = s.namedEnd(i + 2)
		} else if open = s.visitPrepAt(i); s.words[i+1] != "TO" && open >= 0 {
			// "during President Vladimir Putin's state visit": the
			// possessive names the visitor, no destination follows.
			end = i + 1
			visitor = s.possessorOf(i)
			if s.laterDay(i+1) || s.modalBefore(open) {
				continue // "will sign ... during X's visit next week"
			}
		} else {
			continue
		}
		if open < 0 || s.dayBefore(open) || s.earlierDay(i+1) {
			continue
		}
		if visitor == nil || !visitor.hasActor {
			continue
		}
		src := s.actor(visitor)
		var host dyad.Actor
		if end+1 < len(s.words) && s.words[end] == "TO" {
			h := s.hostAfter(end + 1)
			if h == nil {
				continue
			}
			host = s.actor(h)
		} else if p := s.meetingPlace(); p != "" {
			host = dyad.Actor{Code: p}
		} else if k := s.actBefore(evs, open, src.Code); k >= 0 {
			host = evs[k].Source
		} else if m := s.subjectBefore(open); m >= 0 && len(s.nes[m].codes) == 1 && s.nes[m].codes[0].hasActor {
			host = s.actor(&s.nes[m].codes[0])
		} else {
			continue
		}
		if host.Code == "" || sameCountry(src.Code, host.Code) ||
			countryCoded(evs, "046", src.Code, host.Code) || countryCoded(evs, "046", host.Code, src.Code) ||
			countryCoded(evs, "042", src.Code, host.Code) {
			continue // talks either way take precedence; a visit coded already
		}
		e := dyad.Event{Source: src, Target: host, Code: "042", Verb: s.span(i, i), VerbText: s.text(i, i)}
		e.Pattern = "dyad: visit by a named visitor beside the act (nountalks.go)"
		evs = append(evs, e)
	}
	return evs
}

// modalBefore reports whether a modal stands before leaf k in its clause
// (back to the last comma): the act beside the noun is still to come.
func (s *sent) modalBefore(k int) bool {
	for j := k - 1; j >= 0 && s.tags[j] != ","; j-- {
		if s.tags[j] == "MD" {
			return true
		}
	}
	return false
}

// visitOpener returns the opener of the visit noun at leaf i: a
// preposition of talksOpeners or "on", at most four modifiers between, or
// -1.
func (s *sent) visitOpener(i int) int {
	if open := s.talksOpener(i); open >= 0 {
		return open
	}
	for j, n := i-1, 0; j >= 0 && n <= 4; j, n = j-1, n+1 {
		if s.words[j] == "ON" {
			return j
		}
		switch s.tags[j] {
		case "DT", "JJ", "CD", "NN":
		default:
			return -1
		}
	}
	return -1
}

// countryCoded reports whether an event of code from an actor of a's
// country to one of b's is coded.
func countryCoded(evs []dyad.Event, code dyad.Code, a, b string) bool {
	for _, e := range evs {
		if e.Code == code && sameCountry(e.Source.Code, a) && sameCountry(e.Target.Code, b) {
			return true
		}
	}
	return false
}

// actBefore returns an event whose verb lies before leaf k, whose target
// is of country c and whose source is not, or -1.
func (s *sent) actBefore(evs []dyad.Event, k int, c string) int {
	for e := range evs {
		if v := s.leafAt(evs[e].Verb.Start); v < 0 || v >= k {
			continue
		}
		if sameCountry(evs[e].Target.Code, c) && !sameCountry(evs[e].Source.Code, c) {
			return e
		}
	}
	return -1
}

// talksStretch reports whether the comma clause of leaves a..b-1 is the
// talks an act followed: it opens with "after", "following" or "during"
// and names talks within talksOpener's reach (", after six hours of
// talks", ", following talks with Pentagon officials"). dropCommaClauses
// keeps it, so that actTalks can read it: a short closing clause is
// otherwise dropped before coding, and "Putin and Erdogan agreed to a
// ceasefire in Idlib, after six hours of talks at the Kremlin" lost the
// talks that "... agreed to a ceasefire after six hours of talks" has.
// "At" stays out: a clause opened by "at talks" is a venue more often than
// the story day's talks (actTalks reads it only after a past act). So does
// a clause with a verb of its own: ", after talks on prices collapsed",
// ", after talks were called off" are talks that failed, not held, and
// stay dropped.
func (s *sent) talksStretch(a, b int) bool {
	if a >= b || !talksOpeners[s.words[a]] || s.words[a] == "AT" {
		return false
	}
	for j := a + 1; j < b; j++ {
		switch s.tags[j] {
		case "VBD", "VBZ", "VBP", "VBN", "MD":
			return false
		}
	}
	for i := a + 1; i < b && i <= a+5; i++ {
		if talksNouns[s.words[i]] && nounTag(s.tags[i]) && s.talksOpener(i) == a {
			return true
		}
	}
	return false
}
