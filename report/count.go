package report

import (
	"context"
	"strings"
	"time"

	"github.com/dyadproject/dyad"
)

// CountRow is the answer for one (source, target) pair: how many events
// match, and the first of them, newest first.
type CountRow struct {
	Dyad     Dyad               `json:"dyad"`
	Events   int                `json:"events"`
	Mentions int                `json:"mentions"`
	First    time.Time          `json:"first"` // earliest and latest event date
	Last     time.Time          `json:"last"`
	List     []dyad.StoredEvent `json:"list"` // up to the list size asked for
}

// SplitCodes reads a comma-separated list of actor code prefixes
// ("IRN,SAU, are"), upper-cased; "" gives one empty prefix (any actor).
func SplitCodes(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.ToUpper(strings.TrimSpace(p)); p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return []string{""}
	}
	return out
}

// Count counts the events matching f for every pair of a source in sources
// and a target in targets (actor code prefixes; "" is any actor), in that
// order, listing up to list events of each. Every event is read, so the
// counts are exact: they are the number of lines "dyad query" lists.
func Count(ctx context.Context, s dyad.EventStore, f dyad.EventFilter, sources, targets []string, list int) ([]CountRow, error) {
	var out []CountRow
	for _, src := range sources {
		for _, tgt := range targets {
			row := CountRow{Dyad: Dyad{src, tgt}}
			q := f
			q.Source, q.Target, q.Limit, q.Cursor = src, tgt, dyad.MaxLimit, ""
			for {
				evs, next, err := s.Events(ctx, q)
				if err != nil {
					return nil, err
				}
				for _, e := range evs {
					row.Events++
					row.Mentions += e.NumMentions
					if !e.Date.IsZero() {
						if row.First.IsZero() || e.Date.Before(row.First) {
							row.First = e.Date
						}
						if e.Date.After(row.Last) {
							row.Last = e.Date
						}
					}
					if len(row.List) < list {
						row.List = append(row.List, e)
					}
				}
				if next == "" {
					break
				}
				q.Cursor = next
			}
			out = append(out, row)
		}
	}
	return out, nil
}
