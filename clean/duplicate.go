package clean

// dropDuplicates removes a line of eight words or more that repeats an
// earlier line exactly — a teaser or lede printed twice by the page — so its
// events are not coded twice. The first copy stays.
func dropDuplicates(s string, r *run) *edit {
	lines := r.lines(s)
	if len(lines) < 2 {
		return nil
	}
	seen := make(map[string]bool, len(lines))
	var drop []bool
	for k, l := range lines {
		t := s[l.lo:l.hi]
		if len(t) < 40 || countSpaces(t) < 7 {
			continue
		}
		if seen[t] {
			if drop == nil {
				drop = make([]bool, len(lines))
			}
			drop[k] = true
			continue
		}
		seen[t] = true
	}
	if drop == nil {
		return nil
	}
	return dropLines(s, lines, drop)
}

func countSpaces(t string) int {
	n := 0
	for i := 0; i < len(t); i++ {
		if t[i] == ' ' {
			n++
		}
	}
	return n
}
