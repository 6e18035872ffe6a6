package coder

import "github.com/dyadproject/dyad/dict"

// ministerGov gives a person's dated Phoenix term of a minister of some
// field its government code alone. Phoenix's CountryInfo terms code
// ministers by portfolio ("KIRAITU_MURUNGI_ [KENGOVJUD ...]", GOVBUS for a
// trade minister, GOVHLH for health, GOVMIL for defence), where CAMEO and
// the sets code every minister GOV (docs/notes/actor.md: "Ministers,
// defence ministers included, are GOV", as the office-holder table and
// dyad.agents.txt do): "Energy Minister Kiraitu Murungi" is KENGOV. Only a
// dated term of the dictionaries is read so; a code the text's own title
// or agents make is left as it is.
func ministerGov(code string, dated *dict.Dated) string {
	if dated == nil || isOffice(dated) || len(code) != 9 || code[3:6] != "GOV" || !isCountryCode(code[:3]) {
		return code
	}
	return code[:6]
}
