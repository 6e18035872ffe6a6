// Package eval scores coded events against validation records: per category
// and in total, exact records, true and false positives, precision, recall, F1.
package eval

import (
	"sort"
)

// Triple is an event as the records state it.
type Triple struct {
	Source string `json:"source"`
	Target string `json:"target"`
	Code   string `json:"code"`
}

// Case is one record: what was expected and what was predicted.
type Case struct {
	ID        string   `json:"id"`
	Category  string   `json:"category"`
	Gold      []Triple `json:"gold"`                 // empty for noevents and error records
	WantError string   `json:"want_error,omitempty"` // expected error ("dateline", ...)
	Predicted []Triple `json:"predicted"`
	// Patterns, when set, holds the pattern that coded each predicted
	// triple (the same length as Predicted; see ByPattern).
	Patterns []string `json:"patterns,omitempty"`
	Error    string   `json:"error,omitempty"` // why the coder produced nothing, if it said
}

// Exact reports whether the predicted set equals the expected set.
func (c *Case) Exact() bool {
	g, p := set(c.Gold), set(c.Predicted)
	if len(g) != len(p) {
		return false
	}
	for t := range g {
		if !p[t] {
			return false
		}
	}
	return true
}

func set(ts []Triple) map[Triple]bool {
	m := make(map[Triple]bool, len(ts))
	for _, t := range ts {
		m[t] = true
	}
	return m
}

// Score is the tally of a group of cases.
type Score struct {
	Category  string  `json:"category"`
	Records   int     `json:"records"`
	Exact     int     `json:"exact"`
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	TP        int     `json:"tp"`
	FN        int     `json:"fn"`
	FP        int     `json:"fp"`
	ExactPct  float64 `json:"exact_pct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (s *Score) add(c *Case) {
	g, p := set(c.Gold), set(c.Predicted)
	s.Records++
	if c.Exact() {
		s.Exact++
	}
	s.Gold += len(g)
	s.Predicted += len(p)
	for t := range p {
		if g[t] {
			s.TP++
		} else {
			s.FP++
		}
	}
	for t := range g {
		if !p[t] {
			s.FN++
		}
	}
}

func (s *Score) finish() {
	if s.Records > 0 {
		s.ExactPct = 100 * float64(s.Exact) / float64(s.Records)
	}
	if s.Predicted > 0 {
		s.Precision = float64(s.TP) / float64(s.Predicted)
	} else if s.Gold == 0 {
		s.Precision = 1
	}
	if s.Gold > 0 {
		s.Recall = float64(s.TP) / float64(s.Gold)
	} else if s.Predicted == 0 {
		s.Recall = 1
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// Report is the result of scoring a set of cases.
type Report struct {
	Categories []Score `json:"categories"` // sorted by name
	Total      Score   `json:"total"`
	Failures   []Case  `json:"failures,omitempty"` // cases that were not exact
}

// Evaluate scores the cases.
func Evaluate(cases []Case) *Report {
	r := &Report{Total: Score{Category: "TOTAL"}}
	by := map[string]*Score{}
	for i := range cases {
		c := &cases[i]
		s := by[c.Category]
		if s == nil {
			s = &Score{Category: c.Category}
			by[c.Category] = s
		}
		s.add(c)
		r.Total.add(c)
		if !c.Exact() {
			r.Failures = append(r.Failures, *c)
		}
	}
	for _, s := range by {
		s.finish()
		r.Categories = append(r.Categories, *s)
	}
	sort.Slice(r.Categories, func(i, j int) bool { return r.Categories[i].Category < r.Categories[j].Category })
	r.Total.finish()
	return r
}
