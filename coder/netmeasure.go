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
