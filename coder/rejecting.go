package coder

import "strings"

// Closing rejections. "Russian troops will remain in the zone, the Kremlin
// said, rejecting France's call for a full withdrawal" reports the
// rejection (12) of an appeal made by a named actor; wire copy sets it off
// with a comma after the statement it explains, and the comma options drop
// a closing stretch of 2-8 words as an aside, so the rejection was lost and
// most often the sentence with it. A rejection participle (rejecting,
// dismissing, rebuffing) whose object is an appeal, demand, request, offer
// or proposal made by a name ("London's demand", "Western calls", "calls
// from ECOWAS") is kept as an act of its own, as accusingClause keeps
// "…, accusing Azerbaijan of …". "…, rejecting the allegations" stays an
// aside: the accusation rejected names nobody there.

// rejectedAsks are the nouns of what is rejected in a closing rejection.
var rejectedAsks = map[string]bool{
	"CALL": true, "CALLS": true, "DEMAND": true, "DEMANDS": true, "APPEAL": true, "APPEALS": true,
	"REQUEST": true, "REQUESTS": true, "OFFER": true, "OFFERS": true, "PROPOSAL": true, "PROPOSALS": true,
	"PLEA": true, "PLEAS": true, "ULTIMATUM": true,
}

// rejectingClause reports whether the VBG at leaf i opens a rejection of
// an ask made by a name: REJECTING, DISMISSING or REBUFFING, then within
// six leaves one of rejectedAsks with a proper noun (or a possessive) before
// it in that stretch, or "from" or "by" and a proper noun after it. Like
// accusingClause it runs before actors are matched, so it reads words and
// tags. The name before the ask must be of the ask's own noun phrase: a
// time word ("rejecting on Monday calls for …", "Monday's call") names no
// maker, and a preposition or a determiner after a name ("rejecting in
// Brussels the calls for …") ends the phrase the name was in.
func (s *sent) rejectingClause(i int) bool {
	switch s.words[i] {
	case "REJECTING", "DISMISSING", "REBUFFING":
	default:
		return false
	}
	named := false
	for j := i + 1; j < len(s.words) && j <= i+6; j++ {
		t := s.tags[j]
		if t == "," || t == "." || strings.HasPrefix(t, "VB") {
			return false
		}
		switch {
		case t == "IN" || t == "DT":
			named = false
		case (t == "NNP" || t == "NNPS") && !timeWords[s.words[j]]:
			named = true
		case t == "POS" && !timeWords[s.words[j-1]]:
			named = true
		}
		if !rejectedAsks[s.words[j]] {
			continue
		}
		if named {
			return true
		}
		k := j + 1
		if k < len(s.words) && (s.words[k] == "FROM" || s.words[k] == "BY") {
			k++
			if k < len(s.tags) && s.tags[k] == "DT" {
				k++
			}
			return k < len(s.tags) && (s.tags[k] == "NNP" || s.tags[k] == "NNPS")
		}
		return false
	}
	return false
}
