package tag

import (
	"strings"
	"testing"

	"github.com/dyadproject/dyad/token"
)

// TestQuotedClause checks that a quotation opening the sentence, or a
// clause after a colon or a dash, is tagged as the same words without the
// marks, and that quotations inside a clause keep their own reading.
func TestQuotedClause(t *testing.T) {
	tg := New(nil)
	tags := func(text string) string {
		toks := token.Append(nil, text, 0)
		tg.Tag(toks)
		var b strings.Builder
		for _, tk := range toks {
			switch tk.Word {
			case "``", "''", "`", "'":
				continue
			}
			b.WriteString(tk.Word + "/" + tk.Tag + " ")
		}
		return b.String()
	}
	bare := "Pakistani/NNP troops/NNS attacked/VBD Indian/JJ soldiers/NNS "
	for _, text := range []string{
		`"Pakistani troops attacked Indian soldiers`,
		"\u201cPakistani troops attacked Indian soldiers",
		"'Pakistani troops attacked Indian soldiers",
		`The army said: "Pakistani troops attacked Indian soldiers`,
		`NEW DELHI - "Pakistani troops attacked Indian soldiers`,
		`The army said, "Pakistani troops attacked Indian soldiers`,
		`The army said "Pakistani troops attacked Indian soldiers`,
		`The army said that "Pakistani troops attacked Indian soldiers`,
	} {
		if got := tags(text); !strings.HasSuffix(got, bare) {
			t.Errorf("%q tagged %q, want it to end %q", text, got, bare)
		}
	}
	if got, want := tags("Pakistani troops attacked Indian soldiers"), bare; got != want {
		t.Errorf("bare clause tagged %q, want %q", got, want)
	}

	// Quotations inside a clause are not clause starts: a term after a
	// determiner or an adjective, a lower-case quote after a verb.
	for _, tc := range []struct {
		text string
		i    int // index of a word after an opening mark
	}{
		{`Moscow calls it a "special operation".`, 5},
		{`Officials condemned the so-called "Special Military Operation".`, 5},
		{`He called the charges "absurd"`, 5},
		{`He called the charges "absurd," adding they were false.`, 5},
		{`The army said the raid was "unprovoked".`, 7},
	} {
		toks := token.Append(nil, tc.text, 0)
		tg.Tag(toks)
		if !isOpeningQuote(toks[tc.i-1].Word) {
			t.Fatalf("%q: token %d is %q, not after a quote", tc.text, tc.i, toks[tc.i].Word)
		}
		if quotedClauseStart(toks, tc.i) {
			t.Errorf("%q: %q read as a quoted clause's start", tc.text, toks[tc.i].Word)
		}
	}
	// A quoted name after a verb is read as a clause's first word and
	// stays a name.
	if got, want := tags(`India launched what it called "Operation Sindoor" on Wednesday.`), "Operation/NNP Sindoor/NNP"; !strings.Contains(got, want) {
		t.Errorf("quoted name tagged %q, want %q in it", got, want)
	}
	toks := token.Append(nil, `"Pakistani troops`, 0)
	if !quotedClauseStart(toks, 1) || quotedClauseStart(toks, 0) || quotedClauseStart(toks, 2) {
		t.Errorf("quotedClauseStart on %q: want only the word after the mark", `"Pakistani troops`)
	}
}
