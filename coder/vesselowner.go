package coder

import "strings"

// A merchant ship, tanker or yacht that is seized, boarded or detained is
// its country's business (BUS), as Phoenix codes a TANKER or a
// MERCHANT_SHIP (~BUS) and as the news sets code every seized merchant
// vessel, whichever phrase names its country: "seized a supertanker
// carrying Iranian oil" IRNBUS, "an oil tanker off the coast of
// Venezuela" VENBUS, "a North Korean ship" PRKBUS, "a yacht belonging to a
// Russian billionaire" RUSBUS. The coder found the country in the phrase
// after the vessel (or in the vessel's own phrase, where "ship" is no
// agent) and gave the bare state. Navy and coast-guard vessels are the
// state's forces, not its business, and keep their code.

// vesselWords are the nouns naming a merchant or private vessel.
var vesselWords = map[string]bool{
	"SHIP": true, "SHIPS": true, "VESSEL": true, "VESSELS": true,
	"TANKER": true, "TANKERS": true, "SUPERTANKER": true, "SUPERTANKERS": true,
	"FREIGHTER": true, "FREIGHTERS": true, "YACHT": true, "YACHTS": true,
}

// forceVesselWords, right before a vessel word, make it a state's.
var forceVesselWords = map[string]bool{
	"NAVY": true, "NAVAL": true, "MILITARY": true, "PATROL": true, "GUARD": true,
	"BORDER": true, "WAR": true,
}

// vesselOwner returns, for a seizure, arrest or hijacking (roots 17 and
// 18) whose target is a bare state and whose verb's object, from leaf from
// to the target's last leaf, names a merchant vessel, that state's
// business; any other target is returned unchanged.
func (s *sent) vesselOwner(c string, t *acode, from int) *acode {
	if len(c) < 3 || c[:2] != "17" && c[:2] != "18" || t == nil || t == &nullActor || !t.hasActor {
		return t
	}
	k := stateOf(t.code)
	if k == "" || t.code != k || t.last < from || t.last-from > 12 {
		return t
	}
	for i := from; i <= t.last; i++ {
		if vesselWords[s.words[i]] && strings.HasPrefix(s.tags[i], "NN") && (i == 0 || !forceVesselWords[s.words[i-1]]) {
			u := *t
			u.code = k + "BUS"
			return &u
		}
	}
	return t
}
