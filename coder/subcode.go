package coder

import (
	"iter"
	"slices"
	"strings"
)

// Sub-codes: the verb gives a CAMEO family, its complement says what the event
// is about. "urged Nepal to honour human rights" is URGE's 020, and the
// codebook's 0243 Appeal for rights; "rejected a peace plan" is REJECT's 120
// and 127 Reject plan to settle dispute. CAMEO's families are split in
// parallel by subject (what is appealed for, promised, demanded, rejected,
// conceded, threatened), so one table of subjects, each with its code in every
// family, serves all verbs (data/subcodes.txt, written from the codebook's
// descriptions).
//
// With Options.SubCodes, an event whose code has sub-codes moves to the one
// sub-code the first subject named in the verb's complement allows. The
// complement is read from the verb to the end of its verb phrase, up to an
// adverbial clause ("after …", "because …"); words of named actors ("Human
// Rights Watch") are not read. PETRARCH-1's patterns do the same for the
// phrases they were written for ("- * HUMANITARIAN AID [0333]"), verb by verb;
// the table covers every verb of a family at once.
//
// The table and its reader are in subtable.go; the rules that read the
// verb's pattern and tense (another verb's pattern, a pattern word inside a
// longer phrase, the future tense) in subcode_pattern.go.

// join2 rejoins the two sides of an "A:B" code split at i, without a new
// string when neither changed.
func join2(code string, i int, a, b string) string {
	if a == code[:i] && b == code[i+1:] {
		return code
	}
	return a + ":" + b
}

// clauseWords end a complement: the adverbial clause they open is another
// event's business ("rejected the plan after the talks failed").
var clauseWords = map[string]bool{
	"AFTER": true, "BEFORE": true, "BECAUSE": true, "ALTHOUGH": true, "THOUGH": true,
	"WHILE": true, "WHEREAS": true, "WHEN": true, "SINCE": true, "DESPITE": true,
}

// backingWords are the gerunds of an accusation of backing, arming,
// sponsoring or harbouring others: blame for the backing is 112, not the
// sub-code of the act the backed group did (the session sixteen
// harmonisation: 1123 is blame for the accused's own "questionable or
// unjustifiable military actions"), so "accused India of backing militants
// behind a string of attacks" stays 112.
var backingWords = map[string]bool{
	"BACKING": true, "ARMING": true, "SPONSORING": true, "FUNDING": true, "FINANCING": true,
	"HARBOURING": true, "HARBORING": true, "SHELTERING": true, "SUPPORTING": true, "TRAINING": true,
}

// sbarWords open an adverbial clause only when they head one (an SBAR with a
// clause of its own): "…, as Kishida visited New Delhi and announced
// investment" is another event, where "as a mediator" or "such as aid" is
// the complement's own phrase.
var sbarWords = map[string]bool{"AS": true, "UNLESS": true, "UNTIL": true, "ONCE": true}

// adverbialClause reports whether leaf i is the conjunction of a finite
// adverbial clause (sbarWords) that holds a clause with its own subject.
func (s *sent) adverbialClause(i int) bool {
	if s.tags[i] != "IN" || !sbarWords[s.words[i]] {
		return false
	}
	p := s.parent[s.leafK[i]]
	if p < 0 || s.nodes[p].Label != "SBAR" {
		return false
	}
	var buf [8]int
	for _, c := range s.children(p, buf[:0]) {
		if isClauseLabel(s.nodes[c].Label) && s.npBefore(c, -1) >= 0 {
			return true
		}
	}
	return false
}

