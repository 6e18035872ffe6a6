package coder

import "github.com/dyadproject/dyad"

// swapNouns name an exchange of prisoners or hostages.
var swapNouns = map[string]bool{"SWAP": true, "EXCHANGE": true}

// swaps adds the release an exchange implies on the other side: "Iran freed
// four Americans ... in a prisoner swap with the United States" is IRN>USA
// 0841 and, since each side of a swap frees the other's people, USA>IRN
// 0841. Only a release of persons (0841) in a sentence that calls it a swap
// or an exchange (a noun) is mirrored.
func (s *sent) swaps(evs []dyad.Event) []dyad.Event {
	swap := false
	for i := range s.leaves {
		swap = swap || !s.del[i] && swapNouns[s.words[i]] && (s.tags[i] == "NN" || s.tags[i] == "NNS")
	}
	if !swap {
		return evs
	}
	return withReverse(evs, func(e *dyad.Event) bool {
		return e.Code == "0841" && !sameCountry(e.Source.Code, e.Target.Code)
	})
}
