package coder

import "strings"

// chargeVerbs file charges: "prosecutors charged / indicted X". CAMEO's 173
// is named "Arrest, detain, or charge with legal action", but its usage
// notes read it for custody, and 115 "Bring lawsuit against" for legal
// action brought before a court. The news sets code charges filed and
// indictments 115 (testdata/news/README.md: "charges filed are 115",
// harmonised in session eight), a detention "on charges" 173 alone, and
// "arrested and charged" both 173 and 115.
var chargeVerbs = map[string]bool{"CHARGE": true, "INDICT": true}

// charged returns 115 for the 173 a charging verb's pattern gave ("- * WITH
// [173]  # CHARGE", "INDICT [173]"): "Kenya charged two men with fraud",
// "prosecutors indicted the former president". Other verbs and codes are
// returned as given; CONVICT, JAIL, DETAIN keep their 173.
func charged(code, verb string) string {
	if code == "173" && chargeVerbs[strings.TrimPrefix(verb, "+")] {
		return "115"
	}
	return code
}
