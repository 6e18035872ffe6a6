package tag

import (
	"testing"

	"github.com/dyadproject/dyad/token"
)

func FuzzTag(f *testing.F) {
	for _, s := range []string{"Gen. Smith's troops didn't attack.", "\xff\xfe İSTANBUL ÇANKAYA", "-", "@x http://y 1999 3-4"} {
		f.Add(s)
	}
	tg := New(nil)
	classes := map[string]bool{}
	for _, c := range Default().Classes() {
		classes[c] = true
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := token.Tokenize(s)
		tg.Tag(toks)
		for _, tk := range toks {
			if !classes[tk.Tag] && tk.Tag != ":" {
				t.Fatalf("token %q got tag %q, not a model class", tk.Word, tk.Tag)
			}
		}
	})
}
