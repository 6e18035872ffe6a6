package pipeline_test

import (
	"bufio"
	"bytes"
	"os"
	"strings"
	"testing"
)

// TestStems: the CAMEO file's stem patterns fire through data/dyad.stems.txt
// ("- * MEDIAT [039]": an offer of mediation is the intent to mediate, where
// OFFER's own code would say only 030), and every word the file lists for a
// stem begins with that stem.
func TestStems(t *testing.T) {
	if got, want := list(codeText(t, "Egypt offered mediation between Israel and Hamas.", "2005-06-01")), "EGY>ISR 039; EGY>PSEREBHMS 039"; got != want {
		t.Errorf("offered mediation: got %q, want %q", got, want)
	}
	b, err := os.ReadFile("data/dyad.stems.txt")
	if err != nil {
		t.Fatal(err)
	}
	stem, stems := "", 0
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		switch l := sc.Text(); {
		case strings.HasPrefix(l, "&STEM_"):
			stem = strings.TrimPrefix(l, "&STEM_")
			stems++
		case strings.HasPrefix(l, "+"):
			if w := l[1:]; stem == "" || !strings.HasPrefix(w, stem) || w == stem {
				t.Errorf("dyad.stems.txt:%d: %q does not extend the stem %q", n, w, stem)
			}
		case l == "" || strings.HasPrefix(l, "#"):
		default:
			t.Errorf("dyad.stems.txt:%d: unexpected line %q", n, l)
		}
	}
	if stems < 50 {
		t.Errorf("only %d stems", stems)
	}
}
