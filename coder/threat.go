package coder

import "strings"

// threatOf codes an expressed intent to do harm as the threat it is (CAMEO
// 130 usage note: "When any conflictual behavior is forecasted using future
// tense, it is treated as a 'threat'"). Promise, vow, pledge, plan and intend
// give the intent family (030), and the sub-code table refines it by the
// cooperation named in their complement; when the complement is instead a
// to-infinitive of a conflictual verb (roots 14-20), "vowed to attack Iraq"
// and "intends to impose sanctions" are the threats 1384 and 1312, by the
// table's future lines, not an intent to cooperate.
//
// The table may have read the complement as cooperation ("sanctions" under
// 03 is 0354, easing them), so any 03 code yields to the conflictual verb.
// code is the intent verb's code after refinement, vi its leaf, and ve the
// last leaf of its form.
func (s *sent) threatOf(code string, vi, ve int) string {
	if len(code) >= 3 && code[:2] == "13" {
		return s.forceThreat(code, vi)
	}
	if d := s.planThreat(code, ve); d != "" {
		return d
	}
	if d := s.invitedAppeal(code, vi); d != "" {
		return d
	}
	if len(code) < 3 || code[:2] != "03" {
		return code
	}
	j := s.infinitiveVerb(vi, ve)
	if j < 0 {
		return code
	}
	f, _, _ := s.verbAt(j)
	if f == nil || len(f.Code) < 3 || f.Code[0] == '0' || f.Code < "14" || f.Code >= "21" {
		return code
	}
	if strings.IndexByte(f.Code, ':') >= 0 {
		return code
	}
	// What the threat is about, read in the infinitive's phrase ("to
	// impose sanctions" 1312), else the threat of the verb's own kind.
	// 170 is the block of impose, hold and keep, too vague to be a threat
	// by itself: it needs a named subject, and talks or mediation named
	// after it are no threat to halt them ("agreed to hold talks").
	end := max(s.vpEnd[j], j)
	d := s.subcode("130", j+1, end, "")
	if f.Code == "170" && (d == "130" || d == "134" || d == "135") {
		return code
	}
	if d != "130" {
		return d
	}
	t := subcodes()
	for n := len(f.Code); n >= 2; n-- {
		if d, ok := t.future[f.Code[:n]]; ok {
			return s.subcode(d, j+1, end, "")
		}
	}
	return code
}

// infinitiveVerb returns the leaf of the verb of the to-infinitive that is
// the complement of the verb at vi, (VP (VBD vowed) (S (VP (TO to) (VP (VB
// attack) ...)))), or -1.
func (s *sent) infinitiveVerb(vi, ve int) int {
	vp := s.parent[s.leafK[vi]]
	if vp < 0 {
		return -1
	}
	i := ve + 1
	if i+1 >= len(s.leaves) || s.words[i] != "TO" || s.tags[i+1] != "VB" {
		return -1
	}
	// TO's VP, its S, and that S a child of the verb's VP.
	tvp := s.parent[s.leafK[i]]
	if tvp < 0 {
		return -1
	}
	cl := s.parent[tvp]
	if cl < 0 || !isLabel(s.nodes[cl].Label, "S") || s.parent[cl] != vp {
		return -1
	}
	return i + 1
}

// forceThreat keeps a force verb's threat a threat of force: "Israel will
// strike Iran's nuclear sites" matches PHYSICAL_CONFLICT's "- WILL * [130]",
// and the sub-code table, reading the object, made it a threat of protest
// (133). When the verb at vi is itself an assault, fight or mass violence
// (roots 18-20), the threat is the one the table's future lines give for
// the verb's own code (190 → 1384, 18 → 1383, 20 → 1385), as the 130 usage
// note has it ("'will attack' is coded as 'Threaten to attack'"); a threat
// of force already (138x) stays, and so does a threat to cut relations,
// impose administrative sanctions, break off talks or mediation or end an
// involvement (131x, 132x, 134-136), which a pattern of the verb names for
// itself: "Ecuador said it would break off relations with Mexico" is BREAK
// (a DESTROY verb) in its "- * OFF RELATIONS [161]" sense, 1313, not 1384.
func (s *sent) forceThreat(code string, vi int) string {
	switch {
	case strings.HasPrefix(code, "138"), strings.HasPrefix(code, "131"), strings.HasPrefix(code, "132"),
		code == "134", code == "135", code == "136":
		return code
	}
	f, _, _ := s.verbAt(vi)
	if f == nil || len(f.Code) < 3 || strings.IndexByte(f.Code, ':') >= 0 {
		return code
	}
	switch f.Code[:2] {
	case "18", "19", "20":
	default:
		return code
	}
	t := subcodes()
	for n := len(f.Code); n >= 2; n-- {
		if d, ok := t.future[f.Code[:n]]; ok {
			return d
		}
	}
	return code
}

