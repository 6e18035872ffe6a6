package coder

import (
	"testing"
	"time"

	"github.com/dyadproject/dyad/dict"
)

// TestPhraseMemo checks that the memoised actor and agent phrase lookups
// give what the dictionaries give, for every word of the news corpus and
// every prefix of the sentence's words that holds it, asked in an order
// that fills the memo from the whole sentence first and from the shortest
// prefix first.
func TestPhraseMemo(t *testing.T) {
	set, _ := dict.Default()
	c := New(set, DefaultOptions())
	date := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC)
	found := 0
	for _, tr := range newsTrees(t) {
		for _, longFirst := range []bool{true, false} {
			s := new(sent)
			s.reset(c, tr, date)
			n := len(s.words)
			for k := 1; k <= n; k++ {
				end := k
				if longFirst {
					end = n + 1 - k
				}
				ws := s.words[:end]
				for i := 0; i < end; i++ {
					wi, wn := c.d.Actors.Match(ws, i)
					if gi, gn := s.actorPhrase(ws, i); gi != wi || gn != wn {
						t.Fatalf("%v: actor at %d of %d: got %d,%d want %d,%d", s.words, i, end, gi, gn, wi, wn)
					}
					wi, we := c.d.Agents.Match(ws, i, 3)
					if gi, ge := s.agentPhrase(ws, i); gi != wi || ge != we {
						t.Fatalf("%v: agent at %d of %d: got %d,%d want %d,%d", s.words, i, end, gi, ge, wi, we)
					}
					if wi >= 0 {
						found++
					}
				}
			}
		}
	}
	if found == 0 {
		t.Error("no agent phrases found in the news corpus")
	}
}
