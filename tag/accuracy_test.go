package tag

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/token"
)

// readTagged reads sentences of word_TAG tokens, one sentence a line.
func readTagged(t testing.TB, path string) [][]token.Token {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]token.Token
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		var sent []token.Token
		for _, wt := range strings.Fields(line) {
			i := strings.LastIndexByte(wt, '_')
			if i <= 0 {
				t.Fatalf("%s: bad token %q", path, wt)
			}
			sent = append(sent, token.Token{Word: wt[:i], Tag: wt[i+1:]})
		}
		out = append(out, sent)
	}
	return out
}

// accuracy tags gold-tokenized sentences and returns the share of tokens
// whose tag matches the gold tag.
func accuracy(t testing.TB, gold [][]token.Token) (float64, map[string]int) {
	tg := New(nil)
	errs := map[string]int{}
	right, all := 0, 0
	for _, g := range gold {
		toks := make([]token.Token, len(g))
		for i := range g {
			toks[i].Word = g[i].Word
		}
		tg.Tag(toks)
		for i := range g {
			all++
			if toks[i].Tag == g[i].Tag {
				right++
			} else {
				errs[g[i].Word+" "+g[i].Tag+"->"+toks[i].Tag]++
			}
		}
	}
	return float64(right) / float64(all), errs
}

func TestAccuracyDev(t *testing.T) {
	acc, errs := accuracy(t, readTagged(t, "testdata/dev.tags"))
	t.Logf("dev.xml gold-token accuracy %.4f", acc)
	if testing.Verbose() {
		for e, n := range errs {
			t.Logf("%3d %s", n, e)
		}
	}
	if acc < 0.94 {
		t.Errorf("accuracy %.4f on dev.xml gold tokens, want >= 0.94", acc)
	}
}

// TestAccuracyNews tags real news sentences whose tags were checked by hand.
func TestAccuracyNews(t *testing.T) {
	acc, errs := accuracy(t, readTagged(t, "testdata/news.tags"))
	t.Logf("hand-checked news accuracy %.4f", acc)
	for e, n := range errs {
		t.Logf("%3d %s", n, e)
	}
	if acc < 0.96 {
		t.Errorf("accuracy %.4f on hand-checked news, want >= 0.96", acc)
	}
}
