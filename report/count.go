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

// Summarizer is the optional method of a store that counts the events of
// a filter in one query (package sqlite and package postgres have it).
type Summarizer interface {
	Summarize(ctx context.Context, f dyad.EventFilter) (dyad.EventSummary, error)
}

// Count counts the events matching f for every pair of a source in sources
// and a target in targets (actor code prefixes; "" is any actor), in that
// order, listing up to list events of each, newest first. The counts are
// exact: they are the number of lines "dyad query" lists. A Summarizer
// store counts in one query and only the listed events are read; any other
// store has every matching event read.
func Count(ctx context.Context, s dyad.EventStore, f dyad.EventFilter, sources, targets []string, list int) ([]CountRow, error) {
	sz, _ := s.(Summarizer)
	var out []CountRow
	for _, src := range sources {
		for _, tgt := range targets {
			q := f
			q.Source, q.Target, q.Cursor = src, tgt, ""
			var row CountRow
			var err error
			if sz != nil {
				row, err = summarized(ctx, s, sz, q, list)
			} else {
				row, err = counted(ctx, s, q, list)
			}
			if err != nil {
				return nil, err
			}
			row.Dyad = Dyad{src, tgt}
			out = append(out, row)
		}
	}
	return out, nil
}

// summarized counts q's events in the store and reads the listed ones.
func summarized(ctx context.Context, s dyad.EventStore, sz Summarizer, q dyad.EventFilter, list int) (CountRow, error) {
	sum, err := sz.Summarize(ctx, q)
	if err != nil {
		return CountRow{}, err
	}
	row := CountRow{Events: sum.Events, Mentions: sum.Mentions, First: sum.First, Last: sum.Last}
	for list > 0 && len(row.List) < min(list, sum.Events) {
		q.Limit = min(list-len(row.List), dyad.MaxLimit)
		evs, next, err := s.Events(ctx, q)
		if err != nil {
			return CountRow{}, err
		}
		row.List = append(row.List, evs...)
		if next == "" {
			break
		}
		q.Cursor = next
	}
	return row, nil
}

// counted reads every event of q to count them.
func counted(ctx context.Context, s dyad.EventStore, q dyad.EventFilter, list int) (CountRow, error) {
	var row CountRow
	q.Limit = dyad.MaxLimit
	for {
		evs, next, err := s.Events(ctx, q)
		if err != nil {
			return CountRow{}, err
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
			return row, nil
		}
		q.Cursor = next
	}
}
