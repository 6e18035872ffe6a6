package tag

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/token"
)

// tagged tags the space-separated tokens of s and returns them as
// "word/TAG …".
func tagged(tg *Tagger, s string) string {
	var toks []token.Token
	for _, w := range strings.Fields(s) {
		toks = append(toks, token.Token{Word: w})
	}
	tg.Tag(toks)
	var b strings.Builder
	for i, tk := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(tk.Word + "/" + tk.Tag)
	}
	return b.String()
}

// TestCapsHeadline checks that an all-caps sentence is tagged as its
// ordinary-case form: its verbs and function words lower-cased and tagged
// as such, its names (known to the model, unknown to it, or a modifier
// before one) kept in capitals as proper nouns. The headlines are written
// for the test.
func TestCapsHeadline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"GHANA SUSPENDS TALKS WITH TOGO OVER BORDER RAID",
			"GHANA/NNP suspends/VBZ talks/NNS with/IN TOGO/NNP over/IN border/NN raid/NN"},
		// "fires" is left to the chunker's headline verb (a lower-case
		// -s word after the opening name); "drills", unknown to the
		// model, is a plural by its ending.
		{"NORTH KOREA FIRES MISSILE AFTER UNITED STATES DRILLS",
			"NORTH/NNP KOREA/NNP fires/NNS missile/NN after/IN UNITED/NNP STATES/NNPS drills/NNS"},
		{"POLICE ARREST 40 PROTESTERS IN LIMA",
			"POLICE/NNP arrest/VBD 40/CD protesters/NNS in/IN LIMA/NNP"},
		// "US" is the country, not the pronoun; a word the model
		// never saw is a name ("TOGOLESE") unless it ends like the verb
		// the model reads it as ("BROKERED").
		{"TOGOLESE TROOPS BROKERED TRUCE IN NORTH",
			"TOGOLESE/NNP troops/NNS brokered/VBD truce/NN in/IN north/JJ"},
		{"IRAN WARNS US OVER TANKER SEIZURE",
			"IRAN/NNP warns/VBZ US/NNP over/IN tanker/NN seizure/NN"},
	}
	tg := New(Default())
	for _, tt := range tests {
		if got := tagged(tg, tt.in); got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

// TestCapsLeftAlone checks what the fold must not touch: a run of fewer
// than four all-caps words (acronyms side by side), ordinary text, and a
// headline glued before a longer lead in ordinary case.
func TestCapsLeftAlone(t *testing.T) {
	tg := New(Default())
	for _, s := range []string{
		"NATO , EU and UN officials met in Brussels on Monday .",
		"Ghana suspended talks with Togo over a border raid .",
		"GHANA SUSPENDS TALKS WITH TOGO Ghana suspended talks with Togo on Monday after a raid on a border post in which two soldiers were killed .",
	} {
		got := tagged(tg, s)
		var toks []token.Token
		for _, w := range strings.Fields(s) {
			toks = append(toks, token.Token{Word: w})
		}
		for i, w := range strings.Fields(got) {
			if word := w[:strings.LastIndexByte(w, '/')]; word != toks[i].Word {
				t.Errorf("%q: word %d folded to %q", s, i, word)
			}
		}
	}
}

// TestCapsWordShape checks the word classes the run is made of.
func TestCapsWordShape(t *testing.T) {
	for w, want := range map[string]bool{"KOREA": true, "U.S.": true, "F16S": true, "G7": false, "A": false, "Korea": false, "ÉTAT": false, "12": false} {
		if got := capsWord(w); got != want {
			t.Errorf("capsWord(%q) = %v, want %v", w, got, want)
		}
	}
	for w, want := range map[string]bool{",": true, "A": true, "'S": true, "12": true, "G7": true, "KOREA": false, "the": false} {
		if got := caseNeutral(w); got != want {
			t.Errorf("caseNeutral(%q) = %v, want %v", w, got, want)
		}
	}
}
