package dict

import (
	"fmt"
	"math/rand"
	"os"
	"slices"
	"strings"
	"testing"
)

// scanMatch is Match without the second-word index: every phrase of the
// first word, in order.
func (a *Actors) scanMatch(words []string, i int) (int, int) {
	if i >= len(words) {
		return -1, 0
	}
	for _, p := range a.index[words[i]] {
		if end := p.match(words, i); end > 0 {
			return int(p.actor), end - i
		}
	}
	return -1, 0
}

// TestMatchHeads: Match with the second-word index finds what the full scan
// finds, at every word of the news corpus and on word sequences made from
// the phrases of every indexed first word (whole, cut short, with a word
// put in, and with their words shuffled).
func TestMatchHeads(t *testing.T) {
	set, _ := Default()
	a := set.Actors
	if len(a.heads) == 0 || a.heads["THE"] == nil {
		t.Fatalf("no second-word index for THE (%d indexed first words)", len(a.heads))
	}
	texts := newsWords(t)
	rng := rand.New(rand.NewSource(1))
	for w := range a.heads {
		for _, p := range a.index[w] {
			ws := append([]string(nil), p.words...)
			texts = append(texts, ws, ws[:len(ws)-1])
			in := append(append(append([]string(nil), ws[:1]...), "AND"), ws[1:]...)
			texts = append(texts, in)
			sh := append([]string(nil), ws...)
			rng.Shuffle(len(sh), func(i, j int) { sh[i], sh[j] = sh[j], sh[i] })
			texts = append(texts, append(append([]string{}, ws[0]), sh...))
		}
	}
	indexed, found := 0, 0
	for _, ws := range texts {
		for i := range ws {
			for end := i + 1; end <= len(ws); end++ { // callers cut the words at a phrase's end
				gi, gn := a.Match(ws[:end], i)
				wi, wn := a.scanMatch(ws[:end], i)
				if gi != wi || gn != wn {
					t.Fatalf("Match(%q, %d) = %d, %d; the full scan gives %d, %d", ws[:end], i, gi, gn, wi, wn)
				}
				if a.heads[ws[i]] != nil {
					indexed++
				}
				if wi >= 0 {
					found++
				}
			}
		}
	}
	if indexed < 10000 || found < 10000 {
		t.Errorf("compared %d indexed and %d matching calls: too few", indexed, found)
	}
}

// scanMatch is Agents.Match without the second-word index.
func (a *Agents) scanMatch(words []string, i, limit int) (int, int) {
	if i >= len(words) {
		return -1, 0
	}
	return a.match(a.index[words[i]], nil, words, i, limit)
}

// TestAgentHeads: Agents.Match with the second-word index finds what the
// full scan finds, as TestMatchHeads checks for actors.
func TestAgentHeads(t *testing.T) {
	set, _ := Default()
	a := set.Agents
	if a.heads["MINISTER"] == nil {
		t.Fatalf("no second-word index for MINISTER (%d indexed first words)", len(a.heads))
	}
	texts := newsWords(t)
	rng := rand.New(rand.NewSource(2))
	for w, ids := range a.index {
		if a.heads[w] == nil {
			continue
		}
		for _, idx := range ids {
			ws := append([]string(nil), a.Entries[idx].Words...)
			texts = append(texts, ws, ws[:len(ws)-1])
			texts = append(texts, append(append(append([]string(nil), ws[:1]...), "OF", "THE"), ws[1:]...))
			sh := append([]string(nil), ws...)
			rng.Shuffle(len(sh), func(i, j int) { sh[i], sh[j] = sh[j], sh[i] })
			texts = append(texts, append(append([]string{}, ws[0]), sh...))
		}
	}
	indexed, found := 0, 0
	for _, ws := range texts {
		for i := range ws {
			for end := i + 1; end <= len(ws); end++ {
				for _, limit := range []int{0, 3} {
					gi, gn := a.Match(ws[:end], i, limit)
					wi, wn := a.scanMatch(ws[:end], i, limit)
					if gi != wi || gn != wn {
						t.Fatalf("Match(%q, %d, %d) = %d, %d; the full scan gives %d, %d", ws[:end], i, limit, gi, gn, wi, wn)
					}
					if a.heads[ws[i]] != nil {
						indexed++
					}
					if wi >= 0 {
						found++
					}
				}
			}
		}
	}
	if indexed < 10000 || found < 10000 {
		t.Errorf("compared %d indexed and %d matching calls: too few", indexed, found)
	}
}

