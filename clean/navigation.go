package clean

import "strings"

// dropNavigation removes menus: short lines of items separated by "|", "»",
// "›" or "•"; short lines that are not sentences and occur more than once
// (a menu repeated above and below the story); and runs of four or more
// lines of one or two words, mostly one.
func dropNavigation(s string, r *run) *edit {
	lines := r.lines(s)
	var drop []bool
	mark := func(k int) {
		if drop == nil {
			drop = make([]bool, len(lines))
		}
		drop[k] = true
	}
	seen := map[string]int{}
	for _, l := range lines {
		t := s[l.lo:l.hi]
		if len(t) > 0 && len(t) <= 80 && !endsSentence(t) {
			seen[t]++
		}
	}
	// A menu is a run of four or more lines of one or two words, at least
	// half of them of one word (a list of people's names is not).
	run, single := 0, 0
	endRun := func(k int) {
		if run >= 4 && 2*single >= run {
			for m := k - run; m < k; m++ {
				mark(m)
			}
		}
		run, single = 0, 0
	}
	for k, l := range lines {
		t := s[l.lo:l.hi]
		var ws []string
		if len(t) <= shortLine {
			ws = lineWords(t)
		}
		if len(t) > 0 && len(t) <= 40 && len(ws) <= 2 && !endsSentence(t) && !strings.ContainsAny(t, ",;") {
			run++
			if len(ws) <= 1 {
				single++
			}
		} else {
			endRun(k)
		}
		if len(t) == 0 || len(t) > shortLine {
			continue
		}
		if seps := strings.Count(t, "|") + strings.Count(t, "»") + strings.Count(t, "›") + strings.Count(t, " • "); seps >= 2 && len(ws) <= 4*(seps+1) && !endsSentence(t) {
			mark(k)
		} else if seen[t] > 1 && len(ws) <= 8 {
			mark(k)
		}
	}
	endRun(len(lines))
	if drop == nil {
		return nil
	}
	return dropLines(s, lines, drop)
}
