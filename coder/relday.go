package coder

import (
	"strings"
	"time"
)

// Subject relatives on the story day. "Hamas, which fired rockets at Israel
// on Saturday, said it would free the hostages" reports the rocket fire as
// the day's news: the set codes an act of the story day in a background
// clause, a relative one included, but not one a day or more earlier. The
// comma options drop a clause between two commas as an aside, actors and
// all; storyDayRelative keeps one that names the story's own weekday (or
// the day before, for copy dated the next morning).

// storyDayRelative reports whether leaves a..b-1, a stretch set off by
// commas, are a subject relative clause ("which" or "who" and a past-tense
// verb) whose "on <weekday>" is the story date's weekday or the day before.
func (s *sent) storyDayRelative(a, b int) bool {
	if a+2 >= b || s.when.IsZero() {
		return false
	}
	if w := s.words[a]; (w != "WHICH" && w != "WHO") || (s.tags[a] != "WDT" && s.tags[a] != "WP") {
		return false
	}
	past, day := false, false
	for i := a + 1; i < b; i++ {
		past = past || s.tags[i] == "VBD"
		if s.words[i] == "ON" && i+1 < b {
			day = day || s.storyWeekday(s.words[i+1])
		}
	}
	return past && day
}

// storyWeekday reports whether w names the weekday of the story's date or
// of the day before it.
func (s *sent) storyWeekday(w string) bool {
	for _, d := range [2]time.Time{s.when, s.when.AddDate(0, 0, -1)} {
		if strings.ToUpper(d.Weekday().String()) == w {
			return true
		}
	}
	return false
}
