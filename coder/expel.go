package coder

import "strings"

// expelledBody returns the code of an expulsion (174, "Expel or deport
// individuals") whose target t is an international or non-governmental
// body: 166 "Expel or withdraw: Terminate the presence of groups or
// organizations" (174's note: "Expulsion of peacekeepers, inspectors, or
// aid agencies refer to category 16[6]"), refined by the verb's phrase
// (from..to) to 1661 peacekeepers, 1662 inspectors, 1663 aid agencies when
// SubCodes is on. "Sudan expelled the United Nations from Darfur", "Eritrea
// ordered UN peacekeepers to leave". Other codes are returned as given.
func (s *sent) expelledBody(code string, t *acode, from, to int) string {
	if code != "174" || t == nil || t == &nullActor || !(strings.HasPrefix(t.code, "IGO") || strings.HasPrefix(t.code, "NGO")) {
		return code
	}
	if s.c.opt.SubCodes {
		return s.subcode("166", from, to, "")
	}
	return "166"
}
