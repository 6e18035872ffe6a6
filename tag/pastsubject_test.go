package tag

import (
	"testing"

	"github.com/dyadproject/dyad/token"
)

// TestPastAfterPluralSubject checks that a past tense after a plural
// subject opening a clause is a verb, and that a participle keeps its tag
// where it is one: before an agent, in a headline's passive, where the
// clause has its own verb, or after a preposition that opens no clause.
// The sentences are written for the test.
func TestPastAfterPluralSubject(t *testing.T) {
	tests := []wordTag{
		{"Thousands fled their homes as Sudanese paramilitaries advanced on the town .", "advanced", "VBD"},
		{"The ministry said its soldiers killed nine fighters near the border .", "killed", "VBD"},
		{"The village emptied after government troops shelled the hills overnight .", "shelled", "VBD"},
		{"The talks collapsed when opposition lawmakers walked out of the chamber .", "walked", "VBD"},
		{"The army said on Tuesday its jets struck rebel depots in the north .", "struck", "VBD"},
		// Guards: an agent follows, the passive opens a headline, the
		// clause has its own verb, a preposition that opens no clause.
		{"Residents fled as villages controlled by the militia were shelled .", "controlled", "VBN"},
		{"Five soldiers killed in ambush near the border", "killed", "VBN"},
		{"Aid arrived after prisoners released last week were sent home .", "released", "VBN"},
		{"The court heard evidence from prisoners detained in the north .", "detained", "VBN"},
	}
	checkWordTags(t, tests)
}

// TestPastAfterPluralSubjectAllocs keeps the pass off the heap: it runs on
// every sentence.
func TestPastAfterPluralSubjectAllocs(t *testing.T) {
	toks := []token.Token{
		{Word: "said", Tag: "VBD"}, {Word: "its", Tag: "PRP$"}, {Word: "troops", Tag: "NNS"},
		{Word: "killed", Tag: "VBN"}, {Word: "militants", Tag: "NNS"}, {Word: ".", Tag: "."},
	}
	if n := testing.AllocsPerRun(100, func() {
		toks[3].Tag = "VBN"
		pastAfterPluralSubject(toks)
	}); n != 0 {
		t.Errorf("pastAfterPluralSubject allocates %.0f times per sentence", n)
	}
}
