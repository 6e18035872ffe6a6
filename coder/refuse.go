package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Refusals. "The UNITA wing refused to allow United Nations planes to land"
// is a refusal to allow international involvement (1245), not an
// authorisation (080). When a verb of refusing (refuse, decline) codes
// nothing itself, the act of its to-infinitive is coded as the rejection of
// the same kind: CAMEO's 12 family parallels the acts it rejects (yield 08 →
// 124x, material cooperation 06 → 121x, aid 07 → 122x, meeting 04 → 125,
// settlement → 127, reform 083 → 123x).

// refuseOf maps an act to the refusal of it.
func refuseOf(c dyad.Code) dyad.Code {
	s := string(c)
	if len(s) < 3 {
		return "120"
	}
	switch s[:3] {
	case "081":
		return "1241"
	case "082":
		return "1242"
	case "083":
		if len(s) == 4 {
			return dyad.Code("123" + s[3:])
		}
		return "123"
	case "084":
		return "1243"
	case "085":
		return "1244"
	case "086":
		return "1245"
	case "087":
		return "1246"
	case "080":
		return "124"
	case "060", "063", "064":
		return "121"
	case "061":
		return "1211"
	case "062":
		return "1212"
	case "070", "075":
		return "122"
	case "071", "072", "073", "074":
		return dyad.Code("122" + s[2:3])
	case "040", "041", "042", "043", "044", "046", "036":
		return "125"
	case "045", "038", "039":
		return "126"
	case "037", "057":
		return "127"
	}
	return "120"
}

// cooperativeAct reports whether the event code s is an act of the families
// 03 to 08 (intents, meetings, diplomatic and material cooperation, aid,
// yielding), the acts whose negation CAMEO codes as a rejection (12).
func cooperativeAct(s string) bool {
	return len(s) >= 3 && s[0] == '0' && s[1] >= '3' && s[1] <= '8'
}

// refuses reports whether w (upper case) is a verb of refusing.
func refuses(w string) bool {
	return strings.HasPrefix(w, "REFUS") || strings.HasPrefix(w, "DECLIN")
}

// refusals recodes the events of the to-infinitive of a verb of refusing that
// coded nothing itself as the rejections of those acts.
func (s *sent) refusals(evs []dyad.Event, at []int) {
	for k := range evs {
		v := s.refuser(at[2*k])
		if v < 0 {
			continue
		}
		own := false
		for j := range evs {
			own = own || at[2*j] == v
		}
		if !own {
			evs[k].Code = refuseOf(evs[k].Code)
			evs[k].Pattern += " (refused)"
		}
	}
}

// refuser returns the leaf of the verb of refusing whose to-infinitive holds
// the verb at leaf i, or -1.
func (s *sent) refuser(i int) int {
	child := s.leafK[i]
	for p := s.parent[child]; p >= 0; child, p = p, s.parent[p] {
		n := s.nodes[p]
		if !isLabel(n.Label, "S") {
			if isLabel(n.Label, "SBAR") || isLabel(n.Label, "NP") {
				return -1
			}
			continue
		}
		if len(n.Children) != 1 || !isLabel(n.Children[0].Label, "VP") || s.words[s.spans[p].first] != "TO" {
			return -1
		}
		vp := s.parent[p]
		if vp < 0 || !isLabel(s.nodes[vp].Label, "VP") {
			return -1
		}
		v := s.spans[vp].first
		for v < s.spans[p].first && !strings.HasPrefix(s.tags[v], "VB") {
			v++
		}
		if refuses(s.words[v]) {
			return v
		}
	}
	return -1
}
