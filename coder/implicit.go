package coder

import "strings"

// Implicit targets. A protest, strike, boycott or hunger strike by a
// country's own people that names no one it is against ("Seven opposition
// parties in Nepal have organized a general strike", "Navalny has gone on
// hunger strike to demand proper medical treatment") is directed, as the
// codebook's note to 141 has it, at "the party that the protest is directed
// against", which for people protesting at home is their government. The
// clause names a source and no target, so the event was dropped.

// dissentTarget returns the target of a dissent event (140-145) whose
// clause names source a and no target: the government of a's country, when
// a is the country's opposition, students, workers, farmers or civilians,
// or its people named by nationality ("Catalans"); ok is false otherwise.
// State sectors, rebels and armed groups, international bodies and regions
// have no implied target.
func dissentTarget(fwd string, a *acode) (tgt *acode, ok bool) {
	if !strings.HasPrefix(fwd, "14") || a == nil || a == &nullActor || !a.hasActor || len(a.code) < 3 || (len(a.code)-3)%3 != 0 {
		return nil, false
	}
	base := a.code[:3]
	if !isCountryCode(base) || international(base) {
		return nil, false
	}
	if len(a.base) > 3 && strings.HasPrefix(a.code, a.base) {
		base = a.base // a dated state's code: "SCGSRB", Serbia in 1992-2006
	}
	if len(a.code) > len(base) {
		if r := a.code[len(base):]; len(r) < 3 || !dissentRoles[r[:3]] && r[:3] != "CVL" {
			return nil, false
		}
	}
	t := *a
	t.code, t.role, t.agents, t.ref = base+"GOV", nil, nil, nil
	return &t, true
}
