package token

import (
	"strings"
	"testing"
)

func words(toks []Token) string {
	ws := make([]string, len(toks))
	for i, t := range toks {
		ws[i] = t.Word
	}
	return strings.Join(ws, " ")
}

func TestTokenize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Gen. Smith's troops didn't attack.", "Gen. Smith 's troops did n't attack ."},
		{"the U.S. embassy, officials said.", "the U.S. embassy , officials said ."},
		{`"We won't go," he said.`, "`` We wo n't go , '' he said ."},
		{"It rose 3.5% to $1,000 (about £800).", "It rose 3.5 % to $ 1,000 ( about £ 800 ) ."},
		{"See https://example.com/a?b=1.", "See https://example.com/a?b=1 ."},
		{"Mail a@b.org or @user now.", "Mail a@b.org or @user now ."},
		{"He said “no.” Then", "He said `` no . '' Then"},
		// a comma glued before a closing curly quote does not split the
		// quote off to be read as opening (quotetag36)
		{"“It is aggression,” Tusk said.", "`` It is aggression , '' Tusk said ."},
		{"He called it ‘absurd,’ then left.", "He called it ` absurd , ' then left ."},
		{"a,“b” and c,d", "a , `` b '' and c , d"},
		{"the soldiers' fault—really?!", "the soldiers ' fault -- really ? !"},
		{"J. R. R. Tolkien in the '90s; pro-government forces can't.", "J. R. R. Tolkien in the '90s ; pro-government forces ca n't ."},
		{"Resolution No. 1441 said no.", "Resolution No. 1441 said no ."},
		{"They’re here and it’s done.", "They 're here and it 's done ."},
		{"I cannot wait...", "I can not wait ..."},
		{"Talks -- again -- failed.", "Talks -- again -- failed ."},
		{"a,b and 1,2", "a , b and 1,2"},
		{"", ""},
	} {
		if got := words(Tokenize(tc.in)); got != tc.want {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
	}
}

// TestOffsets checks that every token points at the bytes it came from.
func TestOffsets(t *testing.T) {
	text := `KABUL (Reuters) — Afghanistan's “new” U.N. envoy won’t talk, he said... 3.5%!`
	const base = 100
	toks := Append(nil, text, base)
	prev := base
	for _, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End-base > len(text) {
			t.Fatalf("token %+v out of order or range", tk)
		}
		prev = tk.End
		src := text[tk.Start-base : tk.End-base]
		switch tk.Word {
		case "``", "''", "`", "'", "--", "...", "'s", "n't":
			continue // normalised forms
		}
		if src != tk.Word {
			t.Errorf("token %q covers %q", tk.Word, src)
		}
	}
}

func TestAbbrev(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want int
	}{
		{"Gen.", Title}, {"Lt.", Title}, {"J.", Title}, {"U.S.", Other}, {"a.m.", Other},
		{"Dept.", Other}, {"Inc.", Other}, {"No.", Numeric}, {"home.", NotAbbrev},
		{"Gen", NotAbbrev}, {"U.S.A.", Other}, {"abc.def.", NotAbbrev}, {".", NotAbbrev},
	} {
		if got := Abbrev(tc.w); got != tc.want {
			t.Errorf("Abbrev(%q) = %d, want %d", tc.w, got, tc.want)
		}
	}
}

func TestAppendAllocs(t *testing.T) {
	text := "Israeli Prime Minister Benjamin Netanyahu on Sunday rejected calls by the U.N. Security Council for a halt to settlement construction."
	buf := make([]Token, 0, 64)
	allocs := testing.AllocsPerRun(100, func() { buf = Append(buf[:0], text, 0) })
	if allocs != 0 {
		t.Errorf("Append allocates %.1f times per sentence, want 0", allocs)
	}
}
