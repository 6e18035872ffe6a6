package learn

import (
	"math"
	"slices"
	"strings"
)

// Example is one event for training: its features and its label (Keep,
// Drop or the code gold gives it), with the code the coder gave it.
type Example struct {
	Features []string
	Label    string
	Code     string
	Key      string // CandidateKey of the event
	// Weight scales the example's step: the events of an annotated
	// example (one set row's text, which dyad may split into several
	// sentences) that gave many weigh less each, so one long list of signatories does
	// not outweigh many sentences.
	Weight float64
}

// Options are the training settings.
type Options struct {
	Lambda    float64 // L2 penalty per example and step
	Epochs    int     // passes over the examples, in their order
	Rate      float64 // first learning rate; pass t uses Rate/(1+t/4)
	DropAt    float64 // copied into the model
	RelabelAt float64 // copied into the model
	// MinSupport: a code is a candidate for events of code X coded by
	// pattern P when gold gave it to at least MinSupport training events
	// of X and P.
	MinSupport int
	// NoRefine: the model never relabels an event to a sub-code of its
	// own code (Refines); copied into the model.
	NoRefine bool
}

// DefaultOptions are the settings "dyad train" starts from (thresholds 1:
// never drop, never relabel); cross-validation then chooses min_support,
// lambda and relabel_at by devset.Choose (drop_at stays 1: the rule takes
// no dropping cell). The embedded model's own settings are
// those its file names (docs/notes/learn.md).
var DefaultOptions = Options{Lambda: 1e-3, Epochs: 30, Rate: 0.2, DropAt: 1, RelabelAt: 1, MinSupport: 1}

// Train fits the model to exs by stochastic gradient descent on the
// softmax loss over each example's candidate classes (Keep, Drop, the
// codes gold gave enough events of the same code and pattern, and the
// sub-codes of its code that any pattern may take: subcodeContrast), in the
// examples' order, with no randomness: the same examples and options give
// the same model, byte for byte. A model that never drops (o.DropAt 1 or
// more) is trained without the examples labelled Drop.
func Train(exs []Example, o Options) *Model {
	m := &Model{Classes: []string{Keep, Drop}, Candidates: map[string][]int{}, DropAt: o.DropAt, RelabelAt: o.RelabelAt,
		Lambda: o.Lambda, Epochs: o.Epochs, MinSupport: o.MinSupport, NoRefine: o.NoRefine}
	m.keep, m.drop = 0, 1
	// The codes an event of code X coded by pattern P may take: those
	// gold gave at least MinSupport training events of X and P.
	support := map[[2]string]int{}
	for _, ex := range exs {
		if ex.Label != Keep && ex.Label != Drop {
			support[[2]string{ex.Key, ex.Label}]++
		}
	}
	var codes []string
	for k, n := range support {
		if n >= max(1, o.MinSupport) && !slices.Contains(codes, k[1]) {
			codes = append(codes, k[1])
		}
	}
	slices.Sort(codes)
	m.Classes = append(m.Classes, codes...)
	for k, n := range support {
		if n >= max(1, o.MinSupport) {
			m.Candidates[k[0]] = append(m.Candidates[k[0]], slices.Index(m.Classes, k[1]))
		}
	}
	for _, cs := range m.Candidates {
		slices.Sort(cs)
	}
	contrast := subcodeContrast(m)
	// Features are numbered in order of first appearance.
	index := map[string]int{}
	var names []string
	feats := make([][]int, len(exs))
	for i, ex := range exs {
		for _, f := range ex.Features {
			j, ok := index[f]
			if !ok {
				j = len(names)
				index[f] = j
				names = append(names, f)
			}
			feats[i] = append(feats[i], j)
		}
	}
	nc := len(m.Classes)
	w := make([]float64, len(names)*nc)
	scores := make([]float64, nc)
	var cands []int
	for t := 0; t < o.Epochs; t++ {
		rate := o.Rate / (1 + float64(t)/4)
		for i, ex := range exs {
			if ex.Label == Drop && o.DropAt >= 1 {
				// A model that never drops leaves out the events nothing
				// in the gold is close to: kept or relabelled, such an
				// event is a false one either way, so it says nothing
				// between keeping and relabelling, and trained as Drop it
				// took probability from every relabel whose features it
				// shared (docs/notes/learn.md, round twenty-nine).
				continue
			}
			cands = m.candidates(cands[:0], ex.Key, ex.Code)
			for _, c := range contrast[ex.Code] {
				if !slices.Contains(cands, c) {
					cands = append(cands, c)
				}
			}
			for _, c := range cands {
				scores[c] = 0
				for _, f := range feats[i] {
					scores[c] += w[f*nc+c]
				}
			}
			probs(scores, cands)
			// A code the event may not take counts as keeping it.
			label := ex.Label
			if !slices.ContainsFunc(cands, func(c int) bool { return m.Classes[c] == label }) {
				label = Keep
			}
			for _, c := range cands {
				g := scores[c]
				if m.Classes[c] == label {
					g--
				}
				g *= ex.Weight
				for _, f := range feats[i] {
					k := f*nc + c
					// The explicit conversions keep the compiler
					// from fusing multiply and add (as it may on
					// arm64), so every machine trains the same bytes.
					reg := float64(o.Lambda * w[k])
					w[k] -= float64(rate * (g + reg))
				}
			}
		}
	}
	m.Weights = map[string]map[int]float64{}
	for f, name := range names {
		for c := 0; c < nc; c++ {
			x := math.Round(w[f*nc+c]*1e4) / 1e4
			if x == 0 {
				continue
			}
			if m.Weights[name] == nil {
				m.Weights[name] = map[int]float64{}
			}
			m.Weights[name][c] = x
		}
	}
	if err := m.prepare(); err != nil {
		panic(err) // Train built the classes itself
	}
	return m
}

// subcodeContrast returns, per code, the sub-codes of it (141 → 1411)
// that are a candidate under some pattern. Training scores every event of
// that code against them as well, whichever pattern found it, while
// deciding still offers only its own pattern's candidates. A sub-code
// rests on what the sentence states (the demand of a march, the charge of
// an accusation), not on the pattern: when every training event of one
// pattern took the sub-code, the events of the same code that other
// patterns found, kept as coded, are the only contrast the learner sees,
// and without it it refines every later event of that pattern, stated or
// not (docs/notes/learn.md, round twenty-nine). Codes of another family
// stay the pattern's own: they correct what the pattern misreads.
func subcodeContrast(m *Model) map[string][]int {
	out := map[string][]int{}
	for key, cs := range m.Candidates {
		code, _, _ := strings.Cut(key, " ")
		for _, c := range cs {
			if sub := m.Classes[c]; len(sub) > len(code) && strings.HasPrefix(sub, code) && !slices.Contains(out[code], c) {
				out[code] = append(out[code], c)
			}
		}
	}
	for _, cs := range out {
		slices.Sort(cs)
	}
	return out
}

// candidates appends the classes an event with candidate key key and
// code code may take.
func (m *Model) candidates(dst []int, key, code string) []int {
	dst = append(dst, m.keep, m.drop)
	for _, c := range m.Candidates[key] {
		if m.Classes[c] != code {
			dst = append(dst, c)
		}
	}
	return dst
}