// subcode refines code (or each side of an "A:B" code) by the first subject
// named in leaves from..to that decides it, and then by the verb itself
// (verb as written in the dictionary, "PULL_OUT"): "Russian troops pulled out
// of Georgia" is RETREAT's 080, and pulling out is 0874 Retreat or surrender
// militarily. The complement comes first: what a verb is about is more often
// in its object than in the verb, whose family the dictionary already gave.
func (s *sent) subcode(code string, from, to int, verb string) string {
	if i := strings.IndexByte(code, ':'); i >= 0 {
		return join2(code, i, s.subcode(code[:i], from, to, verb), s.subcode(code[i+1:], from, to, verb))
	}
	name := strings.TrimPrefix(verb, "+")                   // the verb's dictionary name
	code = charged(code, name)                              // charge.go
	if d, ok := s.exchangedFire(code, from, to, name); ok { // firefight.go
		return d
	}
	if verb != "" {
		if d := s.saidVerdict(code, from, to); d != "" { // verdict.go
			return d
		}
	}
	if !refinable(code) {
		if len(code) == 4 {
			return s.overLeaf(code, from, to)
		}
		return code
	}
	if verb != "" {
		if d := s.agentCode(code, from-1); d != "" {
			return d
		}
	}
	if targetVerbs[name] && code == "190" {
		return s.targetMeans(code, from, to)
	}
	code = s.complement(code, from, to, name)
	if !refinable(code) {
		return code
	}
	if d := s.means(code, from, to); d != "" {
		return d
	}
	if verb == "" || s.thingObject(from, to) {
		return code
	}
	t := subcodes()
	ws := strings.Split(verb, "_")
	if c, n := t.match(ws, nil, 0, len(ws)-1); n == len(ws) {
		for _, k := range c.subj {
			if len(t.subj[k].before) > 0 {
				continue
			}
			if d := t.refine(code, k); d != "" {
				if refinable(d) {
					// The verb named the subject, its object may name the
					// leaf: "freed four Americans" is FREE's 080, freeing
					// a release (084), and persons released 0841.
					d = s.complement(d, from, to, name)
				}
				return d
			}
		}
	}
	return code
}

// overLeaf replaces a four-digit code a pattern gave by the code of a
// subject the complement names whose @over line names it: "urged Iran to
// lift its ban on oil imports" is URGE's "- * + LIFT BAN [0251]" (easing
// administrative sanctions), but a ban on imports is an embargo, and its
// easing 0254. The first subject named that decides anything decides; one
// whose codes hold the pattern's code confirms it ("accused Russia of war
// crimes in attacks on civilians" stays 1124).
func (s *sent) overLeaf(code string, from, to int) string {
	t := subcodes()
	for _, c := range s.cues(t, from, to, true) {
		for _, k := range c.subj {
			for _, o := range t.subj[k].over {
				if len(o.from) == 4 && o.from == code {
					return o.to
				}
			}
		}
		for _, k := range c.subj {
			if slices.Contains(t.subj[k].codes, code) {
				return code // the text names the pattern's own subject first
			}
		}
	}
	return code
}

// agentCode gives a visit the code its visitors make it, read in the noun
// phrase before the verb at leaf vi: "UN weapons inspectors arrived in
// Baghdad" is the host's 0862 Receive inspectors (usage note: "Code here
// reported deployment or arrival of inspectors") and the inspectors' 090
// Investigate (0862: "typically accompanied by code under category 09"), not
// 043 and 042; peacekeepers arriving are 0861 and 074 (074: "accompanied by
// the linked event 'Receive deployment of peacekeepers'"). The table's @agent
// lines say which code becomes which.
func (s *sent) agentCode(code string, vi int) string {
	t := subcodes()
	if !t.agents {
		return ""
	}
	f, l, ok := s.subjectSpan(vi)
	if !ok {
		return ""
	}
	for _, c := range s.cues(t, f, l, false) {
		for _, k := range c.subj {
			for j := k; j >= 0; j = t.subj[j].parent {
				for _, a := range t.subj[j].agent {
					if a[0] == code {
						return a[1]
					}
				}
			}
		}
	}
	return ""
}

// means gives a violent event the code of the means its subject or its
// phrase names, across the roots 17, 18 (Assault) and 19 (Fight): "Two
// Palestinian suicide bombers killed 23 people" is 1831 Carry out suicide
// bombing, not KILL's 190; "… killed 5 militants in an air strike" is 195;
// "police fired tear gas at protesters" is 175, not FIRE's 190. Only for
// the residual or unspecified codes 180, 183 and 190, and only the subjects
// marked @means (bombings, air strikes, artillery, small arms, crowd
// control). The subject is the noun phrase before the verb in its clause.
//
// A non-military means named as such (suicide, car, roadside bombing: 183
// "non-military bombing"; tear gas, rubber bullets: 175 "crowd control")
// also replaces a 19x code, which a pattern may have read off the same
// words: "suicide bombers" holds BOMBERS, an &AIRCRAFT member, so
// "- &AIRCRAFT * [195]" made it an air strike; FIRE's patterns made "fired
// tear gas at protesters" rocket fire (194).
func (s *sent) means(code string, from, to int) string {
	return s.meansOf(code, from, to, false)
}

