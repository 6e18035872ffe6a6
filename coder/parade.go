package coder

import "github.com/dyadproject/dyad"

// paradeVisits adds the visits that presence at a parade or a funeral in
// another state says. "Kim Jong Un stood beside Xi and Putin at a military
// parade in Beijing", "Xi, flanked by Putin and Kim, watched a parade in
// Beijing", "Kim joined Xi and Putin at a parade in Beijing", "the emir
// attended the funeral of Iran's president in Tehran": the README's
// convention gives leaders' visits for a parade in the host country the
// guest's 042 to the host country and the host's 043 where the host is
// named, and attending a funeral its 042 beside the 017. The verb that
// tells the presence varies (stood beside, flanked by, joined, watched,
// attended) and mostly codes nothing of its own, so the noun says it: a
// parade or funeral after "at" or a form of "attend" or "watch", with the sentence's
// one locative country as the place. Guests and hosts are the sentence's
// named governments (GOV): a leader of another state is a guest, one of
// the place's state the host. Nothing is added with no place, or with no
// guest; a parade in one's own capital is no visit.
func (s *sent) paradeVisits(evs []dyad.Event) []dyad.Event {
	for i := 1; i < len(s.words); i++ {
		switch s.words[i] {
		case "PARADE", "PARADES", "FUNERAL", "FUNERALS":
		default:
			continue
		}
		if s.del[i] || !s.presenceBefore(i) {
			continue
		}
		place := s.meetingPlace()
		if place == "" {
			return evs
		}
		const pattern = "presence at a parade or funeral abroad (coder/parade.go)"
		for g := range s.nes {
			guest, ok := s.govMention(g)
			if !ok || sameCountry(guest.Code, place) {
				continue
			}
			evs = s.addAt(evs, dyad.Event{Source: guest, Target: dyad.Actor{Code: place}, Code: "042"}, i, pattern)
			for h := range s.nes {
				if host, ok := s.govMention(h); ok && sameCountry(host.Code, place) {
					evs = s.addAt(evs, dyad.Event{Source: host, Target: guest, Code: "043"}, i, pattern)
				}
			}
		}
		return evs
	}
	return evs
}

// presenceBefore reports whether the noun at leaf i follows "at" or a form
// of "attend" or "watch", with at most three determiners, modifiers or
// nouns between: "at a massive military parade", "attended the funeral",
// and at the sentence's first leaf too ("At a military parade in Beijing,
// Kim stood beside Xi").
func (s *sent) presenceBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch s.words[j] {
		case "AT", "ATTEND", "ATTENDS", "ATTENDED", "ATTENDING", "WATCH", "WATCHES", "WATCHED", "WATCHING":
			return true
		}
		switch s.tags[j] {
		case "DT", "JJ", "NN", "NNP", "CD", "VBN":
		default:
			return false
		}
	}
	return false
}

// govMention returns the actor of mention m when it has one code and that
// code is a state's government, as the guests and hosts of a visit are.
func (s *sent) govMention(m int) (dyad.Actor, bool) {
	cs := s.nes[m].codes
	if len(cs) != 1 || !cs[0].hasActor {
		return dyad.Actor{}, false
	}
	a := s.actor(&cs[0])
	if len(a.Code) != 6 || a.Code[3:] != "GOV" || stateOf(a.Code) == "" {
		return dyad.Actor{}, false
	}
	return a, true
}
