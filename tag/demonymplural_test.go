package tag

import (
	"testing"

	"github.com/dyadproject/dyad/token"
)

// TestPluralAfterDemonym checks that a plural after a demonym or a
// possessive is the subject's head when a past-tense verb follows, and
// that a word the model knows as a verb keeps its tag there. (A country's
// name before an -s verb, "Russia forces Ukraine to …", is the chunker's
// to read: pipeline/bugs44_test.go.) The sentences are
// written for the test; each positive row's word was a verb (VBZ) or, for
// "struck", an adjective before the pass.
func TestPluralAfterDemonym(t *testing.T) {
	tests := []wordTag{
		{"Kenya 's Catholic bishops demanded an inquiry into the killings .", "bishops", "NNS"},
		{"Reuters -- Nigerian troops killed 12 insurgents in Borno state on Monday .", "troops", "NNS"},
		{"ABUJA -- Nigerian troops rescued 20 hostages from a forest camp .", "troops", "NNS"},
		{"On Wednesday , Pakistani jets struck militant hideouts near the border .", "jets", "NNS"},
		{"On Wednesday , Pakistani jets struck militant hideouts near the border .", "struck", "VBD"},
		// Guards: after a possessive or a demonym, an -s word the model
		// knows as a verb stays one though a past participle follows.
		{"Turkey 's Erdogan blames armed Kurdish groups .", "blames", "VBZ"},
		{"Iraqi Kurdistan says captured fighters will be tried .", "says", "VBZ"},
	}
	checkWordTags(t, tests)
}

// TestPluralAfterDemonymAllocs keeps the pass off the heap: it runs on
// every sentence.
func TestPluralAfterDemonymAllocs(t *testing.T) {
	tg := New(nil)
	toks := []token.Token{
		{Word: "Georgian"}, {Word: "troops"}, {Word: "attacked"}, {Word: "separatists"}, {Word: "."},
	}
	tg.Tag(toks)
	if n := testing.AllocsPerRun(100, func() {
		toks[1].Tag = "VBZ"
		tg.pluralAfterDemonym(toks)
	}); n != 0 {
		t.Errorf("pluralAfterDemonym allocates %.0f times per sentence", n)
	}
}
