package eval

import (
	"cmp"
	"slices"
)

// NoPattern names the events of a case that carries no patterns
// (Case.Patterns empty), so that ByPattern still counts them.
const NoPattern = "(no pattern)"

// PatternCount is how the events one pattern coded fared against the
// expected ones, at the exact level: each coded triple is a true positive or
// falls in one of Errors' classes, so the columns sum to Events.
type PatternCount struct {
	Pattern   string `json:"pattern"`
	Events    int    `json:"events"`    // distinct triples coded, per sentence
	Sentences int    `json:"sentences"` // sentences it coded in
	TP        int    `json:"tp"`        // coded exactly as expected
	Code      int    `json:"code"`      // right actors and family, another code (ErrCode)
	Family    int    `json:"family"`    // right actors, another family (ErrFamily)
	Actors    int    `json:"actors"`    // right family, an actor wrong (ErrRole, ErrDirection, ErrActor)
	Extra     int    `json:"extra"`     // nothing close expected (ErrExtra, ErrNoEvent)
	// Confused lists the expected codes this pattern's code and family
	// errors were paired with, most frequent first.
	Confused []CodeCount `json:"confused,omitempty"`
}

// Errors is how many of the pattern's events were not exact.
func (p *PatternCount) Errors() int { return p.Events - p.TP }

// CodeCount is how often a CAMEO code occurs.
type CodeCount struct {
	Code  string `json:"code"`
	Count int    `json:"count"`
}

// ByPattern accounts for every predicted event by the pattern that coded it
// (Case.Patterns), using the same pairing as Errors: a dictionary row that
// codes the wrong code or family often shows at the top. Within a case a
// triple coded twice is counted once, for the first pattern that coded it,
// as Evaluate counts triples as a set. The result is sorted by errors, then
// events, then pattern.
func ByPattern(cases []Case) []PatternCount {
	by := map[string]*PatternCount{}
	confused := map[string]map[string]int{}
	get := func(pattern string) *PatternCount {
		p := by[pattern]
		if p == nil {
			p = &PatternCount{Pattern: pattern}
			by[pattern] = p
			confused[pattern] = map[string]int{}
		}
		return p
	}
	for _, c := range cases {
		first := map[Triple]string{}
		for i, t := range c.Predicted {
			if _, ok := first[t]; ok {
				continue
			}
			first[t] = NoPattern
			if i < len(c.Patterns) && c.Patterns[i] != "" {
				first[t] = c.Patterns[i]
			}
		}
		gold, in := set(c.Gold), map[string]bool{}
		for t, pattern := range first {
			p := get(pattern)
			if !in[pattern] {
				in[pattern] = true
				p.Sentences++
			}
			p.Events++
			if gold[t] {
				p.TP++
			}
		}
		classify(c, func(class string, g, t *Triple) {
			if t == nil {
				return
			}
			p := get(first[*t])
			switch class {
			case ErrCode:
				p.Code++
			case ErrFamily:
				p.Family++
			case ErrRole, ErrDirection, ErrActor:
				p.Actors++
			default:
				p.Extra++
			}
			if class == ErrCode || class == ErrFamily {
				confused[p.Pattern][g.Code]++
			}
		})
	}
	out := make([]PatternCount, 0, len(by))
	for _, p := range by {
		for code, n := range confused[p.Pattern] {
			p.Confused = append(p.Confused, CodeCount{Code: code, Count: n})
		}
		slices.SortFunc(p.Confused, func(a, b CodeCount) int {
			return cmp.Or(b.Count-a.Count, cmp.Compare(a.Code, b.Code))
		})
		out = append(out, *p)
	}
	slices.SortFunc(out, func(a, b PatternCount) int {
		return cmp.Or(b.Errors()-a.Errors(), b.Events-a.Events, cmp.Compare(a.Pattern, b.Pattern))
	})
	return out
}
