package learn

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Labels of the model besides a CAMEO code: keep the event as coded, or
// drop it.
const (
	Keep = "KEEP"
	Drop = "DROP"
)

// Model is the trained component as the model file holds it: the classes
// (Keep, Drop and the CAMEO codes an event may be given), for each code
// and pattern (CandidateKey) the codes such an event may take, the
// weights of each feature for each class, and the two thresholds
// cross-validation chose.
type Model struct {
	// Classes names the classes; weights refer to them by index.
	Classes []string
	// Candidates lists, per CandidateKey (code and pattern), the indexes
	// of the codes such an event may be given (codes gold gave at least
	// MinSupport such events in training).
	Candidates map[string][]int
	// Weights holds, per feature, class index → weight (zeros left out).
	Weights map[string]map[int]float64
	// DropAt: an event is dropped when the model gives Drop a probability
	// above DropAt (1 or more: never).
	DropAt float64
	// RelabelAt: an event takes another code when the model gives that
	// code a probability above RelabelAt and above Keep's (1 or more:
	// never).
	RelabelAt float64
	// Lambda and Epochs are the training settings that made the weights.
	Lambda     float64
	Epochs     int
	MinSupport int
	// NoRefine: the likeliest other code (Decision.Best) is never a
	// sub-code of the event's own code (Refines), so the model never
	// refines a code, only corrects it. What decides a sub-code — a
	// demand stated, force threatened rather than sanctions, what an
	// accusation charges — lies in words the features rarely see (past a
	// comma, beyond the six words after the verb), and cross-validated
	// such relabels were right as often as wrong while corrections to
	// another family were right five times in six (docs/notes/learn.md,
	// round thirty-two). Training is unchanged: the sub-codes still
	// contrast (subcodeContrast) and take their share of probability.
	NoRefine bool

	keep, drop int
	hashed     map[uint64][]classWeight
	cands      map[uint64][]int
}

type classWeight struct {
	class  int
	weight float64
}

// Decision is what the model does with one event.
type Decision struct {
	Drop bool
	Code string // another code for the event; "" keeps its own
	// PDrop and PKeep are the model's probabilities of Drop and Keep;
	// Best is the likeliest other code, PBest its probability, whether or
	// not it passed the relabelAt.
	PDrop, PKeep, PBest float64
	Best                string
}

// prepare checks the model and builds the hashed index scoring uses.
func (m *Model) prepare() error {
	m.keep, m.drop = slices.Index(m.Classes, Keep), slices.Index(m.Classes, Drop)
	if m.keep < 0 || m.drop < 0 {
		return fmt.Errorf("learn: model: classes lack %s or %s", Keep, Drop)
	}
	m.cands = make(map[uint64][]int, len(m.Candidates))
	for key, cs := range m.Candidates {
		for _, c := range cs {
			if c < 0 || c >= len(m.Classes) {
				return fmt.Errorf("learn: model: candidate %d of %s out of range", c, key)
			}
		}
		// Scoring hashes keys lower-cased: keys that differ only in
		// case share their candidates, whatever order the map gives.
		h := hashString(key)
		m.cands[h] = append(m.cands[h], cs...)
	}
	for h, cs := range m.cands {
		slices.Sort(cs)
		m.cands[h] = slices.Compact(cs)
	}
	m.hashed = make(map[uint64][]classWeight, len(m.Weights))
	for name, ws := range m.Weights {
		h := hashString(name)
		cws := make([]classWeight, 0, len(ws))
		for c, w := range ws {
			if c < 0 || c >= len(m.Classes) {
				return fmt.Errorf("learn: model: feature %q: class %d out of range", name, c)
			}
			cws = append(cws, classWeight{c, w})
		}
		slices.SortFunc(cws, func(a, b classWeight) int { return a.class - b.class })
		m.hashed[h] = append(m.hashed[h], cws...)
	}
	return nil
}

// scorer holds one event's buffers; the caller reuses it across events.
type scorer struct {
	f      featureSet
	scores []float64
	cands  []int
}

// decide scores event k of s. Unless full, an event that can only be
// kept (no other code to take, dropping off) is kept unscored.
func (m *Model) decide(sc *scorer, s *Sentence, k int, full bool) Decision {
	e := &s.Events[k]
	sc.cands = append(sc.cands[:0], m.keep, m.drop)
	own := string(e.Code)
	for _, c := range m.cands[candidateHash(e)] {
		if m.Classes[c] != own {
			sc.cands = append(sc.cands, c)
		}
	}
	if !full && len(sc.cands) == 2 && m.DropAt >= 1 {
		// No other code to take and dropping off: keep, unscored.
		return Decision{PKeep: 1}
	}
	sc.f.hashed = true
	sc.f.hashes = sc.f.hashes[:0]
	features(&sc.f, s, k)
	return m.score(sc, own)
}

// score scores the features in sc.f against the candidate classes in
// sc.cands (Keep and Drop first) and decides, for an event or side whose
// own class is own.
func (m *Model) score(sc *scorer, own string) Decision {
	if len(sc.scores) < len(m.Classes) {
		sc.scores = make([]float64, len(m.Classes))
	}
	// Every class's score is summed (a feature's weights name any
	// class); only the candidates' are read.
	clear(sc.scores)
	for _, h := range sc.f.hashes {
		for _, cw := range m.hashed[h] {
			sc.scores[cw.class] += cw.weight
		}
	}
	probs(sc.scores, sc.cands)
	d := Decision{PDrop: sc.scores[m.drop], PKeep: sc.scores[m.keep]}
	best := -1
	for _, c := range sc.cands[2:] {
		if m.NoRefine && Refines(m.Classes[c], own) {
			continue
		}
		if best < 0 || sc.scores[c] > sc.scores[best] {
			best = c
		}
	}
	if best >= 0 {
		d.Best, d.PBest = m.Classes[best], sc.scores[best]
	}
	return m.Threshold(d)
}

// Refines reports whether code is a sub-code of own: longer and under it
// (141 → 1412, 112 → 1123), or under the root of a family's general code
// (130 → 138, 190 → 195, 010 → 013).
func Refines(code, own string) bool {
	if code == own || len(code) < len(own) {
		return false
	}
	if strings.HasPrefix(code, own) {
		return true
	}
	return len(own) == 3 && own[2] == '0' && strings.HasPrefix(code, own[:2])
}

// Threshold sets d.Drop and d.Code from its probabilities and the model's
// thresholds.
func (m *Model) Threshold(d Decision) Decision {
	d.Drop, d.Code = d.PDrop > m.DropAt, ""
	if !d.Drop && d.Best != "" && d.PBest > m.RelabelAt && d.PBest > d.PKeep {
		d.Code = d.Best
	}
	return d
}

// probs turns the scores of the candidate classes into probabilities
// (softmax), in place.
func probs(scores []float64, cands []int) {
	max := math.Inf(-1)
	for _, c := range cands {
		max = math.Max(max, scores[c])
	}
	sum := 0.0
	for _, c := range cands {
		scores[c] = math.Exp(scores[c] - max)
		sum += scores[c]
	}
	for _, c := range cands {
		scores[c] /= sum
	}
}
