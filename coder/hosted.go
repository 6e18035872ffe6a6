package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Hosting named beside the act it housed. "Armenia and Azerbaijan
// initialled a peace agreement in a ceremony hosted by U.S. President
// Donald Trump", "Ethiopia and Somalia agreed ..., Erdogan said after
// hosting their leaders": the host received the parties (043) and each
// party visited the host's country (042), as the sets' conventions code a
// reported hosting (testdata/news/README.md: hosting both parties' leaders
// with no broker's role gives 043/042). The participle is an adverbial or
// a reduced relative the act's pattern passes over, so the hosting stood
// uncoded. The host is the actor of the by-phrase ("hosted by X") or the
// subject of "hosting"; it must be a state's actor. The parties are the
// actors of the events coded before the participle, the host's own
// country left out.

// hostings adds the 043/042 pairs of each hosting participle.
func (s *sent) hostings(evs []dyad.Event) []dyad.Event {
	for i := 1; i < len(s.words); i++ {
		var host *acode
		switch {
		case s.words[i] == "HOSTED" && s.tags[i] == "VBN" && i+2 < len(s.words) && s.words[i+1] == "BY" &&
			(s.tags[i-1] == "NN" || s.tags[i-1] == "NNS") && !s.hostedNoVisit(i):
			if cs := s.fromList(i + 2); len(cs) == 1 && cs[0].hasActor {
				host = &cs[0]
			}
		case s.words[i] == "HOSTING" && s.tags[i] == "VBG" && (s.words[i-1] == "AFTER" || s.words[i-1] == "WHILE"):
			if m := s.subject(i, -1); m >= 0 && len(s.nes[m].codes) == 1 && s.nes[m].codes[0].hasActor {
				host = &s.nes[m].codes[0]
			}
		}
		if host == nil || len(host.code) < 3 || !isCountryCode(host.code[:3]) {
			continue
		}
		h := s.actor(host)
		state := dyad.Actor{Code: h.Code[:3], Text: h.Text, Span: h.Span}
		parties := partiesOf(evs, s.lastEventBefore(evs, i), h.Code)
		if len(parties) == 0 || len(parties) > 2 {
			// the convention is for two parties; a summit of many is no
			// hosting of both sides
			continue
		}
		parties = s.partiesNamed(i, parties) // refs_each.go: "their leaders"
		for _, p := range parties {
			const pattern = "hosting named by a participle (coder/hosted.go)"
			evs = s.addAt(evs, dyad.Event{Source: h, Target: p, Code: "043"}, i, pattern)
			evs = s.addAt(evs, dyad.Event{Source: p, Target: state, Code: "042"}, i, pattern)
		}
	}
	return evs
}

// hostedTalks are the nouns whose hosting by a third party gives no host
// rows: talks hosted by a leader with no broker's role are the parties' 046
// pair alone (testdata/news/README.md, "Talks hosted by a third party with
// no broker's role"; z-039, ao-112, ba-007), where a ceremony or a summit
// hosted keeps the host's 043 and the parties' 042.
var hostedTalks = map[string]bool{"TALKS": true, "NEGOTIATIONS": true}

// hostedNoVisit reports whether the noun before the participle "hosted" at
// leaf i names talks (hostedTalks) or a virtual meeting ("a virtual summit
// hosted by India"): no one travelled to a summit held by video link, so it
// is no visit and no hosting.
func (s *sent) hostedNoVisit(i int) bool {
	if hostedTalks[s.words[i-1]] {
		return true
	}
	for j := i - 2; j >= 0 && j >= i-3; j-- {
		if s.words[j] == "VIRTUAL" {
			return true
		}
	}
	return false
}

// partiesOf returns the actors of the events coded at the verb of
// evs[last] (none when last < 0), each once, leaving out those of the
// country of code (the host or the broker).
func partiesOf(evs []dyad.Event, last int, code string) []dyad.Actor {
	var parties []dyad.Actor
	if last < 0 {
		return nil
	}
	for _, e := range evs {
		if e.Verb.Start != evs[last].Verb.Start {
			continue
		}
		for _, a := range [2]dyad.Actor{e.Source, e.Target} {
			if a.Code == nullCode || sameCountry(a.Code, code) || hasActorCode(parties, a.Code) {
				continue
			}
			parties = append(parties, a)
		}
	}
	return parties
}

