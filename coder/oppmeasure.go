package coder

// oppositionMeasure reports whether a measure is aimed at the state's own
// opposition when no target is named. An event coded 1231 (reject a
// request for a change in leadership) by the verb ending at leaf ve puts
// off an election ("postponed the Feb. 25 presidential election", "delayed
// the vote"): the sets code a government's postponed election as its
// rejection of the change the vote would bring, aimed at its own
// opposition (GOV > OPP), so with no target named the source's own state's
// opposition is implied. The election must come within six words of the
// verb, before a comma or a clause's end.
//
// Political parties banned, dissolved or suspended (1722, 1322) or their
// ban lifted (0812) with no party named are the state's opposition too:
// "Mali's junta dissolved all political parties" MLIGOV > MLIOPP (within
// eight words).
func (s *sent) oppositionMeasure(code string, ve int) bool {
	var parties bool
	switch code {
	case "1231":
	case "1722", "1322", "0812":
		parties = true
	default:
		return false
	}
	for i := ve + 1; i < len(s.words) && i <= ve+8; i++ {
		switch s.words[i] {
		case "ELECTION", "ELECTIONS", "VOTE", "POLL", "POLLS":
			if !parties && i <= ve+6 {
				return true
			}
		case "PARTIES", "PARTY":
			if parties && s.words[i-1] == "POLITICAL" {
				return true
			}
		case ",", ";", ".":
			return false
		}
	}
	return false
}
