package coder

// venueActors drops the actor phrases that only name where a meeting took
// place: the body or region modifying a summit, conference or forum after
// "on the sidelines of", or after "at" following a word of meeting ("met
// at the APEC summit", "met on the sidelines of a European summit in
// Prague"). Such a phrase is the venue, not a party: with a compound
// subject ("Kishida and Xi met on the sidelines of the APEC summit") the
// meeting verb's patterns otherwise take the body as the partner ("- $ * +
// IN ^": each leader meets APEC), where the leaders met each other, as
// they do when the summit is not an actor ("the G20 summit in Bali": 044
// both ways, 042 to the place). A phrase after the venue noun stays ("at a
// meeting with Putin", "at the summit in Gyeongju").
func (s *sent) venueActors() {
	for i := 0; i < len(s.words); i++ {
		start := s.venueOpener(i)
		if start < 0 {
			continue
		}
		end := -1
		for j := start; j < len(s.words) && j < start+venueSpan; j++ {
			if venueNouns[s.words[j]] {
				end = j
				break
			}
			if !venueModifier(s.tags[j]) {
				break
			}
		}
		if end < 0 {
			continue
		}
		for j := start; j <= end; j++ {
			m := s.ne[j]
			if m < 0 || !namedWithin(s.nes[m].codes, start, end) {
				continue
			}
			for k := s.nes[m].first; k <= s.nes[m].last; k++ {
				s.ne[k] = -1
			}
			s.nes[m].codes = nil
		}
		i = end
	}
}

// namedWithin reports whether every code of a mention was named by words
// between leaves first and last: the mention may be the whole phrase ("the
// sidelines of the APEC summit"), but only the venue's words name it.
func namedWithin(cs []acode, first, last int) bool {
	for _, c := range cs {
		if c.first < first || c.last > last {
			return false
		}
	}
	return len(cs) > 0
}

// venueSpan bounds the words from the opener to the venue noun.
const venueSpan = 7

// venueOpener returns the first word of the venue phrase opened at leaf i
// ("AT the", "SIDELINES OF the", "MARGINS OF a"), or -1.
func (s *sent) venueOpener(i int) int {
	switch s.words[i] {
	case "AT":
		if s.meetingBefore(i) {
			return i + 1
		}
	case "SIDELINES", "SIDELINE", "MARGINS", "MARGIN", "FRINGES", "FRINGE":
		if i+1 < len(s.words) && s.words[i+1] == "OF" {
			return i + 2
		}
	}
	return -1
}

// meetingBefore reports whether a verb or noun of meeting stands in the
// five words before leaf i: "met at the APEC summit", "held talks on
// Friday at the summit". After other verbs a body at a gathering may be
// the audience ("asked to address world leaders at the U.N. General
// Assembly").
func (s *sent) meetingBefore(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if meetingWords[s.words[j]] {
			return true
		}
	}
	return false
}

// meetingWords are the forms of meeting and holding talks.
var meetingWords = map[string]bool{
	"MET": true, "MEET": true, "MEETS": true, "MEETING": true,
	"TALKS": true, "TALKED": true,
}

// venueNouns are the heads of a venue phrase: gatherings, not bodies.
var venueNouns = map[string]bool{
	"SUMMIT": true, "CONFERENCE": true, "FORUM": true, "ASSEMBLY": true,
	"MEETING": true, "GATHERING": true, "DIALOGUE": true,
}

// venueModifier reports whether a part-of-speech tag may stand between the
// opener and the venue noun: determiners, adjectives, nouns, numbers,
// possessives and hyphens.
func venueModifier(tag string) bool {
	switch tag {
	case "DT", "JJ", "JJS", "JJR", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "HYPH", ":":
		return true
	}
	return false
}
