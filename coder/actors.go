package coder

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// nullCode is the code of a missing actor.
const nullCode = "---"

// findActors marks the actor noun phrases of the sentence.
func (s *sent) findActors() {
	s.walk(0)
	s.brusselsEU()   // brussels.go
	s.signingSides() // signing.go
	s.placeRoles()
	s.placeLocals()
	s.theState()
	s.lawObjects()   // lawobject.go
	s.armedObjects() // armedobject.go
}

// localRoles reports whether every code is a role of people who are
// usually of the place they are in: rebels, refugees, the opposition,
// students, workers, radicals, civilians, religious groups, and criminal
// gangs, which operate where they are from ("soldiers arrested members of
// the gang in Guayaquil" is ECUCRM, not the bare ECU).
func localRoles(cs []acode) bool {
	for _, c := range cs {
		if len(c.agents) == 0 {
			return false
		}
		for _, g := range c.agents {
			switch g.Code {
			case "REB", "INS", "SEP", "REF", "OPP", "EDU", "LAB", "RAD", "CVL", "MUS", "REL", "CHR", "AGR", "CRM":
			default:
				return false
			}
		}
	}
	return true
}

// placeRoles gives a role with no country ("the Maoist rebels", "refugees")
// the country of a place phrase right after it, "in Nepal", "from
// Liberia", when the parser attached that phrase to the verb rather than
// to the noun: "urged the Maoist rebels in Nepal to ..." is NPLREB. Only
// the roles of people who belong where they are (see localRoles): troops,
// police, diplomats and journalists "in Iraq" are as often foreign, and "an
// embassy in Tehran" is not Iran's.
func (s *sent) placeRoles() {
	for m := range s.nes {
		cs := s.nes[m].codes
		if len(cs) == 0 || anyActor(cs) || !localRoles(cs) {
			continue
		}
		i := s.nes[m].last + 1
		if i+1 >= len(s.words) || s.del[i] {
			continue
		}
		var p int
		switch s.words[i] {
		case "IN", "FROM":
			p = int(s.ne[i+1])
			if p >= 0 && s.nes[p].first != i+1 {
				p = -1
			}
		default:
			p = s.fledFrom(i) // "refugees fleeing the civil war in Liberia"
		}
		if p < 0 || len(s.nes[p].codes) != 1 {
			continue
		}
		pc := s.nes[p].codes[0]
		if !pc.hasActor || len(pc.code) != 3 || pc.role != nil || pc.ref != nil {
			continue // a bare country or city only
		}
		if s.signingParty(m) != -1 {
			continue // the place of a signing, not its party's (signing.go)
		}
		s.nes[m].codes = s.ofCountry(pc, cs)
	}
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
		if !s.actorCrosses(hs, he, s.spans[k].last) && !s.agentCrosses(hs, he, s.ppEnd(ch, h)) {
			codes := s.codeRange(ch[:h])
			if anyActor(codes) && h == 1 && s.withPartner(ch[0]) {
				// The head is itself a noun and its "with" partner ("Iran's
				// talks with the United States" before "on trade"): it is
				// read as it would be without the outer phrase, so the
				// partner is a mention of its own.
				s.walk(ch[0])
				for _, j := range ch[h:] {
					s.walk(j)
				}
				return true
			}
			if !anyActor(codes) && len(codes) > 0 && s.backingRelative(ch[h]) {
				s.add(hs, he, codes)
				s.asideBacking(ch[h:]) // backingrelative.go
				return true
			}
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
	if len(codes) > 0 && s.datelineAgency(first, last) {
		codes = nil // the byline's agency wrote the story: no actor of it
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

// withPartner reports whether node k is a noun phrase whose head is followed
// by a "with" phrase ("talks with the IMF", "a deal with Iran"): "with" after
// a noun names a second party, never part of the first one's name, as "of",
// "to" or "in" may be ("the president of France", "ambassador to the UN").
func (s *sent) withPartner(k int) bool {
	n := s.nodes[k]
	if !isLabel(n.Label, "NP") || n.IsLeaf() {
		return false
	}
	mark := len(s.chbuf)
	defer func() { s.chbuf = s.chbuf[:mark] }()
	ch := s.kids(k)
	h := headEnd(s, ch)
	if h == 0 || h >= len(ch) || !isLabel(s.nodes[ch[h]].Label, "PP") {
		return false
	}
	return s.words[s.spans[ch[h]].first] == "WITH"
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
		if idx, n := s.matchActor(ws, i); idx >= 0 && i+n-1 > he {
			return true
		}
	}
	return false
}

// ppEnd returns the last leaf of the prepositional phrases that follow the
// head (the first h children of an NP), up to an apposition, a comma or a
// parenthesis.
func (s *sent) ppEnd(ch []int, h int) int {
	he := s.spans[ch[h-1]].last
	end := he
	for _, j := range ch[h:] {
		if !isLabel(s.nodes[j].Label, "PP") {
			break
		}
		end = s.spans[j].last
	}
	for i := he + 1; i <= end; i++ {
		if t := s.tags[i]; t == "," || t == ":" || t == "-LRB-" {
			return i - 1
		}
	}
	return end
}

// agentCrosses reports whether an agent phrase starting in [hs, he] runs
// past he to the end of the phrase: "the Nigerian Union of Teachers" is one
// union (~LAB), not "the Nigerian Union" and some teachers. One that stops
// short ("the chief of staff | of the Iranian Armed Forces") leaves the
// rest to be read as the PP it is.
func (s *sent) agentCrosses(hs, he, end int) bool {
	ws := s.words[:end+1]
	for i := hs; i <= he; i++ {
		if idx, e := s.c.d.Agents.Match(ws, i, 0); idx >= 0 && e-1 > he && e-1 == end {
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
					s.shareNextRole(groups, all) // sharednat.go
				}
				return distribute(all)
			}
		}
	}
	if cs := s.sharedNoun(k, ch); cs != nil {
		return cs
	}
	h := headEnd(s, ch)
	if h > 0 && h < len(ch) {
		he := s.spans[ch[h-1]].last
		// A name running from the head into its prepositional phrases
		// ("the Union of Teachers"): code the head and those phrases as
		// one, without an apposition or clause after them.
		end := s.ppEnd(ch, h)
		if s.actorCrosses(sp.first, he, end) || s.agentCrosses(sp.first, he, end) {
			return s.codeFlat(sp.first, end)
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
			case "OF", "FROM", "IN", "AT", "THROUGHOUT", "ACROSS":
			default:
				continue
			}
			objCodes := s.codeNode(obj)
			if !anyActor(objCodes) {
				// "Members of parliament", "tens of thousands of
				// students": a head with no code of its own takes the
				// role of what it counts or belongs to, for a country
				// in a later phrase to complete ("... from Kenya").
				if len(head) == 0 && prep == "OF" && len(objCodes) > 0 {
					return objCodes
				}
				if prep == "OF" && collectiveHead(s.words[he]) && len(objCodes) > 0 {
					return objCodes // "a mob of factory workers" are workers
				}
				continue
			}
			if prep == "OF" && delegateHead(s.words[he]) {
				return objCodes // "representatives of Venezuela's government" (collective.go)
			}
			if len(head) == 0 {
				if prep == "OF" {
					if cs := s.supportersOf(he, objCodes); cs != nil {
						return cs
					}
					// "the leaders of Iran": a title head with no
					// dictionary code gives its sector to the country,
					// as "Iranian leaders" is IRNGOV.
					if t := s.titleOf(sp.first, s.spans[j].last, objCodes); t != nil {
						return t
					}
					return objCodes
				}
				break
			}
			// The head names the role, the phrase whose: "workers of the
			// United Bus Company of Tehran" are IRNLAB, not IRNBUSLAB, and
			// "members of parliament from Kenya's Liberal Democratic
			// Party" KENLEG. The object's own agents give way to the
			// head's.
			if !s.headIsAgent(he, head) {
				// "the naval blockade of Yugoslavia": the head names a
				// thing, and its adjective's role is not the country's.
				return objCodes
			}
			var out []acode
			for _, hc := range head {
				for _, oc := range objCodes {
					if len(hc.agents) > 0 && oc.role == nil && oc.ref == nil {
						oc.agents = nil
					}
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
	if !sameCode(last) || !strings.HasPrefix(s.tags[end], "NN") || s.tags[end] == "NNP" || s.tags[end] == "NNPS" {
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

// sameCode reports whether cs holds one code, once or more: the last
// conjunct of "U.S. and British warplanes and warships" is itself a
// compound whose members share GBRMIL, and its role is shared as one
// conjunct's would be.
func sameCode(cs []acode) bool {
	if len(cs) == 0 {
		return false
	}
	for _, c := range cs[1:] {
		if c.code != cs[0].code || c.base != cs[0].base {
			return false
		}
	}
	return true
}

// sharedNoun codes an NP whose nationalities are coordinated before one
// head noun, "French and Egyptian warships" (NP (ADJP French and Egyptian)
// warships): one actor per nationality, each with the role the whole phrase
// gives the first (FRAMIL, EGYMIL). It returns nil when the NP is not of
// that shape or a conjunct is not a bare country.
func (s *sent) sharedNoun(k int, ch []int) []acode {
	adj := -1
	for _, j := range ch {
		n := s.nodes[j]
		if isLabel(n.Label, "ADJP") && s.allLeaves(j) {
			for _, c := range n.Children {
				if c.Label == "CC" {
					adj = j
				}
			}
		}
	}
	if adj < 0 {
		return nil
	}
	sp := s.spans[k]
	whole := s.codeFlat(sp.first, sp.last)
	if len(whole) != 1 || !whole[0].hasActor {
		return nil
	}
	role, ok := strings.CutPrefix(whole[0].code, whole[0].base)
	if !ok {
		return nil
	}
	var out []acode
	for l := s.spans[adj].first; l <= s.spans[adj].last; l++ {
		if s.tags[l] == "CC" || s.tags[l] == "," {
			continue
		}
		cs := s.codeFlat(l, l)
		if len(cs) != 1 || !cs[0].hasActor || len(cs[0].code) != 3 || cs[0].code != cs[0].base {
			return nil
		}
		c := whole[0]
		c.actor, c.dated, c.role = cs[0].actor, cs[0].dated, cs[0].role
		c.base, c.code = cs[0].base, cs[0].base+role
		out = append(out, c)
	}
	if len(out) < 2 {
		return nil
	}
	return out
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
			if len(c.agents) > 0 {
				base.base = countryOfRole(base.base)
			}
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
// actor and its roles ("Iranian President Ebrahim Raisi"). Three things beat
// the first actor: a person holding a dated office on the sentence date,
// named later in the phrase ("Iranian President Ebrahim Raisi" is Raisi's
// IRNGOV term, not IRANIAN plus agents); a later, more specific actor whose
// code extends the first one's ("Human rights organization Amnesty
// International" is NGOHRIAMN, not the generic NGOHRI; "Israeli right-winger
// Ariel Sharon" is ISRELI, not ISR); and, when the dictionaries give no
// actor or a bare country, the country and sector a title or role says
// ("senior Iranian officials" → IRNGOV, "officers of the IRGC" → IRNMIL).
// A named person or body with a role code of its own is not re-described by
// the agent words before its name: "the militant group Hamas" is
// PSEREBHMS, not PSEREBHMSUAF.
func (s *sent) codeFlat(a, b int) []acode {
	ws := s.words[:b+1]
	var actor *dict.Actor
	var dated *dict.Dated
	var agents []*dict.Agent
	actorCode := ""
	actorAt := -1     // first word of the chosen actor
	agentsBefore := 0 // agents found before actorAt
	for i := a; i <= b; {
		idx, n := s.matchActor(ws, i)
		if idx < 0 {
			idx, n = s.matchHyphen(ws, i)
		}
		if idx < 0 {
			idx, n = s.matchInnerHyphen(ws, i) // innerhyphen.go
		}
		if idx >= 0 && !s.overlapped(ws, i, n) {
			e := &s.c.d.Actors.Entries[idx]
			if actor == nil {
				actor, actorAt, agentsBefore = e, i, len(agents)
				actorCode, dated = actor.CodeAt(s.date)
				i += n
				continue
			}
			// A second actor ("Chinese President Xi Jinping") does not
			// replace the first, unless the first is not a person in office
			// and the second is, or the second is more specific.
			if !isOffice(dated) {
				if code, d := e.CodeAt(s.date); isOffice(d) || moreSpecific(code, actorCode) {
					actor, actorCode, dated = e, code, d
					actorAt, agentsBefore = i, len(agents)
					i += n
					continue
				}
			}
			if n > 1 {
				// A state's own body whose name another actor's entry also
				// holds ("Iran's Supreme National Security Council": the
				// U.S. NSC, the U.N.'s Security Council) is the state's
				// organ when the name ends the phrase, as its head, and an
				// agent phrase covers all its words: the longer or equal
				// agent reading wins over the name inside it.
				if i+n-1 == b && stateOf(actorCode) == actorCode {
					if gi, end := s.c.d.Agents.Match(ws, i, 3); gi >= 0 && end >= i+n && !shoreOf(s.words, i, end) {
						agents = append(agents, &s.c.d.Agents.Entries[gi])
						i = end
						continue
					}
				}
				// Otherwise the words of a second name are its own, not
				// roles of the first actor: "a U.S.-drafted Security
				// Council resolution" has no council agent on the drafter.
				i += n
				continue
			}
		}
		if idx, end := s.c.d.Agents.Match(ws, i, 3); idx >= 0 && !shoreOf(s.words, i, end) {
			agents = append(agents, &s.c.d.Agents.Entries[idx])
			i = end
			continue
		}
		i++
	}
	if actor == nil && len(agents) > 0 {
		if e, c, d := s.titledSurname(a, b); e != nil {
			actor, actorCode, dated, actorAt, agentsBefore = e, c, d, b, len(agents) // surname.go
		}
	}
	if actor != nil && actorAt > a && agentsBefore > 0 && !s.formerTitle(a, actorAt) {
		if sec := staleElite(actorCode, dated, s.date, agents[:agentsBefore]); sec != "" {
			actorCode = actorCode[:3] + sec // stale.go
		}
	}
	if actor != nil && actorAt > a && agentsBefore > 0 && ownRole(actorCode) {
		agents = agents[agentsBefore:]
	}
	titleFrom := a // where a title with no name may start
	if actor != nil {
		if g, st, after := s.possessedOrgan(a, b, actorAt, actorCode); g != nil {
			actorCode, dated, agents = st, nil, []*dict.Agent{g} // possorgan.go
			titleFrom = after
		}
	}
	agents = runByState(agents)         // govinst.go
	agents = s.stateMedia(a, b, agents) // statemedia.go
	if isOffice(dated) {
		// The office-holder term is the person's role: the title words
		// around the name add nothing ("Defense Minister ... Ashtiani" is
		// his IRNGOV term, not IRNGOVMIL).
		agents = nil
	}
	if actor != nil && actorAt > a && s.formerTitle(a, actorAt) {
		// "former President Alan Garcia": the text says the term is over.
		if c, ok := formerCode(actorCode); ok {
			actorCode, agents = c, nil
		}
	}
	if len(agents) > 0 && formerAgents(agents) && s.formerTitle(titleFrom, b+1) {
		// "Peru's former foreign minister": a title with no name. With no
		// country in the phrase ("a former minister", "former caretaker
		// ministers") the title is still over: the elites of whatever
		// country the sentence gives it, not its government. For the
		// organ a possessor names, only the words after the possessive
		// are its title: "ousted Prime Minister X's administration" is
		// the government X headed (possorgan.go), the former title X's
		// own; "Peru's former foreign minister" is still PERELI.
		agents = []*dict.Agent{eliAgent}
	}
	if t, ok := s.title(a, b, actor, actorCode, dated, agents); ok {
		return s.one(t)
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
		if len(codes) == 1 {
			return s.one(c) // the common case, without an allocation of its own
		}
		out = append(out, c)
	}
	return out
}

// composeCode joins an actor code and agent codes: "NGO~" agents before it,
// "~GOV" agents after it, skipping a code the result already has.
func composeCode(actor string, agents []*dict.Agent) string {
	pre, post := "", ""
	opp := opposes(agents)
	if opp && len(actor) == 6 && actor[3:] == "GOV" {
		actor = actor[:3] // "Kremlin critic Alexei Navalny": RUSOPP
	}
	for _, g := range agents {
		if nationalTroops(actor, g) {
			if !has3(actor+post, "MIL") {
				post += "MIL"
			}
			continue
		}
		if g.Before {
			if !has3(pre, g.Code) && !has3(actor, g.Code) {
				pre += g.Code
			}
		}
	}
	code := pre + actor
	if pre != "" && actor == nullCode {
		code = pre // "peacekeeping troops", "an international aid agency": IGO, NGO
	}
	for _, g := range agents {
		if opp && g.Code == "GOV" {
			continue // "government critics" are the opposition
		}
		if g.Code == "PPL" && len(code) == 3 && code != nullCode {
			continue // "two Japanese men", "the people of Haiti": the country (roles22)
		}
		if !g.Before && !has3(code+post, g.Code) && !(ownArmedRole(g.Code) && armed(code)) && !bodyInvestigator(code, g) {
			post += g.Code
		}
	}
	return refugeeNotCivilian(spyNotMil(code + post))
}

// refugeeNotCivilian codes civilian refugees as refugees: REF is a kind of
// civilian, and "thousands of Tamil civilian refugees" is LKAREF, not
// LKACVLREF.
func refugeeNotCivilian(code string) string {
	if len(code) < 9 || !has3(code[3:], "REF") {
		return code
	}
	for i := 3; i+3 <= len(code); i += 3 {
		if code[i:i+3] == "CVL" {
			return code[:i] + code[i+3:]
		}
	}
	return code
}

// spyNotMil codes an intelligence service as SPY whatever branch runs it:
// CAMEO's SPY role is the intelligence services, and "Pakistan's military
// spy service" (Phoenix's MILITARY_INTELLIGENCE, ~MILSPY) is PAKSPY, as its
// civilian counterpart would be.
func spyNotMil(code string) string {
	for i := 0; i+6 <= len(code); i += 3 {
		if code[i:i+6] == "MILSPY" {
			return code[:i] + code[i+3:]
		}
	}
	return code
}

// opposes reports whether the agents name the opposition to the actor they
// follow: a critic, dissident or opponent of the Kremlin or of the
// government is not the government but the country's opposition (CAMEO
// OPP), so the government role the name gives gives way to it.
func opposes(agents []*dict.Agent) bool {
	for _, g := range agents {
		if !g.Before && g.Code == "OPP" {
			return true
		}
	}
	return false
}

// armedRole reports whether an agent code names a non-state armed role.
func armedRole(code string) bool {
	switch code {
	case "REB", "INS", "SEP", "UAF":
		return true
	}
	return false
}

// ownArmedRole reports whether an agent of code names, after a non-state
// armed group, the group's own members: an armed role ("Hamas militants"),
// its forces or troops ("Taliban forces", "Houthi forces": MIL), or a
// breakaway faction ("FARC dissidents": OPP). A group's forces are the group
// (REB), not a state's military beside it, and its dissidents still fight
// as rebels.
func ownArmedRole(code string) bool {
	return armedRole(code) || code == "MIL" || code == "OPP"
}

// armed reports whether an actor code is already a non-state armed group's:
// "Hamas militants" are PSEREBHMS, "Taliban fighters" AFGREB, "al-Qaeda
// gunmen" IMGMUSALQ, without a second armed role after the first.
func armed(code string) bool {
	if strings.HasPrefix(code, "IMG") {
		return true
	}
	for i := 3; i+3 <= len(code); i += 3 {
		if armedRole(code[i : i+3]) {
			return true
		}
	}
	return false
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

// moreSpecific reports whether code names a narrower actor than prev: prev
// is missing (an entry with no code on the date), or code extends it
// (NGOHRI → NGOHRIAMN, ISR → ISRELI, PSE → PSEREBHMS).
func moreSpecific(code, prev string) bool {
	if code == "" || strings.Contains(code, "/") {
		return false
	}
	if prev == "" {
		return true
	}
	return len(code) > len(prev) && strings.HasPrefix(code, prev)
}

// ownRole reports whether an actor code carries a role of its own beyond a
// country or region (ISRELI, PSEREBHMS, NGOHRIAMN, IGOUNO): a named person
// or body, which descriptive agent words before the name do not change.
func ownRole(code string) bool {
	return len(code) > 3 && !strings.Contains(code, "/")
}

// overlapped reports whether the actor phrase of n words at i is cut short
// by another that starts inside it and ends after it: "the West Bank" is
// WEST_BANK, not THE_WEST and a bank.
func (s *sent) overlapped(ws []string, i, n int) bool {
	for j := i + 1; j < i+n; j++ {
		if idx, m := s.matchActor(ws, j); idx >= 0 && j+m > i+n {
			return true
		}
	}
	return false
}

// matchActor is the dictionary's longest actor phrase at word i, except a
// one-word phrase written in lower case: the dictionaries' one-word phrases
// are names (countries, demonyms, people, acronyms), and in news a name is
// capitalised, so "accused us" is the pronoun, not the US, and "the protest
// marches" not the Marches of Italy ("dyad dict check" lists the one-word
// phrases that are common words).
func (s *sent) matchActor(ws []string, i int) (int, int) {
	idx, n := s.c.d.Actors.Match(ws, i)
	if idx < 0 {
		if k := s.koreanHalf(ws, i); k >= 0 {
			return k, 1 // north.go
		}
	}
	if idx >= 0 && n == 1 && lowerWord(s.leaves[i].Word) {
		return -1, 0
	}
	if idx >= 0 && n > 1 && s.lowerPlace(idx, i, n) {
		return -1, 0
	}
	return idx, n
}

// lowerPlace reports whether the n words at i, all written in lower case,
// match a country or region's name: news capitalises those, so "the west
// bank of the Dnipro" is a river bank, not the West Bank (PSE), and "the
// west of the country" not the West. Lower-case generic names the
// dictionaries hold on purpose ("aid agencies" NGO, "human rights
// organization" NGOHRI) are not places and still match.
func (s *sent) lowerPlace(idx, i, n int) bool {
	for j := i; j < i+n; j++ {
		if w := s.leaves[j].Word; !lowerWord(w) && w != "-" {
			return false
		}
	}
	code, _ := s.c.d.Actors.Entries[idx].CodeAt(s.date)
	return len(code) == 3 && code != "NGO" && code != "IGO" && code != "MED" && code != "MNC" && code != "IMG"
}

// lowerWord reports whether w has letters and none of them upper case.
func lowerWord(w string) bool {
	letter := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'A' && c <= 'Z':
			return false
		case c >= 'a' && c <= 'z':
			letter = true
		}
	}
	return letter
}

// matchHyphen matches an actor phrase whose first words the text joins
// with hyphens: Phoenix writes JEAN_BERTRAND_ARISTIDE, news "Jean-Bertrand
// Aristide", which the tokenizer keeps as one word. The phrase must cover
// every part of the hyphenated word ("Vietnamese-led" is not VIETNAMESE).
// It returns the entry and the number of text words, or -1, 0.
func (s *sent) matchHyphen(ws []string, i int) (int, int) {
	w := ws[i]
	if strings.IndexByte(w, '-') <= 0 || lowerWord(s.leaves[i].Word) {
		return -1, 0
	}
	parts, ok := hyphenParts(w)
	if !ok {
		return -1, 0
	}
	if idx, n, ok := s.matchAuthored(ws, i, parts); ok { // authored.go
		return idx, n
	}
	if led := len(parts) - 1; led >= 1 && (parts[led] == "LED" || parts[led] == "FLAGGED") {
		// "the Saudi-led coalition", "U.S.-led forces": a force is coded as
		// the state that leads it (CAMEO practice, as the news set README's
		// Saudi-led coalition SAU). A ship is coded as the state whose flag
		// it flies ("a Liberian-flagged tanker" LBR, with the agent's
		// role). Not before a name of its own: "the U.S.-led West" is the
		// West, "the Russian-led CSTO" the CSTO.
		if i+1 < len(ws) && strings.HasPrefix(s.tags[i+1], "NNP") {
			return -1, 0
		}
		if idx, n := s.c.d.Actors.Match(parts[:led], 0); idx >= 0 && n == led {
			return idx, 1
		}
		return -1, 0
	}
	return s.matchSplit(ws, i, i, parts)
}

// hyphenParts splits a word at its hyphens; ok is false when a part is
// empty ("-", "anti-").
func hyphenParts(w string) (parts []string, ok bool) {
	parts = strings.Split(w, "-")
	return parts, !slices.Contains(parts, "")
}

// matchSplit matches an actor phrase starting at word i with word j (j ≥ i)
// read as its hyphen-separated parts, as Phoenix writes such names; the
// match must cover every part. It returns the entry and the number of text
// words, or -1, 0.
func (s *sent) matchSplit(ws []string, i, j int, parts []string) (int, int) {
	tmp := make([]string, 0, len(ws)-i+len(parts))
	tmp = append(append(append(tmp, ws[i:j]...), parts...), ws[j+1:]...)
	idx, n := s.c.d.Actors.Match(tmp, 0)
	if idx < 0 || n < j-i+len(parts) {
		return -1, 0
	}
	return idx, n - len(parts) + 1
}

// ofCountry returns the codes cs, agents only, given the country (or place)
// pc: "students" before "in Belgrade" are SRBEDU. Each keeps its own span.
func (s *sent) ofCountry(pc acode, cs []acode) []acode {
	out := make([]acode, 0, len(cs))
	for _, c := range cs {
		out = append(out, s.withCountry(pc, c))
	}
	return out
}

// withCountry is the code c, agents only, given the country pc.
func (s *sent) withCountry(pc acode, c acode) acode {
	n := s.combine(pc, c.agents)
	n.first, n.last = c.first, c.last
	return n
}

// shoreOf reports whether the agent words ws[i:end] are "banks" before
// "of": "the northern banks of Pangong Lake" are land by water, not
// lenders ("sanctions on Russian banks", dyad.agents.txt BANKS ~BUS). ws
// is the whole sentence's words, since the phrase read may stop before
// its PP.
func shoreOf(ws []string, i, end int) bool {
	return end == i+1 && ws[i] == "BANKS" && end < len(ws) && ws[end] == "OF"
}
