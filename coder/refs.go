package coder

import (
	"fmt"
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/coref"
)

// refCand is a noun phrase that may refer back to an earlier actor.
type refCand struct {
	first, last int
	coded       bool // the dictionaries coded it (a definite description may still refine it)
}

// resolveRefs codes the references of the sentence — pronouns, "both
// sides", "the two countries", "the delegation", capitals standing for their
// state — against the document's earlier mentions, and records every actor
// mention of the sentence, in order, for the sentences after it. A resolved
// reference is an actor phrase like any other, with the mention it came from
// in its provenance.
func (s *sent) resolveRefs() {
	var candBuf [8]refCand // on the stack: most sentences have a few candidates
	cands := candBuf[:0]
	for k := range s.nodes {
		if c, ok := s.refCandidate(k); ok {
			cands = append(cands, c)
		}
	}
	// The main clause's subject is recorded last: the most salient actor
	// of a sentence is the likeliest antecedent of the next sentence's "it"
	// or "he" ("China condemned France. It also ..." is China).
	subj := s.mainSubject()
	record := func(m int) {
		if m != subj {
			s.record(m)
		}
	}
	defer func() {
		if subj >= 0 {
			s.record(subj)
		}
	}()
	ci, hi := 0, 0
	for i := 0; i < len(s.leaves); i++ {
		for ci < len(cands) && cands[ci].first < i {
			ci++
		}
		for ; hi < len(s.hidden) && s.hidden[hi].first <= i; hi++ {
			s.recordCodes(s.hidden[hi].codes)
		}
		if ci < len(cands) && cands[ci].first == i {
			c := cands[ci]
			if s.stateWordSubject(c) {
				record(int(s.ne[i]))
				i = c.last
				continue
			}
			if s.deferredPronoun(c) {
				// Left to the clause above's subject (refs_clause.go).
				i = c.last
				continue
			}
			// crowd.go: "dispersed them"; refs_adverbial.go: "as they".
			if s.crowdPronoun(c) || s.adverbialPronoun(c) || s.resolve(c) {
				record(int(s.ne[i]))
				i = s.nes[s.ne[i]].last
				continue
			}
		}
		if m := int(s.ne[i]); m >= 0 && s.nes[m].first == i {
			s.possessive(m)
			record(m)
			i = s.nes[m].last
		}
	}
}

// possessive codes a role named with a possessive pronoun, "its army",
// "his government", "their militias", by the country of the actor the
// pronoun refers to: "Israel and its army" is ISR and ISRMIL.
func (s *sent) possessive(m int) {
	first := s.nes[m].first
	cs := s.nes[m].codes
	if s.tags[first] != "PRP$" || len(cs) == 0 || anyActor(cs) {
		return
	}
	var pron string
	switch s.words[first] {
	case "ITS":
		pron = "it"
	case "THEIR":
		pron = "they"
	case "HIS":
		pron = "he"
	case "HER":
		pron = "she"
	default:
		return
	}
	// The nearest actor before it in the sentence (the subject is recorded
	// for the resolver only at the sentence's end), else an earlier one.
	var a dyad.Actor
	if subj := s.subordinateSubjectAntecedent(first); subj >= 0 {
		c := s.nes[subj].codes
		a = s.actor(&c[0])
		a.Resolved = resolvedText(a)
	}
	// "Their" after two states named together is each of them
	// (refs_each.go), before the nearest single actor is taken.
	if a.Code == "" && pron == "they" && s.possessiveOfEach(m, first) {
		return
	}
	for j := m - 1; j >= 0 && a.Code == ""; j-- {
		if c := s.nes[j].codes; len(c) == 1 && c[0].hasActor && s.nes[j].last < first {
			a = s.actor(&c[0])
			a.Resolved = resolvedText(a)
		}
	}
	if a.Code == "" {
		span := s.span(first, first)
		actors, ok := s.refs.Resolve(pron, span, s.sentIdx)
		if !ok || len(actors) != 1 {
			return
		}
		a = actors[0]
	}
	if len(a.Code) < 3 {
		return
	}
	country := a.Code[:3]
	if stateless(country) {
		return
	}
	s.referenceEntry(&a, first, first)
	out := make([]acode, 0, len(cs))
	for _, c := range cs {
		if len(c.agents) == 0 {
			return
		}
		n := c
		n.base, n.hasActor, n.ref = country, true, &a
		n.code = composeCode(country, c.agents)
		out = append(out, n)
	}
	s.nes[m].codes = out
}

