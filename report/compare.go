package report

import (
	"context"
	"time"

	"github.com/dyadproject/dyad"
)

// Compare counts the events of each dyad per interval, with q's filter
// narrowed to the dyad, and returns one series per dyad (Key is the dyad,
// "CHN-IRN") on the same periods: every period from the earliest to the
// latest event of any of them, a period without events counted as zero
// (with Goldstein 0). Points are in order of period, then of dyads as given.
func Compare(ctx context.Context, s dyad.EventStore, q dyad.TrendQuery, dyads []Dyad) ([]dyad.TrendPoint, error) {
	if q.Split != "" && q.Split != dyad.SplitNone {
		return nil, dyad.Errorf(dyad.EINVALID, "split %q: a comparison of dyads is split by dyad already", q.Split)
	}
	byDyad := make([]map[string]dyad.TrendPoint, len(dyads))
	var all []dyad.TrendPoint
	for i, d := range dyads {
		dq := q
		dq.Filter = d.Filter(q.Filter)
		pts, err := s.Trend(ctx, dq)
		if err != nil {
			return nil, err
		}
		byDyad[i] = map[string]dyad.TrendPoint{}
		for _, p := range pts {
			byDyad[i][day(p.Period)] = p
		}
		all = append(all, pts...)
	}
	var out []dyad.TrendPoint
	for _, p := range span(all, time.Time{}, time.Time{}, q.Interval) {
		for i, d := range dyads {
			pt := byDyad[i][day(p)]
			pt.Period, pt.Key = p, d.String()
			out = append(out, pt)
		}
	}
	return out, nil
}
