package coder

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
)

// Reported obligations. "Russia said on Tuesday that Sudan must return a
// helicopter" reports no return and no mere comment: it is Russia's demand
// of Sudan (CAMEO 10), whose sub-code names what was demanded (1053, release
// of property). A reporting verb whose complement clause has a named subject
// other than the speaker and the modal "must" (or "has to") gives that
// demand in place of its statement, and the clause's own events, which have
// not happened, are dropped. So is the subjunctive clause of a verb that asks
// ("demanded that the US cancel plans to sell weapons to Taiwan" is no sale),
// whose own appeal or demand code takes the clause's sub-code.

// askCode is the code of a verb that asks for an action: an appeal (02) or
// demand (10) verb keeps its family and takes the sub-code of what it asks
// for (URGE's 020 asking for a release is 0253), or keeps its own code when
// the action gives none; any other verb (a statement) becomes the demand.
//
// A verb whose own pattern already named a leaf of its family ("demanded
// that Azerbaijan respect the rights of ethnic Armenians": DEMAND's "- *
// RIGHTS [1043]") keeps it when the clause's action names only a
// three-digit kind (RESPECT's 051, diplomatic cooperation 102): the
// pattern read what was asked for, the clause's verb only how.
func askCode(verb, demand dyad.Code) dyad.Code {
	root := verb.Root()
	switch {
	case root != "02" && root != "10":
		return demand
	case demand == "100":
		return verb
	case len(verb) == 4 && len(demand) == 3:
		return verb
	}
	return dyad.Code(root + string(demand[2:]))
}

// demandOf maps the code of the demanded action to the demand that asks for
// it; the CAMEO 03 (intent), 02 (appeal) and 10 (demand) families share
// their sub-codes' meanings. Actions with no demand of their own give 100.
func demandOf(c dyad.Code) dyad.Code {
	s := string(c)
	if len(s) < 3 {
		return "100"
	}
	// Intents map one to one: 0331 -> 1031, 037 -> 107.
	if s[:2] == "03" && s != "030" {
		if s[:3] == "039" {
			return "108"
		}
		return dyad.Code("10" + s[2:])
	}
	if len(s) == 4 {
		switch s[:3] {
		case "083": // accede to demands for reform: 0832 -> 1042
			return dyad.Code("104" + s[3:])
		}
	}
	switch s[:3] {
	case "040", "041", "042", "043", "044", "046":
		return "106" // meet or negotiate
	case "045":
		return "108" // mediate
	case "050", "051", "052", "053", "054", "055", "056":
		return "102" // diplomatic cooperation
	case "057":
		return "107" // sign an agreement: settle the dispute
	case "060":
		return "101"
	case "061", "062", "063", "064":
		return dyad.Code("101" + s[2:3]) // 062 -> 1012
	case "070", "075":
		return "103"
	case "071", "072", "073", "074":
		return dyad.Code("103" + s[2:3]) // 073 -> 1033
	case "080":
		return "105"
	case "081":
		return "1051"
	case "082":
		return "1052"
	case "083":
		return "104"
	case "084":
		return "1053"
	case "085":
		return "1054"
	case "086":
		return "1055"
	case "087":
		return "1056"
	}
	return "100"
}