// meansOf is means; with any, a code of root 19 may replace another (a
// generic weapon's code, weaponMeans).
func (s *sent) meansOf(code string, from, to int, any bool) string {
	residual := any || code == "180" || code == "183" || code == "190"
	if !residual && code[:2] != "19" {
		return ""
	}
	spans := [2][2]int{{from, s.ownClauseEnd(from, to)}, {-1, -1}}
	if f, l, ok := s.subjectSpan(from - 1); ok {
		spans[1] = [2]int{f, l}
	}
	return s.meansIn(code, spans, residual)
}

// ownClauseEnd ends a verb's phrase, leaves from..to, before a subordinating
// word that opens another act's clause ("after", "before", "while", "since",
// "because"): the means named there are that act's. In "Thai jets struck
// Cambodian targets after Cambodian troops fired rockets into Thailand" the
// rockets are Cambodia's, and the jets' strike is 195, not 194 (the parser
// does not always make the clause an SBAR, so the words are read). "When"
// and "as" are left: "killed when a suicide bomber rammed a car into their
// convoy" tells how the same act was done.
func (s *sent) ownClauseEnd(from, to int) int {
	for i := from + 1; i <= to && i < len(s.words); i++ {
		switch s.words[i] {
		case "AFTER", "BEFORE", "WHILE", "SINCE", "BECAUSE", "WHEREAS", "UNTIL":
			if s.tags[i] == "IN" {
				return i - 1
			}
		}
	}
	return to
}

// meansIn is meansOf over the leaf spans given (a span of -1, -1 is empty).
func (s *sent) meansIn(code string, spans [2][2]int, residual bool) string {
	t := subcodes()
	for _, sp := range spans {
		for i := sp[0]; i >= 0 && i <= sp[1] && i < len(s.words); i++ {
			if s.inName(i) {
				continue
			}
			c, n := t.match(s.words, s.tags, i, sp[1])
			if n == 0 {
				continue
			}
			for _, k := range c.subj {
				if !t.subj[k].means {
					continue
				}
				if slices.Contains(t.subj[k].codes, code) {
					// The first means named agrees with the code: a
					// later one ("artillery and mortars") does not
					// move it.
					return ""
				}
				for _, d := range t.subj[k].codes {
					if residual || d[:2] != "19" {
						return d
					}
				}
			}
			i += n - 1
		}
	}
	return ""
}

// targetVerbs (as the dictionary writes them, without a phrasal verb's "+")
// bring down what their object names: "Iran shot down a U.S.
// drone" downs a drone, it does not employ one. The news sets code a
// shoot-down with no weapon word 190 and one by jets 195
// (testdata/news/README.md, fresh5's and fresh8's adjudication,
// "Shoot-downs"), so an aerial or artillery word in the object is no means.
var targetVerbs = map[string]bool{
	"SHOOT_DOWN": true, "DOWN": true, "BRING_DOWN": true, "INTERCEPT": true,
}

// targetMeans refines the 190 of a targetVerbs verb whose phrase runs over
// leaves from..to by the means its subject names ("Israeli jets shot down a
// drone" 195) or a "with …" / "using …" phrase in it ("shot down the plane
// with a surface-to-air missile" 194), never by its object: code when
// neither names one.
func (s *sent) targetMeans(code string, from, to int) string {
	spans := [2][2]int{{-1, -1}, {-1, -1}}
	for i := from; i <= to && i < len(s.words); i++ {
		if (s.words[i] == "WITH" && s.tags[i] == "IN") || (s.words[i] == "USING" && s.tags[i] == "VBG") {
			spans[0] = [2]int{i + 1, to}
			break
		}
	}
	if f, l, ok := s.subjectSpan(from - 1); ok {
		spans[1] = [2]int{f, l}
	}
	if d := s.meansIn(code, spans, true); d != "" {
		return d
	}
	return code
}

// subjectSpan returns the leaves of the noun phrase before the verb phrase
// holding leaf vi, in the nearest clause whose subject is not a bare pronoun.
func (s *sent) subjectSpan(vi int) (int, int, bool) {
	if vi < 0 || vi >= len(s.leaves) {
		return 0, 0, false
	}
	child := s.leafK[vi]
	for p := s.parent[child]; p >= 0; child, p = p, s.parent[p] {
		l := s.nodes[p].Label
		if !isClauseLabel(l) {
			continue
		}
		np := s.npBefore(p, child)
		if np < 0 {
			return 0, 0, false
		}
		if sp := s.spans[np]; sp.first == sp.last && s.tags[sp.first] == "PRP" {
			continue // "when they blew themselves up": the clause above says who
		}
		return s.spans[np].first, s.spans[np].last, true
	}
	return 0, 0, false
}

