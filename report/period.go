package report

import (
	"time"

	"github.com/dyadproject/dyad"
)

// maxPeriods bounds the periods Periods returns, so a day interval over
// decades cannot allocate without end.
const maxPeriods = 20000

// PeriodStart returns the first day of the interval holding t: the day, the
// Monday of its week, the first of its month or of its year.
func PeriodStart(t time.Time, interval string) time.Time {
	t = time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	switch interval {
	case dyad.IntervalWeek:
		return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	case dyad.IntervalMonth, "":
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	case dyad.IntervalYear:
		return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return t
}

// nextPeriod returns the first day of the interval after the one starting at p.
func nextPeriod(p time.Time, interval string) time.Time {
	switch interval {
	case dyad.IntervalWeek:
		return p.AddDate(0, 0, 7)
	case dyad.IntervalMonth, "":
		return p.AddDate(0, 1, 0)
	case dyad.IntervalYear:
		return p.AddDate(1, 0, 0)
	}
	return p.AddDate(0, 0, 1)
}

// Periods returns the first days of every interval from the one holding
// from to the one holding to, in order (at most maxPeriods of them).
func Periods(from, to time.Time, interval string) []time.Time {
	if from.IsZero() || to.IsZero() || to.Before(from) {
		return nil
	}
	var out []time.Time
	end := PeriodStart(to, interval)
	for p := PeriodStart(from, interval); !p.After(end) && len(out) < maxPeriods; p = nextPeriod(p, interval) {
		out = append(out, p)
	}
	return out
}

// span returns the periods trend points cover, widened to since and until
// when they are set, so that a report "since 2016" starts in January 2016
// even when the first event comes later.
func span(points []dyad.TrendPoint, since, until time.Time, interval string) []time.Time {
	var first, last time.Time
	for _, p := range points {
		if first.IsZero() || p.Period.Before(first) {
			first = p.Period
		}
		if p.Period.After(last) {
			last = p.Period
		}
	}
	if first.IsZero() {
		return nil
	}
	if !since.IsZero() && since.Before(first) {
		first = since
	}
	if !until.IsZero() && until.After(last) && !until.After(time.Now()) {
		last = until
	}
	return Periods(first, last, interval)
}