// hasActorCode reports whether as holds an actor of the code.
func hasActorCode(as []dyad.Actor, code string) bool {
	for _, a := range as {
		if a.Code == code {
			return true
		}
	}
	return false
}

// brokerings adds the mediation (045) a participle names beside the act it
// brokered: "the United States and Iran agreed to a prisoner swap in a
// deal brokered by Qatar", "Borrell said after mediating talks between
// their leaders": the broker mediates with each party of the last event
// coded before the participle (README: "brokered" gives 045 to each
// party). The broker is the actor of the by-phrase, the subject of the
// participle, or the state a hyphenated "STATE-brokered" word names before
// a deal or talks (compoundBroker: "signed a U.S.-brokered declaration");
// the parties at most two, the broker's own country left out.
// Each broker of a list mediates ("talks mediated by Qatar, Egypt and the
// United States": the sets code 045 from each, t-119, al-082, ag-134),
// except when the list brokered a deal the sentence's act only carries out
// (earlierDeal). A single broker of such a deal keeps its 045: the sets are
// split on it (af-013 codes the broker of a swap carried out, v-125 not),
// and the held halves lose a row when it goes (round twenty-nine's notes).
// A hyphenated "Qatari-brokered truce" or "Norwegian-mediated talks" names
// a broker too (compoundBroker), for an act that made the agreement or
// held the talks; unlike a single broker above, it mediates only a deal the
// act makes, never one carried out or broken ("sailed under a U.N.-brokered
// deal", carriedOut), as round thirty-four's guards pin.
func (s *sent) brokerings(evs []dyad.Event) []dyad.Event {
	for i := 1; i < len(s.words); i++ {
		var brokers []acode
		dealAt := -1 // the deal or talks a hyphenated broker names
		switch w := s.words[i]; {
		case (w == "BROKERED" || w == "MEDIATED") && s.tags[i] == "VBN" && i+2 < len(s.words) && s.words[i+1] == "BY" &&
			s.nounBefore(i) >= 0:
			brokers = s.fromList(i + 2)
		case (w == "MEDIATING" || w == "BROKERING") && s.tags[i] == "VBG" && (s.words[i-1] == "AFTER" || s.words[i-1] == "WHILE"):
			if m := s.subject(i, -1); m >= 0 && len(s.nes[m].codes) == 1 {
				brokers = s.nes[m].codes[:1]
			}
		default:
			// "signed a U.S.-brokered declaration": a single broker of a
			// deal the act only carries out ("ships sailed under a
			// U.N.-brokered deal") mediates nothing that day.
			if b, noun, ok := s.compoundBroker(i); ok {
				brokers = append(brokers, b)
				dealAt = noun
			}
		}
		last := -1
		if len(brokers) > 0 {
			last = s.lastEventBefore(evs, i)
		}
		if last >= 0 && dealAt >= 0 && s.carriedOut(dealAt, evs[last].Code) {
			continue
		}
		if last >= 0 && len(brokers) > 1 && s.earlierDeal(i, evs[last].Code) {
			continue
		}
		for k := range brokers {
			if last < 0 || !brokers[k].hasActor {
				continue
			}
			b := s.actor(&brokers[k])
			if b.Code == nullCode {
				continue
			}
			parties := partiesOf(evs, last, b.Code)
			if len(parties) == 0 || len(parties) > 2 {
				continue
			}
			parties = s.partiesNamed(i, parties)
			for _, p := range parties {
				if hasEvent(evs, b.Code, p.Code, "045") {
					continue
				}
				evs = append(evs, dyad.Event{Source: b, Target: p, Code: "045", Verb: s.span(i, i), VerbText: s.text(i, i),
					Pattern: "mediation named by a participle (coder/hosted.go)"})
			}
		}
	}
	return evs
}

// brokeredThings are the nouns a "STATE-brokered" or "STATE-mediated" word
// names the broker of: an agreement the parties make or talks they hold.
var brokeredThings = map[string]bool{
	"DEAL": true, "DEALS": true, "AGREEMENT": true, "ACCORD": true, "PACT": true,
	"TRUCE": true, "CEASEFIRE": true, "CEASE-FIRE": true, "PLAN": true,
	"DECLARATION": true, "SETTLEMENT": true, "TALKS": true, "NEGOTIATIONS": true,
	"DIALOGUE": true, "SWAP": true, "EXCHANGE": true,
}

