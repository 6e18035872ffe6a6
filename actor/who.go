package actor

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// Match is one term a name matched, with whether it was in force on the date
// asked about and why.
type Match struct {
	Term    *Term  `json:"term"`
	Matched string `json:"matched"` // the name or alias that matched, as written in the table
	Active  bool   `json:"active"`  // the term covers the date
	Why     string `json:"why"`     // one line for people
}

// Who explains how name resolves on date: every term whose name or alias
// matches, those in force first (latest start first), then the others by
// distance from the date. Resolve picks the code the coder uses.
func (h *Holders) Who(name string, date time.Time) []Match {
	return h.matches(name, date, true)
}

// matches is Who; the explanations are written only when why is set.
func (h *Holders) matches(name string, date time.Time, why bool) []Match {
	key := Normalize(name)
	if len(h.index[key]) == 0 {
		return nil
	}
	var out []Match
	for _, i := range h.index[key] {
		t := &h.Terms[i]
		m := Match{Term: t, Matched: t.Name, Active: t.Holds(date)}
		if Normalize(t.Name) != key {
			for _, a := range t.Aliases {
				if Normalize(a) == key {
					m.Matched = a
					break
				}
			}
		}
		if why {
			m.Why = explain(&m, date)
		}
		out = append(out, m)
	}
	d := day(date)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Active != b.Active {
			return a.Active
		}
		if a.Active {
			return a.Term.Start.After(b.Term.Start)
		}
		return distance(a.Term, d) < distance(b.Term, d)
	})
	return out
}

func distance(t *Term, d time.Time) time.Duration {
	if d.Before(t.Start) {
		return t.Start.Sub(d)
	}
	return d.Sub(t.End)
}

func explain(m *Match, date time.Time) string {
	t := m.Term
	var b strings.Builder
	if m.Matched != t.Name {
		fmt.Fprintf(&b, "%q is an alias of %s; ", m.Matched, t.Name)
	}
	end := t.EndText
	if end == "" {
		end = "open"
	}
	fmt.Fprintf(&b, "%s (%s) %s to %s → %s", t.Office, t.Country, t.StartText, end, t.Code)
	d := date.Format(dyad.DateLayout)
	switch {
	case m.Active:
		fmt.Fprintf(&b, "; in force on %s", d)
	case day(date).Before(t.Start):
		fmt.Fprintf(&b, "; not yet in office on %s", d)
	default:
		fmt.Fprintf(&b, "; left office before %s", d)
	}
	fmt.Fprintf(&b, " [confidence %s; %s:%d]", t.Confidence, t.File, t.Line)
	return b.String()
}

// Resolve returns the code name has on date and the term that gave it. When
// several terms are in force (one person in two offices, as Hemedti in 2023),
// the most recently started wins. After a person's last term in a state
// office, the code is <ISO>ELI (a former official) from the day after it
// ended. ok is false before the first term, between terms and for aliases
// that name two people at once: the coder then falls back to the other
// dictionaries or to titles.
func (h *Holders) Resolve(name string, date time.Time) (dyad.Actor, bool) {
	ms := h.matches(name, date, false)
	if len(ms) == 0 {
		return dyad.Actor{}, false
	}
	if !ms[0].Active {
		return h.former(name, ms, date)
	}
	// Two different people sharing an alias on one date: refuse rather than
	// guess, except on a handover day, where the successor (ms[0]) wins.
	for _, m := range ms[1:] {
		if m.Active && m.Term.Name != ms[0].Term.Name && !handover(m.Term, ms[0].Term) {
			return dyad.Actor{}, false
		}
	}
	t := ms[0].Term
	return dyad.Actor{
		Code:  t.Code,
		Text:  name,
		Entry: fmt.Sprintf("%s:%d: %s (%s)", t.File, t.Line, t.Name, t.Office),
		Dict:  "dyad.officeholders",
		Since: t.StartText,
		Until: t.EndText,
	}, true
}

// former gives the <ISO>ELI code of a person whose last term ended before
// date (see formerCode), when every match names that one person.
func (h *Holders) former(name string, ms []Match, date time.Time) (dyad.Actor, bool) {
	person := ms[0].Term.Name
	for _, m := range ms[1:] {
		if m.Term.Name != person {
			return dyad.Actor{}, false
		}
	}
	code, from, last, ok := formerCode(h.termsOf(person))
	if !ok || day(date).Before(from) {
		return dyad.Actor{}, false
	}
	return dyad.Actor{
		Code:  code,
		Text:  name,
		Entry: fmt.Sprintf("%s:%d: %s (former %s)", last.File, last.Line, person, last.Office),
		Dict:  "dyad.officeholders",
		Since: from.Format(dyad.DateLayout),
	}, true
}

// Who is Default().Who: how name resolves on date in the shipped table, and why.
func Who(name string, date time.Time) []Match { return Default().Who(name, date) }

// Resolve is Default().Resolve: the code name has on date in the shipped table.
func Resolve(name string, date time.Time) (dyad.Actor, bool) { return Default().Resolve(name, date) }
