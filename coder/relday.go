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

// Hours after. "Israeli troops took up positions in the buffer zone on
// Sunday, hours after Syrian rebels seized Damascus" reports the rebels'
// capture as the same day's news, and the sets code an act of the story day
// in a background clause; "a day after" or "days after" puts it on an
// earlier day, which they do not code. The comma options dropped the short
// clause as an aside, actors and all.

// sameDayWords are the words that put a following "after" or "before"
// within the story's day.
var sameDayWords = map[string]bool{"HOURS": true, "MINUTES": true, "MOMENTS": true, "SHORTLY": true}

// sameDayClause reports whether leaves a..b-1, a stretch set off by a
// comma, open with "hours / minutes / moments / shortly after|before" (a
// "just", "only" or "barely" before it allowed) and a clause with a subject
// of its own: ", hours after Syrian rebels seized Damascus", not ", hours
// after declaring it".
func (s *sent) sameDayClause(a, b int) bool {
	i := a
	switch s.words[i] {
	case "JUST", "ONLY", "BARELY":
		i++
	}
	if i+2 >= b || !sameDayWords[s.words[i]] || s.tags[i+1] != "IN" || (s.words[i+1] != "AFTER" && s.words[i+1] != "BEFORE") {
		return false
	}
	// The parser often reads "after Syrian rebels" as a prepositional
	// phrase and the clause's verb apart from it, so the test is on tags: a
	// noun, then a finite verb.
	noun := false
	for j := i + 2; j < b; j++ {
		switch t := s.tags[j]; {
		case strings.HasPrefix(t, "NN") || t == "PRP":
			noun = true
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "MD":
			return noun
		case t == "VBG" || t == "VBN" || t == "TO":
			return false // "hours after declaring it": no clause of its own
		}
	}
	return false
}
