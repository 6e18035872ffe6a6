// Package months splits a date range into the whole calendar months a
// store's monthly rollups answer and the days at either end they do not.
package months

import "time"

// Split splits [since, until] (a zero end is open) into whole months, from
// the first day of the first (from) to the last day of the last (to), zero
// for an open end, and the day ranges at either end that cover part of a
// month. whole is false when no whole month lies inside; edges is then the
// range itself.
func Split(since, until time.Time) (from, to time.Time, edges [][2]time.Time, whole bool) {
	first := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }
	if !since.IsZero() {
		from = first(since)
		if since.Day() != 1 {
			from = from.AddDate(0, 1, 0)
		}
	}
	if !until.IsZero() {
		to = first(until).AddDate(0, 1, -1)
		if to.Day() != until.Day() {
			to = first(until).AddDate(0, 0, -1)
		}
	}
	if !since.IsZero() && !until.IsZero() && from.After(to) {
		return time.Time{}, time.Time{}, [][2]time.Time{{since, until}}, false
	}
	if !since.IsZero() && since.Day() != 1 {
		edges = append(edges, [2]time.Time{since, from.AddDate(0, 0, -1)})
	}
	if !until.IsZero() && (to.Day() != until.Day() || to.Month() != until.Month()) {
		edges = append(edges, [2]time.Time{to.AddDate(0, 0, 1), until})
	}
	return from, to, edges, true
}