// complement refines code by the subjects named in leaves from..to, for an
// event whose verb is verb (its dictionary name, for @over lines that pass it
// over).
func (s *sent) complement(code string, from, to int, verb string) string {
	t := subcodes()
	for i := from; i <= to && i < len(s.words); i++ {
		w := s.words[i]
		if (s.tags[i] == "IN" || s.tags[i] == "WRB") && clauseWords[w] || s.adverbialClause(i) {
			break
		}
		if code == "112" && backingWords[w] && s.tags[i] == "VBG" {
			// The charge is backing the ones who acted, whatever they did.
			// Before the skip below, and no earlier in effect: the skip
			// starts at a stretch's first word and reads on a stretch that
			// opens with a gerund (participial), so this sees no word of a
			// skipped attribution or apposition either way (bugs33).
			return code
		}
		if s.del[i] && (i == from || !s.del[i-1]) && !s.participial(i, to) {
			// A dropped comma stretch is read only when it goes on with
			// the verb's own participle ("…, demanding his resignation"),
			// not when it is an attribution ("…, a human rights group
			// said") or an apposition.
			for i < to && s.del[i+1] {
				i++
			}
			continue
		}
		if m := s.ne[i]; m >= 0 && s.nes[m].first == i && len(s.nes[m].codes) > 0 {
			// An actor phrase as object ("released the correspondent"),
			// unless its own words name the subject ("released 20
			// prisoners": the scan below finds PRISONERS).
			if d := s.roleSubject(t, code, m); d != "" {
				return d
			}
			if d := s.actorSubject(t, code); d != "" && !s.decidedIn(t, code, i, min(s.nes[m].last, to)) {
				return d
			}
		}
		if s.inName(i) {
			continue
		}
		c, n := t.match(s.words, s.tags, i, to)
		if n == 0 {
			continue
		}
		for _, k := range c.subj {
			if len(t.subj[k].before) > 0 && !s.followedBy(t, t.subj[k].before, i+n, to) {
				continue
			}
			if t.subj[k].actorNext && (!s.actorAt(i+n, to) || s.actorIn(from, i-1)) {
				continue
			}
			if d := t.refineVerb(code, k, verb); d != "" {
				// Further words may refine the sub-code in turn: "allowed
				// (086) UN peacekeepers (0861) in".
				code = d
				if !refinable(code) {
					return code
				}
				break
			}
		}
		i += n - 1
	}
	return code
}

// actorAt reports whether a named actor starts at leaf i, after at most two
// determiners or adjectives ("support the Iraqi government"), by leaf to.
func (s *sent) actorAt(i, to int) bool {
	for j := i; j <= to && j < len(s.words) && j < i+3; j++ {
		if m := s.ne[j]; m >= 0 && len(s.nes[m].codes) > 0 {
			return true
		}
		switch s.tags[j] {
		case "DT", "JJ", "PRP$":
			continue
		}
		return false
	}
	return false
}

// actorIn reports whether a named actor is mentioned in leaves from..to:
// an addressee named before an @actornext cue ("urged France to support
// Germany") is the event's target, and the cue says nothing of it.
func (s *sent) actorIn(from, to int) bool {
	for j := from; j <= to && j < len(s.words); j++ {
		if m := s.ne[j]; m >= 0 && len(s.nes[m].codes) > 0 {
			return true
		}
	}
	return false
}

// followedBy reports whether a cue of one of the subjects in want, or of a
// subject below one of them, comes in leaves from..to.
func (s *sent) followedBy(t *subTable, want []int, from, to int) bool {
	for _, c := range s.cues(t, from, to, false) {
		for _, k := range c.subj {
			for j := k; j >= 0; j = t.subj[j].parent {
				for _, w := range want {
					if j == w {
						return true
					}
				}
			}
		}
	}
	return false
}

// cues yields the sub-code table's cues in leaves from..to in order, with
// the leaf each starts at; a cue's words are not read again for the next.
// Words inside a named actor are skipped (an actor's name names no
// subject: "the Rapid Support Forces" is no force). With clause, the scan
// stops where a subordinate or adverbial clause begins ("as", "unless",
// "after …"): what such a clause names is not what the verb is about.
func (s *sent) cues(t *subTable, from, to int, clause bool) iter.Seq2[int, *cue] {
	return func(yield func(int, *cue) bool) {
		for i := from; i <= to && i < len(s.words); i++ {
			if clause && (clauseWords[s.words[i]] && (s.tags[i] == "IN" || s.tags[i] == "WRB") || s.adverbialClause(i)) {
				return
			}
			if s.inName(i) {
				continue
			}
			c, n := t.match(s.words, s.tags, i, to)
			if n == 0 {
				continue
			}
			if !yield(i, c) {
				return
			}
			i += n - 1
		}
	}
}