// planVerbCodes are the codes of verbs that weigh or make known a plan
// without doing it: statements (010), considering a policy option (014),
// investigating or examining (09x).
func planVerbCode(code string) bool {
	return code == "010" || code == "014" || len(code) >= 3 && code[:2] == "09"
}

// planThreat codes a plan to use force, examined, weighed or announced, as
// the threat it is (130 usage note: conflictual behaviour forecast is a
// threat): "North Korea's army said it was examining a plan to strike Guam"
// is EXAMINE's 090 and "Russia unveiled a plan to invade Ukraine" SHOW's
// 010, but both threaten force. The verb's object is a plan or plans (up to
// three determiners or modifiers before it) followed by a to-infinitive of
// an assault, fight or mass-violence verb (roots 18-20); the threat is the
// table's future line for that verb's code, as in forceThreat. ve is the
// last leaf of the verb's form; "" when the rule does not apply.
func (s *sent) planThreat(code string, ve int) string {
	if !planVerbCode(code) {
		return ""
	}
	k := ve + 1
	for n := 0; n < 3 && k < len(s.words); n++ {
		switch s.tags[k] {
		case "DT", "JJ", "PRP$", "CD", "''":
			k++ // "''": `was "carefully examining" a plan`
			continue
		}
		break
	}
	if k+2 >= len(s.words) || (s.words[k] != "PLAN" && s.words[k] != "PLANS") || !strings.HasPrefix(s.tags[k], "NN") {
		return ""
	}
	if s.words[k+1] != "TO" || s.tags[k+2] != "VB" {
		return ""
	}
	f, _, _ := s.verbAt(k + 2)
	if f == nil || len(f.Code) < 3 || strings.IndexByte(f.Code, ':') >= 0 {
		return ""
	}
	switch f.Code[:2] {
	case "18", "19", "20":
	default:
		return ""
	}
	t := subcodes()
	for n := len(f.Code); n >= 2; n-- {
		if d, ok := t.future[f.Code[:n]]; ok {
			return d
		}
	}
	return ""
}

// invitedAppeal codes an invitation to cooperate materially as the appeal
// it is: INVITE's "- * + TO [036]" is an invitation to meet ("invited Putin
// to visit Tokyo"), but "Duda invited the United States to set up a
// permanent military base in Poland" asks for military cooperation (0212),
// as "invited foreign firms to invest" asks for economic cooperation and
// an invitation to send aid asks for aid. When the verb at vi is of
// INVITE's block (040) and the pattern gave 036, the to-infinitive after
// its object is read by the table as an appeal (020); a material
// cooperation (021x) or aid (023x) code found there replaces the meeting.
// "" when the rule does not apply.
func (s *sent) invitedAppeal(code string, vi int) string {
	if code != "036" {
		return ""
	}
	f, _, _ := s.verbAt(vi)
	if f == nil || f.Code != "040" {
		return ""
	}
	vp := s.parent[s.leafK[vi]]
	if vp < 0 {
		return ""
	}
	var buf [16]int
	for _, c := range s.children(vp, buf[:0]) {
		i := s.spans[c].first
		if !isLabel(s.nodes[c].Label, "S") || i <= vi || i+1 >= len(s.words) ||
			s.words[i] != "TO" || s.tags[i+1] != "VB" {
			continue
		}
		j := i + 1
		d := s.subcode("020", j, max(s.vpEnd[j], j), "")
		if strings.HasPrefix(d, "021") || strings.HasPrefix(d, "023") {
			return d
		}
		return ""
	}
	return ""
}
