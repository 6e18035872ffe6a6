package tag

import (
	"testing"

	"github.com/dyadproject/dyad/token"
)

// TestUnderstandingNoun checks that "understanding" names the text in "a
// memorandum of understanding" and is left to the model elsewhere.
func TestUnderstandingNoun(t *testing.T) {
	tests := []wordTag{
		{"Kenya and Djibouti signed a memorandum of understanding in Nairobi .", "understanding", "NN"},
		{"The two sides signed a Memorandum of Understanding in Geneva .", "Understanding", "NN"},
		{"They signed memoranda of understanding on trade .", "understanding", "NN"},
	}
	checkWordTags(t, tests)
	for _, s := range []struct {
		words []string
		i     int
		want  bool
	}{
		{[]string{"a", "memorandum", "of", "understanding"}, 3, true},
		{[]string{"a", "lack", "of", "understanding"}, 3, false},
		{[]string{"memorandum", "understanding"}, 1, false},
		{[]string{"understanding"}, 0, false},
	} {
		toks := make([]token.Token, len(s.words))
		for k, w := range s.words {
			toks[k].Word = w
		}
		if got := understandingNoun(toks, s.i); got != s.want {
			t.Errorf("understandingNoun(%v, %d) = %v, want %v", s.words, s.i, got, s.want)
		}
	}
}

// TestUnderstandingNounAllocs keeps the check off the heap: it runs for
// every token the tagger sees.
func TestUnderstandingNounAllocs(t *testing.T) {
	toks := []token.Token{{Word: "MEMORANDUM"}, {Word: "Of"}, {Word: "Understanding"}}
	if n := testing.AllocsPerRun(100, func() {
		for i := range toks {
			understandingNoun(toks, i)
		}
	}); n != 0 {
		t.Errorf("understandingNoun allocates %.0f times per sentence", n)
	}
}
