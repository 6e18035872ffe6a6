package coder

import "github.com/dyadproject/dyad"

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
			(s.tags[i-1] == "NN" || s.tags[i-1] == "NNS"):
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
			for _, v := range [2]dyad.Event{{Source: h, Target: p, Code: "043"}, {Source: p, Target: state, Code: "042"}} {
				if hasEvent(evs, v.Source.Code, v.Target.Code, string(v.Code)) {
					continue
				}
				v.Verb, v.VerbText, v.Pattern = s.span(i, i), s.text(i, i), "hosting named by a participle (coder/hosted.go)"
				evs = append(evs, v)
			}
		}
	}
	return evs
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
// party). The broker is the actor of the by-phrase or the subject of the
// participle; the parties at most two, the broker's own country left out.
func (s *sent) brokerings(evs []dyad.Event) []dyad.Event {
	for i := 1; i < len(s.words); i++ {
		var broker *acode
		switch w := s.words[i]; {
		case (w == "BROKERED" || w == "MEDIATED") && s.tags[i] == "VBN" && i+2 < len(s.words) && s.words[i+1] == "BY" &&
			(s.tags[i-1] == "NN" || s.tags[i-1] == "NNS"):
			if cs := s.fromList(i + 2); len(cs) == 1 && cs[0].hasActor {
				broker = &cs[0]
			}
		case (w == "MEDIATING" || w == "BROKERING") && s.tags[i] == "VBG" && (s.words[i-1] == "AFTER" || s.words[i-1] == "WHILE"):
			if m := s.subject(i, -1); m >= 0 && len(s.nes[m].codes) == 1 && s.nes[m].codes[0].hasActor {
				broker = &s.nes[m].codes[0]
			}
		}
		if broker == nil {
			continue
		}
		b := s.actor(broker)
		last := s.lastEventBefore(evs, i)
		if last < 0 || b.Code == nullCode {
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
	return evs
}