// newsWords returns the news corpus's lines as upper-case words.
func newsWords(t *testing.T) [][]string {
	t.Helper()
	data, err := os.ReadFile("../chunk/testdata/news/cameo.txt")
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for _, l := range strings.Split(string(data), "\n") {
		out = append(out, strings.Fields(strings.ToUpper(l)))
	}
	return out
}

// findScan is Issues.Find without the second-word index.
func (s *Issues) findScan(words []string) []string {
	var out []string
	for i, w := range words {
		for _, idx := range s.index[w] {
			e := &s.Entries[idx]
			if !matchPhrase(words[i:], e.Text) {
				continue
			}
			if e.Ignore {
				return nil
			}
			if !slices.Contains(out, e.Code) {
				out = append(out, e.Code)
			}
		}
	}
	return out
}

// TestIssueHeads: Issues.Find with the second-word index finds the codes,
// in the order, that the full scan finds.
func TestIssueHeads(t *testing.T) {
	set, _ := Default()
	s := set.Issues
	if s.heads["UNITED"] == nil {
		t.Fatalf("no second-word index for UNITED (%d indexed first words)", len(s.heads))
	}
	texts := newsWords(t)
	for w, ids := range s.index {
		if s.heads[w] == nil {
			continue
		}
		for _, idx := range ids {
			ws := strings.Split(s.Entries[idx].Text, " ")
			texts = append(texts, ws, ws[:len(ws)-1], append(append([]string{"THE"}, ws...), "AND", "UNITED", "NATIONS"))
		}
	}
	found := 0
	for _, ws := range texts {
		got, want := s.Find(ws), s.findScan(ws)
		if !slices.Equal(got, want) {
			t.Fatalf("Find(%q) = %q; the full scan gives %q", ws, got, want)
		}
		if len(want) > 0 {
			found++
		}
	}
	if found < 500 {
		t.Errorf("only %d texts with issues compared", found)
	}
}

// TestIssueHeadsSmall: the same on a made-up issue file whose first word
// starts more phrases than manyPhrases, among them a one-word phrase and an
// ignore phrase, so every kind of entry goes through the index.
func TestIssueHeadsSmall(t *testing.T) {
	var b strings.Builder
	b.WriteString("NUCLEAR [NUC]\n~NUCLEAR FAMILY\n")
	for i := range manyPhrases + 4 {
		fmt.Fprintf(&b, "NUCLEAR W%d [C%d]\nNUCLEAR W%d X [D%d]\n", i, i%3, i, i)
	}
	set, err := Build([]Source{{Kind: KindIssues, Name: "i.txt", Data: []byte(b.String())}})
	if err != nil {
		t.Fatal(err)
	}
	s := set.Issues
	if s.heads["NUCLEAR"] == nil {
		t.Fatal("NUCLEAR not indexed by its second word")
	}
	for _, text := range []string{"NUCLEAR", "THE NUCLEAR W3 X TALKS", "NUCLEAR W1 AND NUCLEAR W2 X", "A NUCLEAR FAMILY", "NUCLEAR W5", "NUCLEAR", "W3 NUCLEAR"} {
		ws := strings.Fields(text)
		got, want := s.Find(ws), s.findScan(ws)
		if !slices.Equal(got, want) {
			t.Errorf("Find(%q) = %q; the full scan gives %q", text, got, want)
		}
	}
	if got := s.Find([]string{"NUCLEAR"}); !slices.Equal(got, []string{"NUC"}) {
		t.Errorf("Find(NUCLEAR) = %q, want [NUC]", got)
	}
}

// matchPhrase reports whether the blank-separated phrase t starts at
// words[0]: the scan of the text Find did before the phrases were split at
// load, kept as the reference for TestIssueHeads.
func matchPhrase(words []string, t string) bool {
	for j := 0; ; j++ {
		sp := strings.IndexByte(t, ' ')
		w := t
		if sp >= 0 {
			w = t[:sp]
		}
		if j >= len(words) || words[j] != w {
			return false
		}
		if sp < 0 {
			return true
		}
		t = t[sp+1:]
	}
}
