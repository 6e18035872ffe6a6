package coder

import "github.com/dyadproject/dyad"

// visitStates makes the target of a visit its host state: a visit (042) is
// made to a country, whoever receives the visitor there. "Xi Jinping hosted
// Brazil's Lula" is CHNGOV>BRAGOV 043 and BRAGOV>CHN 042; "Aoun received the
// U.S. envoy in Beirut" is LBNGOV>USAGOV 043 and USAGOV>LBN 042. This is the
// written and fresh sets' convention ("042 to the host state", as cameo-044's
// manual note codes the visits a third-location meeting implies): the
// hosting keeps the host's role, the visit names the state.
//
// Only a visit whose target is a state's government (GOV, alone or after a
// dated sub-state: "RUSGOV", "SCGSRBGOV") is touched; a visit to a rebel
// group, an opposition, an IGO or a bare country stays as coded.
func visitStates(evs []dyad.Event) []dyad.Event {
	for i, e := range evs {
		if e.Code != "042" {
			continue
		}
		if st := govState(e.Target.Code); st != "" && !sameCountry(e.Source.Code, st) {
			evs[i].Target.Code = st
		}
	}
	return evs
}

// govState returns the state of a government code ("RUS" of "RUSGOV",
// "SCGSRB" of "SCGSRBGOV"), or "" when code is not a state's GOV and
// nothing else.
func govState(code string) string {
	st := stateOf(code)
	if st == "" || code != st+"GOV" {
		return ""
	}
	return st
}
