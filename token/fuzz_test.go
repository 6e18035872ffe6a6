package token

import (
	"testing"
	"unicode/utf8"
)

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Gen. Smith's troops didn't.", "“no.”", "a@b.c", "https://x.y/z.", "'''", "\xff\xfe.", "—–…", "n't", "'s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, tk := range Tokenize(s) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("token %+v out of order or range in %q", tk, s)
			}
			if tk.Word == "" {
				t.Fatalf("empty token in %q", s)
			}
			prev = tk.End
		}
		_ = utf8.ValidString(s)
	})
}
