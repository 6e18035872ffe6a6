package pipeline

import (
	"slices"

	"github.com/dyadproject/dyad"
)

// roleCodes are CAMEO's primary, party and secondary role codes
// (cameo/data/cameo_actor_codes.tsv) and NGO. The tertiary MOD and RAD are
// not among them: a code with one of them keeps all its roles (IRNGOVRAD).
var roleCodes = map[string]bool{
	"COP": true, "GOV": true, "INS": true, "JUD": true, "MIL": true, "OPP": true, "REB": true, "SEP": true,
	"SPY": true, "UAF": true, "PTY": true, "AGR": true, "BUS": true, "CRM": true, "CVL": true, "DEV": true,
	"EDU": true, "ELI": true, "ENV": true, "HLH": true, "HRI": true, "LAB": true, "LEG": true, "MED": true,
	"REF": true, "NGO": true,
}

// firstRole cuts a country's actor code with stacked roles to its first,
// as the news sets code them (testdata/news/README.md: Phoenix's defence
// ministry GOVMIL is GOV, "first role"): IRNGOVBUS, a minister Phoenix
// files under government and business, is IRNGOV; KENOPPLEG, protesters
// outside parliament, KENOPP. State media keep GOVMED, the sets' code for
// them (a KCNA commentary PRKGOVMED).
func firstRole(code string) string {
	// A role (NGO among them) or a body first is no country.
	if len(code) < 9 || len(code)%3 != 0 || roleCodes[code[:3]] || code[:3] == "IGO" || code[:3] == "IMG" || code[3:] == "GOVMED" {
		return code
	}
	for k := 3; k < len(code); k += 3 {
		if !roleCodes[code[k:k+3]] {
			return code
		}
	}
	return code[:6]
}

// firstRoles applies firstRole to the actors of a sentence's events and
// drops an event that is then a copy (source, target, code) of an event
// kept before it, where either of the two was cut: which of the two comes
// first does not matter. Copies the coder made itself, uncut, stay.
func firstRoles(evs []dyad.Event) []dyad.Event {
	if !slices.ContainsFunc(evs, func(e dyad.Event) bool {
		return firstRole(e.Source.Code) != e.Source.Code || firstRole(e.Target.Code) != e.Target.Code
	}) {
		return evs // most sentences: nothing to cut, nothing allocated
	}
	out := evs[:0]
	var cut []bool // cut[i]: out[i]'s codes were cut
	for i := range evs {
		e := evs[i]
		src, tgt := firstRole(e.Source.Code), firstRole(e.Target.Code)
		c := src != e.Source.Code || tgt != e.Target.Code
		e.Source.Code, e.Target.Code = src, tgt
		if k := slices.IndexFunc(out, func(o dyad.Event) bool {
			return o.Source.Code == src && o.Target.Code == tgt && o.Code == e.Code
		}); k >= 0 && (c || cut[k]) {
			continue
		}
		out = append(out, e)
		cut = append(cut, c)
	}
	clear(evs[len(out):])
	return out
}
