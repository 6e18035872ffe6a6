package tag

import (
	"testing"

	"github.com/dyadproject/dyad/token"
)

// TestPluralInNounPhrase checks that a plural after names or adjectives is
// a noun where a preposition, "to" or a count opens its phrase, and that an
// -s verb keeps its tag where the phrase may be a subject. The sentences
// are written for the test; each positive row's word was a verb (VBZ) to
// the model alone.
func TestPluralInNounPhrase(t *testing.T) {
	tests := []wordTag{
		{"Chadian and Nigerian forces began a joint offensive against Boko Haram hideouts in the Lake Chad basin .", "hideouts", "NNS"},
		{"Mexico agreed to deploy 10,000 National Guard troops to its northern border .", "troops", "NNS"},
		{"The president ordered 3,000 National Guard troops to the capital .", "troops", "NNS"},
		{"Police conducted raids on online scam compounds across Cambodia .", "compounds", "NNS"},
		{"Authorities closed dozens of online fraud compounds along the border .", "compounds", "NNS"},
		// Guards: a phrase after a word that opens a clause, a day, a year,
		// a comma, or at the start is a subject and keeps its verb.
		{"On Sunday Russia launches a new offensive in Donetsk .", "launches", "VBZ"},
		{"The 1951 Mutual Defense Treaty extends to armed attacks on Philippine vessels .", "extends", "VBZ"},
		{"Markets fell after Russia announces new sanctions .", "announces", "VBZ"},
		{"In Kenya , the opposition leader says the vote was rigged .", "says", "VBZ"},
		{"Kigali supports rebels in eastern Congo , the report said .", "supports", "VBZ"},
	}
	checkWordTags(t, tests)
}

// TestPluralInNounPhraseAllocs keeps the pass off the heap: it runs on
// every sentence.
func TestPluralInNounPhraseAllocs(t *testing.T) {
	toks := []token.Token{
		{Word: "raids", Tag: "NNS"}, {Word: "on", Tag: "IN"}, {Word: "online", Tag: "NN"},
		{Word: "scam", Tag: "NN"}, {Word: "compounds", Tag: "VBZ"}, {Word: "in", Tag: "IN"},
	}
	if n := testing.AllocsPerRun(100, func() {
		toks[4].Tag = "VBZ"
		pluralInNounPhrase(toks)
	}); n != 0 {
		t.Errorf("pluralInNounPhrase allocates %.0f times per sentence", n)
	}
}
