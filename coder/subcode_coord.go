package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// coordinated returns the code of a second action the verb's complement
// names, or "". code is the verb's event code, refined. "Guterres called on Armenia and Azerbaijan to stop fighting
// and return to talks" appeals for two things: de-escalation (0256) and
// negotiation (026). The sub-code table reads the first subject of the
// complement only, so the second appeal was lost. When the complement
// (leaves from..to) holds coordinated verb phrases ("to [stop fighting]
// and [return to talks]", "that Iran [release the journalists] and [allow
// inspectors in]"), one of them gives code and another names a subject
// that refines the family's residual code (020, 030, 100 …) to another
// code, that code is the verb's second event,
// with the same actors. CAMEO codes each act an appeal, promise, demand,
// refusal or threat is about; a second action naming nothing, or the same
// subject again ("stop its offensive and withdraw its troops", both 1056),
// adds nothing.
func (s *sent) coordinated(code string, from, to int) string {
	if len(code) < 3 || strings.IndexByte(code, ':') >= 0 || !isCode(code, 3) {
		return ""
	}
	base := residualOf(code)
	if base == "" || code == base {
		return ""
	}
	for k := range s.nodes {
		sp := s.spans[k]
		if sp.first < from || sp.last > to || !isLabel(s.nodes[k].Label, "VP") {
			continue
		}
		var buf [16]int
		kids := s.children(k, buf[:0])
		var vps [4]int
		conj, and := vps[:0], false
		for _, c := range kids {
			switch {
			case isLabel(s.nodes[c].Label, "VP") && len(conj) < cap(vps):
				conj = append(conj, c)
			case s.nodes[c].Label == "CC" && s.words[s.spans[c].first] == "AND":
				and = true
			}
		}
		if len(conj) < 2 || !and {
			continue
		}
		var codes [4]string
		found := false
		for j, c := range conj {
			codes[j] = s.complement(base, s.spans[c].first, s.spans[c].last)
			found = found || codes[j] == code
		}
		if !found {
			return ""
		}
		for _, d := range codes[:len(conj)] {
			if d != base && d != code {
				return d
			}
		}
		return ""
	}
	return ""
}

// residuals are the roots' residual codes, "010" to "200".
var residuals = [21]string{"", "010", "020", "030", "040", "050", "060", "070", "080", "090",
	"100", "110", "120", "130", "140", "150", "160", "170", "180", "190", "200"}

// residualOf returns the residual code of code's root ("0256" → "020"), or
// "" for a code that is no CAMEO code. A table, not a concatenation: it
// runs for every coded verb.
func residualOf(code string) string {
	if len(code) < 2 || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9' {
		return ""
	}
	if r := int(code[0]-'0')*10 + int(code[1]-'0'); r < len(residuals) {
		return residuals[r]
	}
	return ""
}

// alsoCoded appends to evs a copy, coded extra, of each event of evs[from:]
// coded code: the second act of a coordinated complement, between the
// same actors.
func alsoCoded(evs []dyad.Event, from int, code, extra string) []dyad.Event {
	n := len(evs)
	for i := from; i < n; i++ {
		if string(evs[i].Code) == code {
			e := evs[i]
			e.Code = dyad.Code(extra)
			evs = append(evs, e)
		}
	}
	return evs
}