// mainSubject returns the mention that is the subject of the top clause,
// or -1.
func (s *sent) mainSubject() int {
	top := s.topS()
	if top < 0 {
		return -1
	}
	j := top + 1
	for range s.nodes[top].Children {
		l := s.nodes[j].Label
		if isLabel(l, "VP") {
			return -1
		}
		if isLabel(l, "NP") {
			if m := int(s.ne[s.spans[j].first]); m >= 0 && len(s.nes[m].codes) > 0 {
				return m
			}
			return -1
		}
		j += s.spans[j].size
	}
	return -1
}

// record adds the codes of mention m to the document's resolver.
func (s *sent) record(m int) { s.recordCodes(s.nes[m].codes) }

func (s *sent) recordCodes(codes []acode) {
	for _, c := range codes {
		if !c.hasActor || s.isPlace(c.first) || s.datelineAgency(c.first, c.last) {
			continue
		}
		s.refs.Add(coref.Mention{
			Sentence: s.sentIdx,
			Span:     s.span(c.first, c.last),
			Text:     s.text(c.first, c.last),
			Code:     c.code,
		})
	}
}

// refCandidate reports whether node k is a phrase that may refer back: a
// bare pronoun, or a lowest-level noun phrase opened by "the" or "both"
// with no name in it, or a name the dictionaries do not know (a capital),
// not after a preposition of place.
func (s *sent) refCandidate(k int) (refCand, bool) {
	n := s.nodes[k]
	if !isLabel(n.Label, "NP") || n.IsLeaf() || !s.allLeaves(k) {
		return refCand{}, false
	}
	sp := s.spans[k]
	c := refCand{first: sp.first, last: sp.last}
	if m := s.ne[sp.first]; m >= 0 {
		if len(s.nes[m].codes) > 0 {
			c.coded = true
		} else if s.nes[m].first != sp.first || s.nes[m].last != sp.last {
			return refCand{}, false
		}
	}
	if s.del[sp.first] || s.used[sp.first] {
		return refCand{}, false
	}
	first := s.words[sp.first]
	switch {
	case sp.first == sp.last && s.tags[sp.first] == "PRP":
		switch first {
		case "HE", "SHE", "IT", "THEY", "HIM", "HER", "THEM":
			return c, !c.coded
		}
		return refCand{}, false
	case first == "THE" || first == "BOTH":
		if s.hasProper(sp.first, sp.last) || sp.last-sp.first > 3 {
			return refCand{}, false
		}
		return c, true
	case !c.coded && s.allProper(sp.first, sp.last) && !s.afterPlacePrep(sp.first):
		return c, true
	}
	return refCand{}, false
}

func (s *sent) allProper(a, b int) bool {
	for i := a; i <= b; i++ {
		if s.tags[i] != "NNP" && s.tags[i] != "NNPS" {
			return false
		}
	}
	return true
}

// afterPlacePrep reports whether the word before leaf i makes a name a
// place rather than an actor: "in Tehran", "from Beijing".
func (s *sent) afterPlacePrep(i int) bool {
	if i == 0 {
		return false
	}
	switch s.words[i-1] {
	case "IN", "AT", "FROM", "TO", "NEAR", "INSIDE", "OUTSIDE", "ACROSS", "WITHIN", "INTO", "THROUGH", "VIA", "OF":
		return true
	}
	return false
}

// isPlace reports whether the phrase at leaf i is said as a place ("met Xi
// in Tehran"): the dictionaries code it, but "both sides" or "it" later do
// not mean it.
func (s *sent) isPlace(i int) bool {
	if i == 0 {
		return false
	}
	switch s.words[i-1] {
	case "IN", "AT", "NEAR", "INSIDE", "OUTSIDE", "ACROSS", "WITHIN", "THROUGHOUT":
		return true
	}
	return false
}

// resolve asks the resolver about candidate c and, when it names actors,
// makes c an actor phrase with their codes. A description the dictionaries
// coded keeps its own code unless the reference agrees with its country
// ("The Chinese delegates", CHN plus the delegate agent, is the Chinese
// military delegation mentioned before).
func (s *sent) resolve(c refCand) bool {
	text := s.text(c.first, c.last)
	span := s.span(c.first, c.last)
	var actors []dyad.Actor
	var ok bool
	if subj, isObj := s.objectPronounSubject(c); isObj {
		actors, ok = s.refs.ResolveObject(treebankUnescape(text), span, s.sentIdx, subj)
	} else {
		actors, ok = s.refs.Resolve(treebankUnescape(text), span, s.sentIdx)
	}
	if !ok || len(actors) == 0 {
		return false
	}
	m := int(s.ne[c.first])
	if c.coded && !s.agentOnlyAgrees(m, actors) {
		own := s.nes[m].codes
		if len(actors) != 1 || len(own) != 1 || !own[0].hasActor || len(own[0].base) < 3 ||
			!strings.HasPrefix(actors[0].Code, own[0].base[:3]) {
			return false
		}
	}
	codes := make([]acode, 0, len(actors))
	for i := range actors {
		a := actors[i]
		if a.Entry == "" {
			a.Entry, a.Dict = "reference: "+text, "dyad.coref"
		}
		base := a.Code
		if len(base) > 3 {
			base = base[:3]
		}
		codes = append(codes, acode{code: a.Code, base: base, first: c.first, last: c.last, hasActor: true, ref: &a})
	}
	return s.codeCandidate(c, codes)
}

