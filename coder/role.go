package coder

// sectorRoles are the CAMEO sector codes that say what part of a country an
// actor is, as a dictionary entry for a person gives them (MAHENDRA_CHAUDHRY
// is FJIELI, a former leader).
var sectorRoles = map[string]bool{
	"GOV": true, "ELI": true, "LEG": true, "MIL": true, "OPP": true, "JUD": true,
	"COP": true, "SPY": true,
}

// countryOfRole returns the country of a code that is a country and one
// sector ("FJIELI" → "FJI"), else the code itself. A conjunct that names its
// own role and borrows its actor from a person beside it takes the person's
// country, not the person's role: in "Prime Minister Mahendra Chaudhry and
// members of his government" the members are FJIGOV, not FJIELIGOV. A named
// group ("PSEREBHMS", Hamas) is lent whole.
func countryOfRole(code string) string {
	if len(code) == 6 && sectorRoles[code[3:]] {
		return code[:3]
	}
	return code
}
