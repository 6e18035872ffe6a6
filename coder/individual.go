package coder

import "github.com/dyadproject/dyad"

// Foreign individuals released, granted asylum or expelled take their
// country. "Russia freed Wall Street Journal reporter Evan Gershkovich" is
// RUS>USA 0841, "Russia granted former U.S. intelligence contractor Edward
// Snowden temporary asylum" RUS>USA 075, "China ... ordered [three Wall
// Street Journal reporters] to leave the country" CHN>USA 174: the state
// acts on another state's national, and the sets' conventions code such a
// person by the country alone (testdata/news/README.md, the written and
// fresh3 adjudications: "released, expelled, deported or granted-asylum
// foreign individuals take their country"). The person's private role
// (MED, EDU, OPP, ...) is dropped; a role of the state (GOV, MIL, SPY: an
// expelled diplomat or officer) is kept, and so is a former office
// holder's ELI ("an ousted president granted asylum ELI", the fresh2
// adjudication) and the role of a national of the acting state's own
// country. The CAMEO set's own example codes a released news agency
// correspondent USAMED (cameo-0841); the news sets' adjudications are
// followed.

// personEvents are the codes whose target is a person handed over: the
// release of persons, asylum, the expulsion or deportation of individuals.
var personEvents = map[string]bool{"0841": true, "075": true, "174": true}

// privateRoles are the roles of a person acting for no state.
var privateRoles = map[string]bool{
	"MED": true, "EDU": true, "CVL": true, "OPP": true, "BUS": true, "LAB": true,
	"HLH": true, "REL": true, "AGR": true,
}

// foreignIndividuals gives the target of each person event its bare
// country when it is another country's private person; a released
// person's side of a swap ("USAMED>RUS 0841", swap.go) is read the same
// way as a source.
func foreignIndividuals(evs []dyad.Event) []dyad.Event {
	for i := range evs {
		e := &evs[i]
		if !personEvents[string(e.Code)] {
			continue
		}
		if c, ok := foreignPerson(e.Target.Code, e.Source.Code); ok {
			e.Target.Code = c
		}
		if e.Code == "0841" {
			if c, ok := foreignPerson(e.Source.Code, e.Target.Code); ok {
				e.Source.Code = c
			}
		}
	}
	return evs
}

// foreignPerson returns the country of code when it is a country plus only
// private roles and other differs from it in country.
func foreignPerson(code, other string) (string, bool) {
	if len(code) < 6 || len(code)%3 != 0 || !isCountryCode(code[:3]) || len(other) < 3 || other[:3] == code[:3] {
		return "", false
	}
	for k := 3; k < len(code); k += 3 {
		if !privateRoles[code[k:k+3]] {
			return "", false
		}
	}
	return code[:3], true
}
