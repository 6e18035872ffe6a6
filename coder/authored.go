package coder

// authorParts are the participles that, joined to a state's name, make it the
// author or sponsor of a plan: "a U.S.-backed plan", "a British-drafted
// resolution". A mediator is no party to the talks it mediates ("agreed to
// Qatari-mediated talks with Chad" is with Chad), and a broker none to the
// deal it brokered: "Armenia and Azerbaijan signed a U.S.-brokered
// declaration" is their signing, which the United States mediated (045,
// hosted.go's compoundBroker), as "a deal brokered by the United States"
// is. So "-mediated" and "-brokered" are left out.
var authorParts = map[string]bool{
	"BACKED": true, "SPONSORED": true, "DRAFTED": true,
	"PROPOSED": true, "AUTHORED": true,
}

// authoredThings are the nouns whose author such a participle names: plans,
// proposals, deals and truces, not people ("U.S.-backed rebels" are no
// Americans).
var authoredThings = map[string]bool{
	"PLAN": true, "PLANS": true, "PROPOSAL": true, "PROPOSALS": true, "RESOLUTION": true,
	"DRAFT": true, "TRUCE": true, "CEASEFIRE": true, "CEASE-FIRE": true, "DEAL": true,
	"INITIATIVE": true, "AGREEMENT": true, "ACCORD": true, "ROADMAP": true, "FRAMEWORK": true,
	"SETTLEMENT": true,
}

// matchAuthored matches the state in a hyphenated "STATE-backed" word before a
// plan, proposal, truce or deal (with at most four modifiers between, a
// body's name among them: "a U.S.-drafted U.N. Security Council
// resolution"): the plan is that state's, so "Sudan rejected a U.S.-backed
// plan for a truce" rejects the United States' plan, as "the U.S. plan"
// does, and a veto of a British-drafted resolution is aimed at Britain.
// parts are the word's hyphen-separated parts. It returns the entry and the number of text
// words (1), or -1, 0; ok is false when the word is no such participle.
func (s *sent) matchAuthored(ws []string, i int, parts []string) (idx, n int, ok bool) {
	last := len(parts) - 1
	if last < 1 || !authorParts[parts[last]] {
		return -1, 0, false
	}
	if idx, _ := s.compoundState(ws, i, parts, authoredThings); idx >= 0 {
		return idx, 1, true
	}
	return -1, 0, true
}

// compoundState returns the actor entry that the parts before the last of
// the hyphenated word at leaf i name, every one covered ("a U.S.-backed
// plan", "Vietnamese-led" is not VIETNAMESE), and the leaf of the noun among
// things the word modifies, at most four adjectives, nouns, names or
// hyphens after it; -1, -1 when no such noun follows or the parts name no
// entry. matchAuthored (a plan's author) and hosted.go's compoundBroker (a
// deal's broker) read the same shape with their own nouns.
func (s *sent) compoundState(ws []string, i int, parts []string, things map[string]bool) (idx, noun int) {
	last := len(parts) - 1
	for k := i + 1; k < len(ws) && k <= i+5; k++ {
		if things[ws[k]] {
			if idx, n := s.c.d.Actors.Match(parts[:last], 0); idx >= 0 && n == last {
				return idx, k
			}
			return -1, -1
		}
		if t := s.tags[k]; t != "JJ" && t != "NN" && t != "HYPH" && t != "NNP" {
			break
		}
	}
	return -1, -1
}
