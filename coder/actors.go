package coder

import (
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// nullCode is the code of a missing actor.
const nullCode = "---"

// findActors marks the actor noun phrases of the sentence.
func (s *sent) findActors() {
	s.walk(0)
}

// walk visits node k and returns the preorder index after its subtree.
func (s *sent) walk(k int) int {
	n := s.nodes[k]
	end := k + s.spans[k].size
	if isLabel(n.Label, "NP") && !n.IsLeaf() && s.np(k) {
		return end
	}
	for j := k + 1; j < end; {
		j = s.walk(j)
	}
	return end
}

// np decides whether NP node k (or its head) is an actor phrase, registers it,
// and reports whether the subtree was fully handled.
func (s *sent) np(k int) bool {
	mark := len(s.chbuf)
	defer func() { s.chbuf = s.chbuf[:mark] }()
	ch := s.kids(k)
	// A head NP followed by a PP or clause: when the head alone names an actor,
	// the head is the actor phrase and the rest is walked on its own.
	if h := headEnd(s, ch); h > 0 && h < len(ch) && !hasConj(s, ch) {
		hs := s.spans[ch[0]].first
		he := s.spans[ch[h-1]].last
		if !s.actorCrosses(hs, he, s.spans[k].last) {
			codes := s.codeRange(ch[:h])
			if anyActor(codes) {
				s.add(hs, he, codes)
				for _, j := range ch[h:] {
					s.walk(j)
				}
				return true
			}
		}
	}
	codes := s.codeNode(k)
	sp := s.spans[k]
	if len(codes) > 0 {
		s.add(sp.first, sp.last, codes)
		return true
	}
	if s.isTime(sp.first, sp.last) {
		return true // a date or a day, never an actor
	}
	if s.c.opt.NewActorLength > 0 && sp.first > s.noNewUntil && s.hasProper(sp.first, sp.last) {
		var words []string
		for i := sp.first; i <= sp.last; i++ {
			if s.tags[i] != "POS" {
				words = append(words, s.words[i])
			}
		}
		if len(words) <= s.c.opt.NewActorLength {
			q := "\"" + strings.Join(words, " ") + "\""
			s.noNewUntil = sp.last
			s.add(sp.first, sp.last, []acode{{code: q, base: q, first: sp.first, last: sp.last, hasActor: true}})
			return true
		}
		// Too long to be a new actor: nor are its parts.
		s.noNewUntil = sp.last
	}
	// A lowest-level NP with a proper noun is an (uncoded) named entity.
	if s.allLeaves(k) && s.hasProper(sp.first, sp.last) {
		s.add(sp.first, sp.last, nil)
		return true
	}
	return false
}

func (s *sent) add(first, last int, codes []acode) {
	if s.del[first] {
		// Not coded, but still a mention later references may point to
		// ("a senior Chinese military delegation" in a dropped apposition).
		if s.refs != nil && len(codes) > 0 {
			s.hidden = append(s.hidden, mention{first: first, last: last, codes: codes})
		}
		return
	}
	for i := first + 1; i <= last; i++ {
		if s.del[i] { // keep the part before an ignored clause
			last = i - 1
			break
		}
	}
	idx := int32(len(s.nes))
	s.nes = append(s.nes, mention{first: first, last: last, codes: codes})
	for i := first; i <= last; i++ {
		s.ne[i] = idx
	}
}

func (s *sent) allLeaves(k int) bool {
	for _, c := range s.nodes[k].Children {
		if !c.IsLeaf() {
			return false
		}
	}
	return true
}

func (s *sent) hasProper(a, b int) bool {
	for i := a; i <= b; i++ {
		if s.tags[i] == "NNP" || s.tags[i] == "NNPS" {
			return true
		}
	}
	return false
}

// headEnd returns the number of leading children of an NP that form its head:
// those before the first PP, clause, or comma-delimited apposition.
func headEnd(s *sent, ch []int) int {
	for i, j := range ch {
		l := s.nodes[j].Label
		if isLabel(l, "PP") || isLabel(l, "SBAR") || isLabel(l, "VP") || isLabel(l, "S") ||
			l == "," || l == ":" || isLabel(l, "PRN") || l == "-LRB-" {
			return i
		}
	}
	return len(ch)
}

func hasConj(s *sent, ch []int) bool {
	for _, j := range ch {
		if l := s.nodes[j].Label; l == "CC" || l == "CONJP" {
			return true
		}
	}
	return false
}

func anyActor(codes []acode) bool {
	for _, c := range codes {
		if c.hasActor {
			return true
		}
	}
	return false
}

// actorCrosses reports whether an actor phrase starting in [hs, he] runs past he
// (within end), as "PRINCE OF DOL AMROTH" runs from a head into its PP.
func (s *sent) actorCrosses(hs, he, end int) bool {
	ws := s.words[:end+1]
	for i := hs; i <= he; i++ {
		if idx, n := s.c.d.Actors.Match(ws, i); idx >= 0 && i+n-1 > he {
			return true
		}
	}
	return false
}

// codeNode returns the actor codes of the phrase under node k, computed once
// per sentence.
func (s *sent) codeNode(k int) []acode {
	if s.memoOK[k] {
		return s.memo[k]
	}
	cs := s.codeNode1(k)
	s.memo[k], s.memoOK[k] = cs, true
	return cs
}

func (s *sent) codeNode1(k int) []acode {
	n := s.nodes[k]
	sp := s.spans[k]
	if n.IsLeaf() {
		return s.codeFlat(sp.first, sp.last)
	}
	mark := len(s.chbuf)
	defer func() { s.chbuf = s.chbuf[:mark] }()
	ch := s.kids(k)
	// Compounds: "Gondor and Osgiliath", "Danish media and government".
	if hasConj(s, ch) {
		var groups [][]int
		start := 0
		for i, j := range ch {
			l := s.nodes[j].Label
			if l == "CC" || l == "CONJP" || l == "," || l == ":" {
				if i > start {
					groups = append(groups, ch[start:i])
				}
				start = i + 1
			}
		}
		if start < len(ch) {
			groups = append(groups, ch[start:])
		}
		groups = s.splitLists(groups)
		if len(groups) >= 2 {
			var all [][]acode
			coded := 0
			for _, g := range groups {
				cs := s.codeRange(g)
				if len(cs) > 0 {
					coded++
					all = append(all, cs)
				}
			}
			if coded >= 2 || (coded == 1 && len(groups) >= 2) {
				if coded == len(groups) {
					s.shareHead(groups, all)
				}
				return distribute(all)
			}
		}
	}
	h := headEnd(s, ch)
	if h > 0 && h < len(ch) {
		he := s.spans[ch[h-1]].last
		if s.actorCrosses(sp.first, he, sp.last) {
			return s.codeFlat(sp.first, sp.last)
		}
		head := s.codeRange(ch[:h])
		if anyActor(head) {
			return head
		}
		// "the government of Gondor", "soldiers from Gondor": agents of the head
		// join the actor in the prepositional phrase.
		for _, j := range ch[h:] {
			pn := s.nodes[j]
			if !isLabel(pn.Label, "PP") || len(pn.Children) < 2 {
				continue
			}
			prep := s.words[s.spans[j].first]
			obj := j + 1 + s.spans[j+1].size // second child of the PP
			if obj >= k+s.spans[k].size || !isLabel(s.nodes[obj].Label, "NP") {
				continue
			}
			switch prep {
			case "OF", "FROM", "IN", "AT":
			default:
				continue
			}
			objCodes := s.codeNode(obj)
			if !anyActor(objCodes) {
				continue
			}
			if len(head) == 0 {
				if prep == "OF" {
					return objCodes
				}
				break
			}
			var out []acode
			for _, hc := range head {
				for _, oc := range objCodes {
					out = append(out, s.combine(oc, hc.agents))
				}
			}
			return out
		}
		return head
	}
	if len(ch) == 1 {
		return s.codeNode(ch[0])
	}
	// "Old foes Gondor and Osgiliath": a compound among the parts wins.
	for _, j := range ch {
		if isLabel(s.nodes[j].Label, "NP") {
			if cs := s.codeNode(j); len(cs) >= 2 {
				return cs
			}
		}
	}
	return s.codeFlat(sp.first, sp.last)
}

// shareHead gives conjuncts that are only a nationality ("Senior Hungarian
// and Romanian officials") the role the last conjunct's head noun adds to its
// country: HUNGOV beside ROUGOV, not a bare HUN. A conjunct qualifies when it
// has no common noun and its one code is a bare actor; the last conjunct
// must end in a common noun and have a code that extends its actor's.
func (s *sent) shareHead(groups [][]int, all [][]acode) {
	last := all[len(all)-1]
	lg := groups[len(groups)-1]
	end := s.spans[lg[len(lg)-1]].last
	if len(last) != 1 || !strings.HasPrefix(s.tags[end], "NN") || s.tags[end] == "NNP" || s.tags[end] == "NNPS" {
		return
	}
	suffix, ok := strings.CutPrefix(last[0].code, last[0].base)
	if !ok || suffix == "" || !last[0].hasActor {
		return
	}
	for i := 0; i < len(all)-1; i++ {
		g := groups[i]
		if len(all[i]) != 1 || !all[i][0].hasActor || all[i][0].code != all[i][0].base {
			continue
		}
		common := false
		for l := s.spans[g[0]].first; l <= s.spans[g[len(g)-1]].last; l++ {
			if s.tags[l] == "NN" || s.tags[l] == "NNS" {
				common = true
			}
		}
		if common {
			continue
		}
		c := all[i][0]
		c.code = c.base + suffix
		all[i] = []acode{c}
	}
}

// splitLists opens a conjunct the parser bracketed as a list of its own,
// "((A, B,) and C)": a lone NP whose children are only noun phrases and
// commas becomes one conjunct per noun phrase.
func (s *sent) splitLists(groups [][]int) [][]int {
	var out [][]int
	for _, g := range groups {
		if len(g) != 1 || !isLabel(s.nodes[g[0]].Label, "NP") {
			out = append(out, g)
			continue
		}
		k := g[0]
		var nps []int
		list := true
		j := k + 1
		for range s.nodes[k].Children {
			switch l := s.nodes[j].Label; {
			case isLabel(l, "NP"):
				nps = append(nps, j)
			case l != ",":
				list = false
			}
			j += s.spans[j].size
		}
		if !list || len(nps) < 2 {
			out = append(out, g)
			continue
		}
		for _, n := range nps {
			out = append(out, []int{n})
		}
	}
	return out
}

// codeRange codes a run of sibling nodes as one phrase.
func (s *sent) codeRange(ch []int) []acode {
	if len(ch) == 1 && !s.nodes[ch[0]].IsLeaf() {
		return s.codeNode(ch[0])
	}
	return s.codeFlat(s.spans[ch[0]].first, s.spans[ch[len(ch)-1]].last)
}

// distribute lets conjuncts with agents but no actor borrow the actor (and
// the agents before the last) of the nearest conjunct that has one:
// "Danish media and government" → DNKMED, DNKGOV.
func distribute(all [][]acode) []acode {
	var out []acode
	for i, cs := range all {
		for _, c := range cs {
			if c.hasActor {
				out = append(out, c)
				continue
			}
			var donor *acode
			for d := i - 1; d >= 0 && donor == nil; d-- {
				donor = firstActor(all[d])
			}
			for d := i + 1; d < len(all) && donor == nil; d++ {
				donor = firstActor(all[d])
			}
			if donor == nil {
				out = append(out, c)
				continue
			}
			base := *donor
			if len(base.agents) > 0 {
				base.agents = base.agents[:len(base.agents)-1]
			}
			base.agents = append(append([]*dict.Agent(nil), base.agents...), c.agents...)
			base.code = composeCode(base.actorCode(), base.agents)
			base.first, base.last = c.first, c.last
			out = append(out, base)
		}
	}
	return out
}

func firstActor(cs []acode) *acode {
	for i := range cs {
		if cs[i].hasActor {
			return &cs[i]
		}
	}
	return nil
}

// actorCode is the code of the actor alone, before agents are added.
func (a *acode) actorCode() string {
	if !a.hasActor {
		return nullCode
	}
	return a.base
}

func (s *sent) combine(actor acode, agents []*dict.Agent) acode {
	out := actor
	out.agents = append(append([]*dict.Agent(nil), actor.agents...), agents...)
	out.code = composeCode(actor.actorCode(), out.agents)
	return out
}

// codeFlat codes the words a..b as one phrase: the first actor found, and
// every agent. The code's span is the whole phrase, the words that named the
// actor and its roles ("Iranian President Ebrahim Raisi"). Two things beat
// the first actor: a person holding a dated office on the sentence date,
// named later in the phrase ("Iranian President Ebrahim Raisi" is Raisi's
// IRNGOV term, not IRANIAN plus agents); and, when the dictionaries give no
// actor or a bare country, the country and sector a title or role says
// ("senior Iranian officials" → IRNGOV, "officers of the IRGC" → IRNMIL).
func (s *sent) codeFlat(a, b int) []acode {
	ws := s.words[:b+1]
	var actor *dict.Actor
	var dated *dict.Dated
	var agents []*dict.Agent
	actorCode := ""
	for i := a; i <= b; {
		if idx, n := s.c.d.Actors.Match(ws, i); idx >= 0 {
			e := &s.c.d.Actors.Entries[idx]
			if actor == nil {
				actor = e
				actorCode, dated = actor.CodeAt(s.date)
				i += n
				continue
			}
			// A second actor ("Chinese President Xi Jinping") does not
			// replace the first, unless the first is not a person in office
			// and the second is.
			if !isOffice(dated) {
				if code, d := e.CodeAt(s.date); isOffice(d) {
					actor, actorCode, dated = e, code, d
					i += n
					continue
				}
			}
		}
		if idx, end := s.c.d.Agents.Match(ws, i, 3); idx >= 0 {
			agents = append(agents, &s.c.d.Agents.Entries[idx])
			i = end
			continue
		}
		i++
	}
	if isOffice(dated) {
		// The office-holder term is the person's role: the title words
		// around the name add nothing ("Defense Minister ... Ashtiani" is
		// his IRNGOV term, not IRNGOVMIL).
		agents = nil
	}
	if t, ok := s.title(a, b, actor, actorCode, dated, agents); ok {
		return []acode{t}
	}
	if actor == nil && len(agents) == 0 {
		return nil
	}
	if actor != nil && actorCode == "" && len(agents) == 0 {
		return nil
	}
	var out []acode
	codes := []string{actorCode}
	if actor != nil && strings.Contains(actorCode, "/") {
		codes = strings.Split(actorCode, "/")
	}
	for _, ac := range codes {
		c := acode{base: ac, actor: actor, dated: dated, agents: agents, first: a, last: b, hasActor: actor != nil && ac != "" && ac != nullCode}
		if !c.hasActor {
			ac = nullCode
		}
		c.code = composeCode(ac, agents)
		if !c.hasActor && len(agents) == 0 {
			continue
		}
		out = append(out, c)
	}
	return out
}

// composeCode joins an actor code and agent codes: "NGO~" agents before it,
// "~GOV" agents after it, skipping a code the result already has.
func composeCode(actor string, agents []*dict.Agent) string {
	pre, post := "", ""
	for _, g := range agents {
		if g.Before {
			if !has3(pre, g.Code) && !has3(actor, g.Code) {
				pre += g.Code
			}
		}
	}
	code := pre + actor
	for _, g := range agents {
		if !g.Before && !has3(code+post, g.Code) {
			post += g.Code
		}
	}
	return code + post
}

// has3 reports whether code contains sub at a multiple of three.
func has3(code, sub string) bool {
	for i := 0; i+len(sub) <= len(code); i += 3 {
		if code[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
