package pipeline_test

import "testing"

// TestRoundThirtyFourStrayPhraseBeforeAnd (silent36): a subjectless clause
// coordinated after "and" shares the subject of the clause before it
// (coder/sharedsubject.go) even when the parser has cut a phrase of the
// first clause loose between them. "called the pact a betrayal" and a
// quoted complement ("called the move "a provocation"") are chunked with
// the second noun phrase outside the verb phrase, and that stray phrase,
// standing before the "and", was taken for the next clause's subject: it
// names no actor, so "and accused Canberra of lying" had no source and the
// sentence coded nothing (or, when the stray phrase named a state, that
// state summoned its own ambassador). The sentences are written for the
// test; the first three fail without the change. The guards: a second clause with a
// subject of its own keeps it, and a subject before the first verb is
// still found.
func TestRoundThirtyFourStrayPhraseBeforeAnd(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"object complement", "Sweden called the vote a farce and summoned the Russian ambassador on Monday.", "2024-03-18", "SWE>RUSGOV 114", ""},
		{"quoted complement", "Japan's foreign minister called the launch \"a grave provocation\" and accused North Korea of violating the resolutions.", "2024-03-18", "JPNGOV>PRK 112", ""},
		{"a stray phrase naming an actor", "Sweden called the vote a Russian provocation and summoned the Russian ambassador on Monday.", "2024-03-18", "SWE>RUSGOV 114", "RUS>RUSGOV 114"},
		{"guard: the second clause's own subject", "Sweden called the vote a farce and Russia expelled the Swedish ambassador on Monday.", "2024-03-18", "RUS>SWEGOV 161", "SWE>SWEGOV 161"},
		{"guard: plain conjoined verbs", "Sweden condemned the vote and summoned the Russian ambassador on Monday.", "2024-03-18", "SWE>RUSGOV 114", ""},
	})
}
