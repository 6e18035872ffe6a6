package coder

import "github.com/dyadproject/dyad"

// claimedActs drops the events of a that-clause complementing a noun of
// allegation: "placed Fillon under investigation over allegations that he
// paid his wife for work she never did", "amid accusations that the army
// shelled the town", "rejected claims that its troops had crossed the
// border". What such a clause says is the content of a claim, not an act
// the story reports as done — the noun's counterpart of an accused or
// alleged act (alleged) or a denied one (denied). The clause is the SBAR
// opened by "that" right after the noun, wherever the parser attached it.
func (s *sent) claimedActs(evs []dyad.Event, says []said, at []int) ([]dyad.Event, []said, []int) {
	return s.withoutThatClauses(evs, says, at, func(i int) bool {
		return claimNoun(s.words[i]) && (s.tags[i] == "NN" || s.tags[i] == "NNS")
	})
}

// withoutThatClauses drops the events of every that-clause whose "that"
// follows a word that head accepts (given its leaf index): the SBAR opened
// by the "that", wherever the parser attached it.
func (s *sent) withoutThatClauses(evs []dyad.Event, says []said, at []int, head func(i int) bool) ([]dyad.Event, []said, []int) {
	for i := 1; i < len(s.leaves); i++ {
		if s.words[i] != "THAT" || !head(i-1) {
			continue
		}
		for p := s.parent[s.leafK[i]]; p >= 0 && s.spans[p].first == i; p = s.parent[p] {
			if isLabel(s.nodes[p].Label, "SBAR") {
				evs, says, at = s.without(evs, says, at, s.spans[p].first, s.spans[p].last)
				break
			}
		}
	}
	return evs, says, at
}

// claimNoun reports whether an upper-cased noun names an allegation whose
// content is not a reported fact.
func claimNoun(w string) bool {
	switch w {
	case "ALLEGATION", "ALLEGATIONS", "ACCUSATION", "ACCUSATIONS", "CLAIM", "CLAIMS",
		"CHARGE", "CHARGES", "SUSPICION", "SUSPICIONS", "RUMOR", "RUMORS", "RUMOUR", "RUMOURS",
		// A warning or fear that something happens or would happen
		// states what someone warned of or feared, not an act of the story:
		// "defying warnings that police could enter the embassy", "amid
		// fears that the army would move in". Reports are not among them:
		// "welcomed reports that Iraq had released Kuwaiti prisoners"
		// reports the release (reported_test.go).
		"WARNING", "WARNINGS", "FEAR", "FEARS", "CONCERN", "CONCERNS", "WORRIES", "SPECULATION",
		"INDICATION", "INDICATIONS", "SUGGESTION", "SUGGESTIONS",
		// A demand, call or request that someone act names what is asked,
		// not an act done: "rejected opposition demands that he step down".
		"DEMAND", "DEMANDS", "CALL", "CALLS", "REQUEST", "REQUESTS", "INSISTENCE":
		return true
	}
	return false
}
