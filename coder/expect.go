package coder

import "github.com/dyadproject/dyad"

// expectedActs drops the events of a that-clause complementing a word of
// hope, expectation or fear: "said he was confident that Egypt and Sudan
// would eventually accept the dam", "hoped that Iran would return to
// talks", "feared that the army would move in". Such a clause says what
// someone expects, not what anyone did; the speaker's own statement
// (013 for confidence) is coded from the verb outside the clause. The
// clause is the SBAR opened by "that" right after the word, as for the
// nouns of allegation (claimedActs).
func (s *sent) expectedActs(evs []dyad.Event, says []said, at []int) ([]dyad.Event, []said, []int) {
	return s.withoutThatClauses(evs, says, at, func(i int) bool { return expectWord(s.words[i]) })
}

// expectWord reports whether an upper-cased word names a hope, an
// expectation or a fear whose that-clause is no reported act.
func expectWord(w string) bool {
	switch w {
	case "CONFIDENT", "HOPEFUL", "OPTIMISTIC", "PESSIMISTIC", "SURE", "CERTAIN", "CONVINCED",
		"DOUBTFUL", "AFRAID", "WORRIED", "SKEPTICAL", "SCEPTICAL",
		"HOPE", "HOPES", "HOPED", "EXPECT", "EXPECTS", "EXPECTED", "PREDICT", "PREDICTS", "PREDICTED",
		"FEARED", "DOUBT", "DOUBTS", "DOUBTED", "EXPECTATION", "EXPECTATIONS", "HOPING", "EXPECTING":
		return true
	}
	return false
}
