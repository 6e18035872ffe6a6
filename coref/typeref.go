package coref

import "strings"

// typeHeads are the head nouns of definite descriptions that name the kind
// of body an organisation is rather than repeat its name: "Hamas rejected
// the plan. The group said …", "ECOWAS … the bloc imposed sanctions",
// "the International Court of Justice … the court ruled". When no earlier
// mention shares the head noun (Resolve's definite descriptions), such a
// description refers to the last mention whose code is of that kind.
var typeHeads = map[string]func(code string) bool{
	"group":        armedOrNGO,
	"organisation": armedOrNGO,
	"organization": armedOrNGO,
	"movement":     armed,
	"militia":      armed,
	"faction":      armed,
	"rebel":        armed, // "the Houthis … the rebels", "the ELN … the guerrillas"
	"militant":     armed,
	"insurgent":    armed,
	"guerrilla":    armed,
	"bloc":         igo,
	"alliance":     igo,
	"watchdog":     igo,
	"agency":       igo,
	"court":        judicial,
	"tribunal":     judicial,
}

// armedRoles are the CAMEO roles of armed non-state actors.
var armedRoles = []string{"REB", "INS", "UAF", "SEP"}

// armed reports whether code is an armed non-state actor: an international
// militant group (IMG…) or a code with a rebel, insurgent, armed-faction or
// separatist role ("PSEREBHMS", "NGAREB").
func armed(code string) bool {
	if strings.HasPrefix(code, "IMG") {
		return true
	}
	for _, r := range armedRoles {
		if hasRole(code, r) {
			return true
		}
	}
	return false
}

// armedOrNGO adds non-governmental organisations ("Human Rights Watch …
// the group said") to armed.
func armedOrNGO(code string) bool { return strings.HasPrefix(code, "NGO") || armed(code) }

// igo reports whether code is an intergovernmental organisation.
func igo(code string) bool { return strings.HasPrefix(code, "IGO") }

// judicial reports whether code has the judiciary role: a state's courts
// ("THAJUD") or an international court ("IGOUNOJUDICJ").
func judicial(code string) bool { return hasRole(code, "JUD") }

// hasRole reports whether one of the three-letter blocks after the first is
// role.
func hasRole(code, role string) bool {
	for i := 3; i+3 <= len(code); i += 3 {
		if code[i:i+3] == role {
			return true
		}
	}
	return false
}

// typeRef resolves a description with a type head to the last mention of
// that type at most maxBack sentences back; nil when head is no type head
// or nothing fits.
func (r *Resolver) typeRef(head string, off, sent int) *Mention {
	fits, ok := typeHeads[head]
	if !ok {
		return nil
	}
	// Any kind: a one-word name with a role ("Hamas") is guessed a Person.
	return r.latest(off, sent-maxBack, func(i int) bool { return fits(r.mentions[i].Code) })
}
