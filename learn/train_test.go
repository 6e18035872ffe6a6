package learn

import (
	"math"
	"testing"
)

// TestSubcodeContrast trains on events of one code found by two patterns:
// every event of the first took a sub-code (1411) and carried a word the
// others lack; the second pattern's events kept their code. Training
// scores the second pattern's events against the sub-code too, so the
// learner ties the sub-code to the word, not to what all the events
// share. A code of another family (0231) stays the first pattern's own
// and is not contrasted with the other pattern's events.
func TestSubcodeContrast(t *testing.T) {
	var exs []Example
	add := func(n int, code, key, label string, feats ...string) {
		for range n {
			exs = append(exs, Example{Features: feats, Label: label, Code: code, Key: code + " " + key, Weight: 1})
		}
	}
	add(3, "141", "a.txt: MARCH [140]", "1411", "verb=marched", "bias", "after=demanding")
	add(6, "141", "a.txt: - * OUTSIDE + [141]", Keep, "verb=marched", "bias")
	add(3, "010", "a.txt: SAY [010]", "0231", "verb=said", "bias")
	add(6, "010", "a.txt: TELL [010]", Keep, "verb=said", "bias")
	m := Train(exs, Options{Lambda: 0.1, Epochs: 30, Rate: 0.2, DropAt: 1, RelabelAt: 0.9, MinSupport: 1})
	p := func(code string, feats ...string) float64 {
		cands := []int{m.keep, m.drop, m.classIndex(code)}
		scores := make([]float64, len(m.Classes))
		for _, f := range feats {
			for c, w := range m.Weights[f] {
				scores[c] += w
			}
		}
		probs(scores, cands)
		return scores[m.classIndex(code)]
	}
	if got := p("1411", "verb=marched", "bias"); got > 0.5 {
		t.Errorf("a march with no stated demand: P(1411) = %.3f, want below 0.5", got)
	}
	if got := p("1411", "verb=marched", "bias", "after=demanding"); got < 0.5 {
		t.Errorf("a march with its demand: P(1411) = %.3f, want above 0.5", got)
	}
	if got := p("0231", "verb=said", "bias"); got < 0.5 || math.IsNaN(got) {
		t.Errorf("another family's code: P(0231) = %.3f, want above 0.5 (not contrasted)", got)
	}
}

// classIndex returns the index of class c, or -1.
func (m *Model) classIndex(c string) int {
	for i, x := range m.Classes {
		if x == c {
			return i
		}
	}
	return -1
}

// TestNeverDropTrainsWithoutDrops trains on a pattern's events, two
// relabelled and four that nothing in the gold is close to (Drop). A model
// that never drops leaves the four out: what only they carry gets no
// weight, and the relabel keeps the probability they took as Drop.
func TestNeverDropTrainsWithoutDrops(t *testing.T) {
	var exs []Example
	for range 2 {
		exs = append(exs, Example{Features: []string{"after=imf", "verb=said"}, Label: "0231", Code: "010", Key: "010 a.txt: SAY [010]", Weight: 1})
	}
	for range 4 {
		exs = append(exs, Example{Features: []string{"verb=said", "after=court"}, Label: Drop, Code: "010", Key: "010 a.txt: SAY [010]", Weight: 1})
	}
	p := func(m *Model) float64 {
		scores := make([]float64, len(m.Classes))
		for _, f := range []string{"after=imf", "verb=said"} {
			for c, w := range m.Weights[f] {
				scores[c] += w
			}
		}
		c := m.classIndex("0231")
		probs(scores, []int{m.keep, m.drop, c})
		return scores[c]
	}
	o := Options{Lambda: 0.1, Epochs: 30, Rate: 0.2, DropAt: 1, RelabelAt: 0.9, MinSupport: 1}
	never := Train(exs, o)
	o.DropAt = 0.8
	drops := Train(exs, o)
	if never.Weights["after=court"] != nil {
		t.Errorf("a model that never drops learned from the Drop events: after=court %v", never.Weights["after=court"])
	}
	if drops.Weights["after=court"] == nil {
		t.Errorf("a model that drops ignored the Drop events")
	}
	if pn, pd := p(never), p(drops); pn <= pd {
		t.Errorf("P(0231) never dropping %.3f, dropping %.3f: want the first higher", pn, pd)
	}
}