// codeCandidate makes candidate c an actor phrase with codes: the mention
// that spans exactly c takes them, else a new mention is added. It reports
// whether c is now a mention. resolve, crowdPronoun (crowd.go) and
// adverbialPronoun (refs_adverbial.go) end with it.
func (s *sent) codeCandidate(c refCand, codes []acode) bool {
	if m := int(s.ne[c.first]); m >= 0 && s.nes[m].first == c.first && s.nes[m].last == c.last {
		s.nes[m].codes = codes
		return true
	}
	s.add(c.first, c.last, codes)
	return s.ne[c.first] >= 0
}

// referenceEntry marks a as what the reference in leaves first..last
// resolved to: its Entry says the reference's words and then the
// antecedent's own entry ("reference: they → …").
func (s *sent) referenceEntry(a *dyad.Actor, first, last int) {
	a.Entry, a.Dict = "reference: "+s.text(first, last)+" → "+a.Entry, "dyad.coref"
}

// resolvedText is what Actor.Resolved says of a reference resolved to a:
// the antecedent's text and byte span.
func resolvedText(a dyad.Actor) string {
	return fmt.Sprintf("%s [%d:%d]", a.Text, a.Span.Start, a.Span.End)
}

func treebankUnescape(s string) string {
	if strings.Contains(s, "-") {
		s = strings.NewReplacer("-LRB-", "(", "-RRB-", ")").Replace(s)
	}
	return s
}

// objectPronounSubject reports whether candidate c is an object pronoun
// ("him", "her", "them") after the coded subject of its own clause, and
// returns that subject as the resolver knows it: its own words and span,
// and for a pronoun subject the mention it was resolved to ("He urged
// him": whoever "he" is).
func (s *sent) objectPronounSubject(c refCand) ([]coref.Mention, bool) {
	if c.first != c.last || s.tags[c.first] != "PRP" {
		return nil, false
	}
	switch s.words[c.first] {
	case "HIM", "HER", "THEM":
	default:
		return nil, false
	}
	m := s.clauseSubject(c.first)
	if m == nil || m.last >= c.first || len(m.codes) != 1 {
		return nil, false
	}
	out := []coref.Mention{{Text: s.text(m.first, m.last), Span: s.span(m.first, m.last)}}
	if r := m.codes[0].ref; r != nil {
		if text, sp, ok := resolvedFrom(r.Resolved); ok {
			out = append(out, coref.Mention{Text: text, Span: sp})
		}
	}
	return out, true
}

// resolvedFrom reads coref's "text [start:end]" provenance back.
func resolvedFrom(r string) (string, dyad.Span, bool) {
	i := strings.LastIndex(r, " [")
	if i < 0 || !strings.HasSuffix(r, "]") {
		return "", dyad.Span{}, false
	}
	var sp dyad.Span
	if _, err := fmt.Sscanf(r[i+1:], "[%d:%d]", &sp.Start, &sp.End); err != nil {
		return "", dyad.Span{}, false
	}
	return r[:i], sp, true
}

// agentOnlyAgrees reports whether mention m is a description the
// dictionaries coded with an agent and no actor of its own ("the ministry"
// GOV, whatever country the sentence lent it) and the reference found the
// actor it describes: one mention ending in the same agent code ("Russia's
// foreign ministry" RUSGOV). Left alone, the agent kept a country borrowed
// from another actor of its sentence ("The ministry protested against
// sanctions imposed by London" made the ministry British).
func (s *sent) agentOnlyAgrees(m int, actors []dyad.Actor) bool {
	own := s.nes[m].codes
	if len(actors) != 1 || len(own) != 1 || own[0].actor != nil || len(own[0].agents) == 0 {
		return false
	}
	agent := strings.TrimPrefix(own[0].code, own[0].base)
	a := actors[0].Code
	return len(agent) >= 3 && len(a) > len(agent) && strings.HasSuffix(a, agent)
}