// hyphenBrokered reports whether leaf i is a hyphenated "STATE-brokered"
// or "STATE-mediated" word.
func (s *sent) hyphenBrokered(i int) bool {
	w := s.words[i]
	return strings.IndexByte(w, '-') > 0 && (strings.HasSuffix(w, "-BROKERED") || strings.HasSuffix(w, "-MEDIATED"))
}

// compoundBroker returns the broker a hyphenated "STATE-brokered" or
// "STATE-mediated" word at leaf i names before a deal or talks (four
// modifiers at most between: "a U.S.-brokered peace declaration",
// "Norwegian-mediated talks"): the state the word's first parts name, every
// part covered ("Vietnamese-led" is not VIETNAMESE). The tokenizer keeps the
// word whole, so no actor phrase finds the state, and brokerings' by-phrase
// ("a deal brokered by the United States") has no such form; the word is
// read as authored.go reads a "STATE-backed" plan's author (compoundState).
// ok is false when the word is no such compound.
func (s *sent) compoundBroker(i int) (b acode, noun int, ok bool) {
	if !s.hyphenBrokered(i) {
		return acode{}, -1, false
	}
	parts, whole := hyphenParts(s.words[i])
	if !whole || len(parts) < 2 {
		return acode{}, -1, false
	}
	idx, k := s.compoundState(s.words, i, parts, brokeredThings) // authored.go
	if idx < 0 {
		return acode{}, -1, false
	}
	return s.entryAt(idx, i), k, true
}

// entryAt returns the code the actor entry idx has on the sentence's date,
// as a mention of the one leaf i: a state a hyphenated compound names
// ("a U.S.-brokered deal", "the Brazil-drafted text"), which no actor
// phrase finds because the tokenizer keeps the word whole.
func (s *sent) entryAt(idx, i int) acode {
	e := &s.c.d.Actors.Entries[idx]
	code, d := e.CodeAt(s.date)
	return acode{code: code, base: code, actor: e, dated: d, first: i, last: i, hasActor: true}
}

// nounBefore returns the leaf of the noun the participle at leaf i
// modifies: "a deal brokered by", "talks mediated by", or the noun before a
// place phrase closing its phrase, "talks in Doha mediated by", where the
// participle modifies "talks", not the city; -1 when no noun comes before.
func (s *sent) nounBefore(i int) int {
	t := s.tags[i-1]
	if t == "NN" || t == "NNS" {
		return i - 1
	}
	if t != "NNP" {
		return -1
	}
	for j := i - 1; j >= 1 && s.tags[j] == "NNP"; j-- {
		if s.words[j-1] == "IN" && s.tags[j-1] == "IN" {
			if j >= 2 && (s.tags[j-2] == "NN" || s.tags[j-2] == "NNS") {
				return j - 2
			}
			return -1
		}
	}
	return -1
}

// dealNouns name an agreement, which is brokered when it is made.
var dealNouns = map[string]bool{
	"DEAL": true, "DEALS": true, "AGREEMENT": true, "ACCORD": true, "PACT": true,
	"TRUCE": true, "CEASEFIRE": true, "CEASE-FIRE": true,
}

// earlierDeal reports whether the participle at leaf i names the broker of
// an agreement the sentence's act carries out rather than makes: "began
// exchanging prisoners in a deal brokered by the United Nations", "troops
// exchanged fire hours after a ceasefire brokered by Malaysia took effect".
// The deal and its brokering came before the act (code); only an act of
// agreeing or talking (roots 03 and 04, 057 signing, 0871 a ceasefire
// declared) makes the agreement the broker mediated that day. A swap or
// talks brokered ("in an exchange brokered by") are the act itself.
func (s *sent) earlierDeal(i int, code dyad.Code) bool {
	return s.carriedOut(s.nounBefore(i), code)
}

// carriedOut reports whether leaf n (none when n < 0) is a deal noun that
// the act of code, the last coded before it, carries out or breaks rather
// than makes, so that its broker mediated before that day. earlierDeal asks
// it of the noun before a "brokered by" participle, brokerings of the noun
// after a hyphenated "STATE-brokered" word.
func (s *sent) carriedOut(n int, code dyad.Code) bool {
	if n < 0 || !dealNouns[s.words[n]] {
		return false
	}
	if len(code) >= 2 && (code[:2] == "03" || code[:2] == "04") || code == "057" || code == truceCode {
		return false
	}
	return true
}
