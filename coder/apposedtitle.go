package coder

// apposedTitles gives a name the dictionaries do not know the code of the
// title apposed to it: "police arrested Mirza Fakhrul Islam Alamgir,
// secretary-general of the opposition Bangladesh Nationalist Party" is the
// party's official (BGDOPP), "John Mwangi, a senior Kenyan opposition
// leader" KENOPP. The comma options drop the apposition as an aside (its
// actors are kept only for references, s.hidden), so the name stood
// uncoded and the event took a later place or nothing. The name is a
// mention of proper nouns only with no code; the apposition follows its
// comma after at most three words of a title ("a senior", "secretary-general
// of"), and must code a role (an agent or a title), not a bare country:
// "Mwangi, a Kenyan" says nothing of what he is.
func (s *sent) apposedTitles() {
	for m := range s.nes {
		n := &s.nes[m]
		if len(n.codes) > 0 || !s.allProper(n.first, n.last) {
			continue
		}
		i := n.last + 1
		if i >= len(s.words) || s.words[i] != "," {
			continue
		}
		for _, h := range s.hidden {
			if h.first <= i || h.first > i+4 || !titleWords(s, i+1, h.first) || !withRole(h.codes) {
				continue
			}
			cs := make([]acode, len(h.codes))
			for k, c := range h.codes {
				c.first, c.last = n.first, n.last
				cs[k] = c
			}
			n.codes = cs
			break
		}
	}
}

// titleWords reports whether leaves a..b-1 may open an apposed title before
// its actor phrase: determiners, adjectives, common nouns and "of".
func titleWords(s *sent, a, b int) bool {
	for i := a; i < b; i++ {
		switch s.tags[i] {
		case "DT", "JJ", "JJS", "NN", "IN", "POS", "PRP$":
			if s.tags[i] == "IN" && s.words[i] != "OF" {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// withRole reports whether some code says a role: agents, or a title.
func withRole(cs []acode) bool {
	for _, c := range cs {
		if len(c.agents) > 0 || c.role != nil || len(c.code) > 3 && isCountryCode(c.code[:3]) {
			return true
		}
	}
	return false
}
