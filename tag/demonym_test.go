package tag

import (
	"bufio"
	"strings"
	"testing"

	"github.com/dyadproject/dyad/where"
)

// TestDemonymBeforeNoun checks that a nationality the model read as a name
// is an adjective before the plural it leaves a verb, as testdata/news.tags
// tags "Pakistani_JJ troops_NNS", and that a demonym used as a noun, or a
// place name, keeps its tag. The sentences are written for the test.
func TestDemonymBeforeNoun(t *testing.T) {
	tests := []wordTag{
		{"Nigerian troops killed 40 fighters in Borno .", "troops", "NNS"},
		{"Nigerian troops killed 40 fighters in Borno .", "Nigerian", "JJ"},
		{"Georgian troops launched an offensive on Friday .", "troops", "NNS"},
		// Negatives: the demonym as a noun, and a capital before its verb.
		{"A Nigerian was killed in Lagos .", "Nigerian", "NNP"},
		{"A Nigerian was killed in Lagos .", "was", "VBD"},
		{"Tehran recalls its envoy .", "recalls", "VBZ"},
	}
	checkWordTags(t, tests)
}

// TestDemonymsMatchGazetteer checks that every single-word demonym the
// gazetteer gives as a row's main name, spelled in ASCII letters and naming
// no place, is in data/demonyms.txt (which also holds the ASCII spellings
// the rows give as other names: "Alandish").
func TestDemonymsMatchGazetteer(t *testing.T) {
	g := where.Default()
	want := map[string]bool{}
	for _, d := range g.Names("demonym") {
		if asciiWord(d) {
			if _, ok := g.Lookup(d); !ok {
				want[d] = true
			}
		}
	}
	sc := bufio.NewScanner(strings.NewReader(demonymData))
	for sc.Scan() {
		if l := sc.Text(); l != "" && l[0] != '#' && !demonym(l) {
			t.Errorf("%s not read", l)
		}
	}
	for d := range want {
		if !demonym(d) {
			t.Errorf("gazetteer demonym %q missing from data/demonyms.txt", d)
		}
	}
}

func asciiWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return w != ""
}
