package coder

// netMeasure reports whether an event coded by the verb ending at leaf ve
// restricts or restores its people's access to the internet or social media
// (1721, 1321 and 0811 with "internet" or "social media" within a few words
// after the verb): "suspended mobile internet services nationwide",
// "restricted access to social media", "restored mobile internet". Like a
// curfew (ownTerritory), it is a measure a state takes on its own territory,
// so it takes the source's own country when the sentence names no target,
// and the pair GOV > country when it names a group of the same state. A
// restriction on a group named as such ("barred the opposition from state
// television", 1721 to the opposition) names no network and keeps its target.
func (s *sent) netMeasure(code string, ve int) bool {
	switch code {
	case "1721", "1321", "0811":
	default:
		return false
	}
	for i := ve + 1; i < len(s.words) && i <= ve+6; i++ {
		switch s.words[i] {
		case "INTERNET":
			return true
		case "MEDIA":
			if s.words[i-1] == "SOCIAL" {
				return true
			}
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// oppositionMeasure reports whether a measure is aimed at the state's own
// opposition when no target is named. An event coded 1231 (reject a request for a
// change in leadership) by the verb ending at leaf ve puts off an election
// ("postponed the Feb. 25 presidential election", "delayed the vote"): the
// sets code a government's postponed election as its rejection of the
// change the vote would bring, aimed at its own opposition (GOV > OPP), so
// with no target named the source's own state's opposition is implied.
//
// Political parties banned, dissolved or suspended (1722, 1322) or their ban
// lifted (0812) with no party named are the state's opposition too: "Mali's
// junta dissolved all political parties" MLIGOV > MLIOPP.
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
