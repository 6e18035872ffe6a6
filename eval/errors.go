package eval

import "slices"

// Error classes of Errors. A paired class joins one expected event that was
// not coded exactly with the predicted event closest to it in the same
// sentence, so it is one false negative and one false positive at once; the
// unpaired classes are one or the other alone.
const (
	ErrCode      = "code"      // actors right, family right, another code of the family
	ErrFamily    = "family"    // actors right, another family
	ErrRole      = "role"      // family and countries right, an actor's role or sector differs
	ErrDirection = "direction" // family right, source and target (countries) swapped
	ErrActor     = "actor"     // family right, one side's country right, the other wrong
	ErrMissed    = "missed"    // expected, nothing close predicted, in a sentence with predictions
	ErrSilent    = "silent"    // expected, in a sentence where nothing was predicted
	ErrExtra     = "extra"     // predicted, nothing close expected, in a sentence with events
	ErrNoEvent   = "no-event"  // predicted in a sentence expected to hold no event
)

// ErrorClasses lists the classes in the order Errors reports them.
var ErrorClasses = []string{ErrCode, ErrFamily, ErrRole, ErrDirection, ErrActor, ErrMissed, ErrSilent, ErrExtra, ErrNoEvent}

// ErrorCount is how many errors of a class the cases hold: FN expected
// events and FP predicted ones (a paired class counts one of each).
type ErrorCount struct {
	Class string `json:"class"`
	FN    int    `json:"fn"`
	FP    int    `json:"fp"`
}

// pairings are the paired classes, closest first: an expected event is
// paired with a predicted one by the first test both pass.
var pairings = []struct {
	class string
	close func(g, p Triple) bool
}{
	{ErrCode, func(g, p Triple) bool {
		return g.Source == p.Source && g.Target == p.Target && root(g.Code) == root(p.Code)
	}},
	{ErrFamily, func(g, p Triple) bool { return g.Source == p.Source && g.Target == p.Target }},
	{ErrRole, func(g, p Triple) bool { return CountryTriple(g) == CountryTriple(p) }},
	{ErrDirection, func(g, p Triple) bool {
		g, p = CountryTriple(g), CountryTriple(p)
		return g.Code == p.Code && g.Source == p.Target && g.Target == p.Source
	}},
	{ErrActor, func(g, p Triple) bool {
		g, p = CountryTriple(g), CountryTriple(p)
		return g.Code == p.Code && (g.Source == p.Source || g.Target == p.Target)
	}},
}

// Errors sorts the exact-level errors of cases into classes, so that a set's
// misses can be read by kind without reading its sentences (the held halves
// of the news sets). Triples are compared as sets per case, as Evaluate
// does, so the FN and FP columns sum to its totals. Within a case, expected
// and predicted events left after the exact matches are paired closest
// class first, in the order the case lists them.
func Errors(cases []Case) []ErrorCount {
	counts := make([]ErrorCount, len(ErrorClasses))
	for i, c := range ErrorClasses {
		counts[i].Class = c
	}
	for _, c := range cases {
		classify(c, func(class string, gold, pred *Triple) {
			i := slices.Index(ErrorClasses, class)
			if gold != nil {
				counts[i].FN++
			}
			if pred != nil {
				counts[i].FP++
			}
		})
	}
	return counts
}

// classify sorts the exact-level errors of one case, calling visit once for
// each: a paired class with both triples, an unpaired class with the one it
// concerns (the other is nil). It is the one matcher behind Errors and
// ByPattern.
func classify(c Case, visit func(class string, gold, pred *Triple)) {
	gold, pred := unmatched(c.Gold, c.Predicted), unmatched(c.Predicted, c.Gold)
	for _, p := range pairings {
		for gi := 0; gi < len(gold); gi++ {
			pi := slices.IndexFunc(pred, func(t Triple) bool { return p.close(gold[gi], t) })
			if pi < 0 {
				continue
			}
			g, q := gold[gi], pred[pi]
			visit(p.class, &g, &q)
			gold = slices.Delete(gold, gi, gi+1)
			pred = slices.Delete(pred, pi, pi+1)
			gi--
		}
	}
	missed := ErrMissed
	if len(set(c.Predicted)) == 0 {
		missed = ErrSilent
	}
	for i := range gold {
		visit(missed, &gold[i], nil)
	}
	extra := ErrExtra
	if len(set(c.Gold)) == 0 {
		extra = ErrNoEvent
	}
	for i := range pred {
		visit(extra, nil, &pred[i])
	}
}

// unmatched returns the distinct triples of a that are not in b, in a's order.
func unmatched(a, b []Triple) []Triple {
	in, seen := set(b), map[Triple]bool{}
	var out []Triple
	for _, t := range a {
		if !in[t] && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}
