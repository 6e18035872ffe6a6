package chunk

import "strings"

// retagPastAfterWeekday makes an -ed word the tagger read as an adjective
// a past-tense verb when it follows "on <weekday>" right after a noun and
// no finite verb comes before it: "The European Union on Monday
// imposed/JJ sanctions on ..." — wire copy's commonest order, which the
// tagger reads as a day's imposed sanctions, leaving the sentence without
// its verb.
func (s *state) retagPastAfterWeekday() {
	for j := 3; j+1 < s.end; j++ {
		w := s.word(j)
		if s.tag(j) != "JJ" || !strings.HasSuffix(w, "ed") || strings.Contains(w, "-") {
			continue
		}
		if s.word(j-2) != "on" || !s.is(weekdays, j-1) || !isNoun(s.tag(j-3)) {
			continue
		}
		switch s.tag(j + 1) {
		case "DT", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD", "PRP", "JJ":
		default:
			continue
		}
		finite := false
		for k := 0; k < j-2 && !finite; k++ {
			finite = isFinite(s.tag(k)) || s.tag(k) == "MD"
		}
		if !finite {
			s.toks[j].Tag = "VBD"
		}
	}
}
