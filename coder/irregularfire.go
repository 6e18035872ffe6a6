package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// irregularRoles are armed men who are no state's force: unidentified
// gunmen (UAF), rebels, insurgents and criminal gangs.
var irregularRoles = []string{"UAF", "REB", "INS", "CRM"}

// irregularFire recodes as 193 (fight with small arms and light weapons) a
// firing on a crowd or on protesters that the rows gave 175 when those who
// fire are irregular armed men. 175 is "use tactics of violent repression",
// repression of collective dissent by a state: subcodes.txt's FIREONCROWD
// and the protester rows of dyad.verbs.txt document it as troops or police
// firing on a crowd, and the sets harmonised it so (police, troops or
// security forces firing on protesters or a crowd). "Gunmen opened fire on
// the crowd in Moscow" is an armed attack on people, which the sets code
// 193 (gunmen, gangs or militants firing on people). Only firing counts
// ("fired on", "opened fire on", "shot at"): other 175 rows are left alone.
func (s *sent) irregularFire(evs []dyad.Event) []dyad.Event {
	if !s.c.opt.SubCodes {
		return evs
	}
	for k := range evs {
		e := &evs[k]
		if e.Code != "175" || !hasRole(e.Source.Code, irregularRoles) {
			continue
		}
		if v := s.leafAt(e.Verb.Start); v >= 0 && s.firingVerb(v) {
			e.Code = "193"
			e.Pattern += "; irregular armed men firing on a crowd: 193, not a state's repression (coder/irregularfire.go)"
		}
	}
	return evs
}

// firingVerb reports whether the verb at leaf v fires: a form of FIRE or
// SHOOT, or OPEN followed by FIRE ("opened fire on").
func (s *sent) firingVerb(v int) bool {
	w := s.words[v]
	switch {
	case strings.HasPrefix(w, "FIR"), strings.HasPrefix(w, "SHOOT"), w == "SHOT", w == "SHOTS":
		return true
	case strings.HasPrefix(w, "OPEN"):
		return v+1 < len(s.words) && s.words[v+1] == "FIRE"
	}
	return false
}