// participial reports whether the dropped stretch starting at leaf i (after
// its comma) opens with a participle or an infinitive: "saying", "demanding",
// "calling for", "to demand". "According to" is an attribution.
func (s *sent) participial(i, to int) bool {
	for ; i <= to && i < len(s.words) && s.del[i]; i++ {
		switch s.tags[i] {
		case ",", "``", "''", "-LRB-", "-RRB-", ":":
			continue
		case "VBG", "TO":
			return s.words[i] != "ACCORDING"
		}
		return false
	}
	return false
}

// decidedIn reports whether a cue in leaves from..to refines code.
func (s *sent) decidedIn(t *subTable, code string, from, to int) bool {
	for i := from; i <= to; i++ {
		if c, n := t.match(s.words, s.tags, i, to); n > 0 && !s.inName(i) {
			for _, k := range c.subj {
				if !t.subj[k].actorNext && t.refine(code, k) != "" {
					return true
				}
			}
		}
	}
	return false
}

// actorSubject is the code an actor object gives code, or "". Only the
// subject's own codes count: an actor named after "urged" is whom the appeal
// is to, not a release of persons.
func (s *sent) actorSubject(t *subTable, code string) string {
	for _, k := range t.actor {
		if t.subj[k].narrow && code[2] == '0' {
			continue // "submitted to the Canadian service" (080) is no release
		}
		if d := t.own(code, k); d != "" {
			return d
		}
	}
	return ""
}

// inName reports whether leaf i is a capitalised word of a named actor
// ("Human Rights Watch", "the Kenya Anti-Corruption Commission"): its words
// name the actor, not the event's subject.
func (s *sent) inName(i int) bool {
	m := s.ne[i]
	if m < 0 {
		return false
	}
	w := s.leaves[i].Word
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, a := range s.nes[m].codes {
		if a.hasActor && a.first <= i && i <= a.last {
			return true
		}
	}
	return false
}

// thingObject reports whether the verb whose phrase runs from leaf from to
// leaf to has a direct object that names no actor, which the table did not
// refine: then that object, not the verb, says what was done. "Russia
// withdrew its objection to the resolution" is no military withdrawal (the
// verb as cue, WITHDRAW: 0874), "Iraq withdrew its demand" neither; "Syria
// withdrew from Lebanon" (no object) and "pardoned the opposition leader"
// (an actor) are read by the verb.
func (s *sent) thingObject(from, to int) bool {
	if from <= 0 || from > to || from >= len(s.leaves) {
		return false
	}
	vp := s.parent[s.leafK[from-1]]
	if vp < 0 || !isLabel(s.nodes[vp].Label, "VP") {
		return false
	}
	var buf [16]int
	for _, c := range s.children(vp, buf[:0]) {
		if s.spans[c].first < from {
			continue
		}
		if !isLabel(s.nodes[c].Label, "NP") || s.spans[c].first != from {
			return false
		}
		sp := s.spans[c]
		for i := sp.first; i <= sp.last; i++ {
			if m := s.ne[i]; m >= 0 && len(s.nes[m].codes) > 0 {
				return false
			}
		}
		return !s.inTimeNP(from)
	}
	return false
}

// roleSubject returns the code of a subject with @role lines that the actor
// mention m names by its role, below code, or "": "upheld a ban on
// opposition leader Maria Corina Machado" is 172 on VENOPP, and a ban on an
// opposition politician or a party is 1722 Ban political parties or
// politicians. The role is a three-letter segment of an actor code after
// its country ("VENOPP", "ZWEPTYMDC").
func (s *sent) roleSubject(t *subTable, code string, m int32) string {
	for _, k := range t.roles {
		d := t.own(code, k)
		if d == "" {
			continue
		}
		for _, a := range s.nes[m].codes {
			if hasRole(a.code, t.subj[k].roles) {
				return d
			}
		}
	}
	return ""
}

// hasRole reports whether actor code c has one of roles among its
// three-letter segments after the first.
func hasRole(c string, roles []string) bool {
	for i := 3; i+3 <= len(c); i += 3 {
		for _, r := range roles {
			if c[i:i+3] == r {
				return true
			}
		}
	}
	return false
}
