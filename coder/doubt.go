package coder

import "strings"

// disbelieved reports whether the verb at leaf v, a verb with a complement
// clause, denies or doubts what that clause reports, so that the clause is
// no event (see denied). Deny does so always ("denied that it had attacked
// Kuwait"); doubt, question and dispute too ("questioned whether Iran had
// shelled Basra"); and a verb that dismisses or rejects does when what it
// dismisses is a report of the act ("dismissed claims that Israel had
// attacked Lebanon", "rejected the allegation that its troops had crossed
// into Iraq", "dismissed as baseless reports that ...").
func (s *sent) disbelieved(v, clause int) bool {
	w := s.words[v]
	switch {
	case strings.HasPrefix(w, "DENY"), strings.HasPrefix(w, "DENI"),
		strings.HasPrefix(w, "DOUBT"), strings.HasPrefix(w, "QUESTION"), strings.HasPrefix(w, "DISPUT"):
		return true
	case !dismisses(w):
		return false
	}
	// The report noun lies between the verb and the clause.
	for i := v + 1; i < s.spans[clause].first; i++ {
		if reportNoun(s.words[i]) && strings.HasPrefix(s.tags[i], "NN") {
			return true
		}
	}
	return false
}

// dismisses reports whether an upper-cased verb form dismisses or rejects
// what it is given.
func dismisses(w string) bool {
	for _, p := range [...]string{"DISMISS", "REJECT", "REFUT", "DISCOUNT", "RIDICUL", "DISCREDIT", "BRUSH", "SHRUG"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// reportNoun reports whether an upper-cased noun names a report or claim of
// something, as opposed to the thing itself.
func reportNoun(w string) bool {
	switch strings.TrimSuffix(w, "S") {
	case "CLAIM", "REPORT", "ALLEGATION", "ACCUSATION", "CHARGE", "RUMOR", "RUMOUR",
		"SUGGESTION", "ASSERTION", "STORY", "STORIE", "ALLEGATIONS", "CONTENTION", "NOTION", "SPECULATION":
		return true
	}
	return false
}
