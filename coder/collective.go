package coder

// collectiveHead reports whether w names a body of people by its number or
// its gathering alone — "a mob of factory workers", "a crowd of students",
// "a group of soldiers" — so that the people named after "of" give the
// phrase its role (LAB, EDU, MIL), not the collective noun (Phoenix's MOB is
// ~CVL).
func collectiveHead(w string) bool {
	switch w {
	case "MOB", "MOBS", "CROWD", "CROWDS", "GROUP", "GROUPS", "BAND", "BANDS", "THRONG", "THRONGS":
		return true
	}
	return false
}

// delegateHead reports whether w names people who speak for a body —
// "representatives of Venezuela's government and opposition", "delegates
// of the ruling party" — so that the body named after "of" is the actor,
// not the head's own agent (Phoenix's REPRESENTATIVES is ~LEG, for the
// House of Representatives).
func delegateHead(w string) bool {
	switch w {
	case "REPRESENTATIVE", "REPRESENTATIVES", "DELEGATE", "DELEGATES":
		return true
	}
	return false
}
