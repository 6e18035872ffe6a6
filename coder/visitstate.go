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
//
// A visit or hosting between two actors of one state is dropped: nobody
// visits his own country. "President Parvanov visited Moscow" in 2005, the
// Bulgarian surname unknown to the dictionaries and the title read as the
// sentence's one country, gave RUSGOV>RUS 042 and a self-hosting RUSGOV>RUSGOV
// 043 (session four's notes).
func visitStates(evs []dyad.Event) []dyad.Event {
	out := evs[:0]
	for _, e := range evs {
		if (e.Code == "042" || e.Code == "043") && stateOf(e.Source.Code) != "" && stateOf(e.Source.Code) == stateOf(e.Target.Code) {
			continue
		}
		if e.Code == "042" {
			if st := govState(e.Target.Code); st != "" {
				e.Target.Code = st
			}
		}
		out = append(out, e)
	}
	return out
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