// mandative reports whether w (upper case) is a verb that asks for what its
// clause states: "demanded that the US cancel", "urged that Iran stop".
func mandative(w string) bool {
	for _, p := range [...]string{"DEMAND", "INSIST", "URGE", "ASK", "PROPOSE", "RECOMMEND", "REQUEST", "REQUIRE"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// reportVerbs report what a clause before them says: "..., France said."
var reportVerbs = map[string]bool{
	"SAID": true, "SAYS": true, "SAY": true, "ANNOUNCED": true, "DECLARED": true,
	"REITERATED": true, "INSISTED": true, "STRESSED": true, "WARNED": true,
	"ADDED": true, "STATED": true, "REPORTED": true, "TOLD": true,
}

// mustClause returns the node of the clause a reporting verb at leaf v
// reports when that clause states an obligation of its subject ("that Sudan
// must return", "Iran has to stop"), with the subject's actor phrase; ok is
// false otherwise. appeal is set when the clause only advises ("should",
// "needs to", "ought to"): the speaker appeals (02) rather than demands. The clause is the verb's complement, or the clause before
// a closing "..., France said."
func (s *sent) mustClause(v int) (clause, subj int, appeal, ok bool) {
	vp := s.parent[s.leafK[v]]
	// Parties that agree on what must be done express accord (019, the
	// codebook's example: "agreed ... there was an urgent need"), no demand.
	if vp < 0 || !isLabel(s.nodes[vp].Label, "VP") || strings.HasPrefix(s.words[v], "AGREE") {
		return -1, -1, false, false
	}
	var buf, buf2 [16]int
	cl := s.complementS(v)
	if cl < 0 && reportVerbs[s.words[v]] && s.parent[vp] >= 0 {
		// (S (S ...) (, ,) (NP France) (VP (VBD said)))
		kids := s.children(s.parent[vp], buf[:0])
		for j, c := range kids {
			if c != vp || j < 3 || !isLabel(s.nodes[kids[j-1]].Label, "NP") {
				continue
			}
			for k := j - 2; k >= 0; k-- {
				l := s.nodes[kids[k]].Label
				if isLabel(l, "S") {
					cl = kids[k]
					break
				}
				if l != "," && l != "''" && l != ":" {
					break
				}
			}
		}
	}
	if cl < 0 {
		return -1, -1, false, false
	}
	np, pred := -1, -1
	for _, d := range s.children(cl, buf2[:0]) {
		switch l := s.nodes[d].Label; {
		case isLabel(l, "NP") && np < 0:
			np = d
		case isLabel(l, "VP") && np >= 0:
			pred = d
		}
	}
	if np < 0 || pred < 0 || !s.coded(np) {
		return -1, -1, false, false
	}
	i := s.spans[pred].first
	obliged := s.words[i] == "MUST" ||
		(s.words[i] == "HAS" || s.words[i] == "HAVE") && i+1 < len(s.words) && s.words[i+1] == "TO"
	// "demanded that Iraq withdraw", "urged that Iran should": what a
	// mandative verb asks for is likewise not done yet.
	subjunctive := mandative(s.words[v]) && (s.tags[i] == "VB" || s.tags[i] == "VBP" || s.words[i] == "SHOULD")
	// "said that Japan needs to enact reforms", "should": an appeal.
	advised := s.words[i] == "SHOULD" ||
		(s.words[i] == "NEEDS" || s.words[i] == "NEED" || s.words[i] == "OUGHT") && i+1 < len(s.words) && s.words[i+1] == "TO"
	if !obliged && !subjunctive && !advised {
		return -1, -1, false, false
	}
	return cl, int(s.ne[s.spans[np].first]), advised && !obliged && !subjunctive, true
}

// complementS returns the clause node of the complement clause of the verb
// at leaf v ("said that S", "said S"), or -1.
func (s *sent) complementS(v int) int {
	vp := s.parent[s.leafK[v]]
	if vp < 0 || !isLabel(s.nodes[vp].Label, "VP") {
		return -1
	}
	var buf, buf2 [16]int
	for _, c := range s.children(vp, buf[:0]) {
		if !s.isComplement(c) {
			continue
		}
		if !isLabel(s.nodes[c].Label, "SBAR") {
			return c
		}
		cl := -1
		for _, d := range s.children(c, buf2[:0]) {
			if isLabel(s.nodes[d].Label, "S") {
				cl = d
			}
		}
		return cl
	}
	return -1
}

// denied drops the events of the clause a denial or a doubt reports: "Iran
// denied that it had attacked Kuwait" is no attack, nor is "Iran dismissed
// claims that Israel had attacked Lebanon" (disbelieved).
func (s *sent) denied(evs []dyad.Event, says []said, at []int) ([]dyad.Event, []said, []int) {
	for v := range s.leaves {
		if !strings.HasPrefix(s.tags[v], "VB") {
			continue
		}
		cl := s.complementS(v)
		if cl < 0 || !s.disbelieved(v, cl) {
			continue
		}
		evs, says, at = s.without(evs, says, at, s.spans[cl].first, s.spans[cl].last)
	}
	return evs, says, at
}

// without drops the events whose verb lies in leaves first..last, keeping
// says and at in step.
func (s *sent) without(evs []dyad.Event, says []said, at []int, first, last int) ([]dyad.Event, []said, []int) {
	var out []dyad.Event
	var outAt []int
	newIdx := make([]int, len(evs))
	for j := range evs {
		newIdx[j] = len(out)
		if w := at[2*j]; w >= first && w <= last {
			continue
		}
		out = append(out, evs[j])
		outAt = append(outAt, at[2*j], at[2*j+1])
	}
	var outSays []said
	for _, sd := range says {
		if w := at[2*sd.from]; w >= first && w <= last {
			continue
		}
		sd.to = newIdx[sd.from] + (sd.to - sd.from)
		sd.from = newIdx[sd.from]
		outSays = append(outSays, sd)
	}
	return out, outSays, outAt
}

// demands turns the statements of reporting verbs whose clause states an
// obligation into demands, dropping the clause's own events. evs, says and
// at (per event, its verb leaf and the first leaf its pattern read) are
// rewritten together.
func (s *sent) demands(evs []dyad.Event, says []said, at []int) ([]dyad.Event, []said, []int) {
	for v := range s.leaves {
		if !strings.HasPrefix(s.tags[v], "VB") {
			continue
		}
		cl, subj, appeal, ok := s.mustClause(v)
		if !ok {
			continue
		}
		first, last := s.spans[cl].first, s.spans[cl].last
		// The speaker: the sources of the verb's own events, or else the
		// subject of its clause ("..., France said" codes nothing itself).
		var srcs []dyad.Actor
		tmpl := dyad.Event{
			Verb:     s.span(v, v),
			VerbText: s.text(v, v),
			Pattern:  "dyad: reported obligation",
		}
		var action dyad.Code // the demanded action, as the clause's events code it
		for j := range evs {
			switch w := at[2*j]; {
			case w == v:
				if len(srcs) == 0 {
					tmpl = evs[j]
					tmpl.Pattern += " (reported obligation)"
				}
				if !slices.ContainsFunc(srcs, func(a dyad.Actor) bool { return a.Code == evs[j].Source.Code }) {
					srcs = append(srcs, evs[j].Source)
				}
			case w >= first && w <= last && action == "":
				action = evs[j].Code
			}
		}
		if len(srcs) == 0 {
			e := s.subject(v, -1)
			if e < 0 {
				continue
			}
			for ci := range s.nes[e].codes {
				srcs = append(srcs, s.actor(&s.nes[e].codes[ci]))
			}
		}
		var dem []dyad.Event
		for _, a := range srcs {
			for ci := range s.nes[subj].codes {
				t := s.actor(&s.nes[subj].codes[ci])
				if t.Code == a.Code || strings.HasPrefix(t.Code, nullCode) || strings.HasPrefix(a.Code, nullCode) {
					continue
				}
				e := tmpl
				e.Source, e.Target, e.Code = a, t, askCode(tmpl.Code, demandOf(action))
				if appeal && e.Code.Root() == "10" {
					e.Code = "02" + e.Code[2:] // the appeal of the same kind
				}
				if action == "" && s.c.opt.SubCodes {
					// No event in the clause: what it asks for is in its
					// words ("Japan needs to enact economic reforms", 0242).
					e.Code = dyad.Code(s.subcode(string(e.Code), first, last, ""))
				}
				dem = append(dem, e)
			}
		}
		if len(dem) == 0 {
			continue
		}
		// Rebuild: the demands where the verb's events were (or before the
		// first event of a later verb), without the statements and without
		// the clause's events, which only say what was demanded.
		var out []dyad.Event
		var outAt []int
		newIdx := make([]int, len(evs))
		placed := false
		place := func() {
			if !placed {
				out = append(out, dem...)
				for range dem {
					outAt = append(outAt, v, v)
				}
				placed = true
			}
		}
		for j := range evs {
			w := at[2*j]
			if w >= v {
				place()
			}
			newIdx[j] = len(out)
			if w == v || w >= first && w <= last {
				continue
			}
			out = append(out, evs[j])
			outAt = append(outAt, at[2*j], at[2*j+1])
		}
		place()
		var outSays []said
		for _, sd := range says {
			if w := at[2*sd.from]; w == v || w >= first && w <= last {
				continue
			}
			sd.to = newIdx[sd.from] + (sd.to - sd.from)
			sd.from = newIdx[sd.from]
			outSays = append(outSays, sd)
		}
		evs, says, at = out, outSays, outAt
	}
	return evs, says, at
}
