package coder

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/dyadproject/dyad/dict"
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

//go:embed data/subcodes.txt
var subcodesTxt string

// subject is one row of the table: what an event is about, and the codes it
// takes in each CAMEO family.
type subject struct {
	name   string
	parent int // index of the subject whose codes apply where this one has none, or -1
	codes  []string
	actor  bool  // the verb's object being an actor phrase names it ("released the correspondent")
	narrow bool  // refines only its own three-digit code (084 → 0841), never a root's residual
	before []int // when set, counts only before a cue of one of these subjects (or their children)
	means  bool  // a means of violence: read in the subject too, and across 18 and 19
}

// cue is one phrase naming subjects (several, tried in file order).
type cue struct {
	words []string
	subj  []int
}

// subTable is the parsed table: subjects, and cues by their first word,
// longest first.
type subTable struct {
	subj   []subject
	first  map[string][]cue
	actor  []int             // subjects an actor object names
	future map[string]string // code or start of codes → intent code, for the future tense
}

var subcodes = sync.OnceValue(func() *subTable {
	t, err := parseSubcodes(subcodesTxt)
	if err != nil {
		panic("coder: data/subcodes.txt: " + err.Error())
	}
	return t
})

// parseSubcodes reads the table format described in data/subcodes.txt.
func parseSubcodes(text string) (*subTable, error) {
	t := &subTable{first: map[string][]cue{}, future: map[string]string{}}
	byName := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	cur := -1
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		switch {
		case strings.HasPrefix(line, "future "):
			f := strings.Fields(line)
			if len(f) != 3 || !isCode(f[1], 2) || !isCode(f[2], 3) {
				return nil, fmt.Errorf("line %d: want future FROM TO", n)
			}
			t.future[f[1]] = f[2]
		case line[0] == '=':
			head, codes, ok := strings.Cut(line[1:], ":")
			if !ok {
				return nil, fmt.Errorf("line %d: subject without ':'", n)
			}
			name, parent, _ := strings.Cut(head, ">")
			name, parent = strings.TrimSpace(name), strings.TrimSpace(parent)
			if name == "" {
				return nil, fmt.Errorf("line %d: subject without a name", n)
			}
			if _, dup := byName[name]; dup {
				return nil, fmt.Errorf("line %d: subject %s twice", n, name)
			}
			s := subject{name: name, parent: -1, codes: strings.Fields(codes)}
			if parent != "" {
				p, ok := byName[parent]
				if !ok {
					return nil, fmt.Errorf("line %d: parent %s not defined before %s", n, parent, name)
				}
				s.parent = p
			}
			for _, c := range s.codes {
				if !isCode(c, 3) {
					return nil, fmt.Errorf("line %d: %q is not a CAMEO event code", n, c)
				}
			}
			cur = len(t.subj)
			byName[name] = cur
			t.subj = append(t.subj, s)
		case cur < 0:
			return nil, fmt.Errorf("line %d: phrase before any subject", n)
		case line == "@actor":
			t.subj[cur].actor = true
			t.actor = append(t.actor, cur)
		case line == "@narrow":
			t.subj[cur].narrow = true
		case line == "@means":
			t.subj[cur].means = true
		case strings.HasPrefix(line, "@before "):
			for _, name := range strings.Fields(line)[1:] {
				k, ok := byName[name]
				if !ok {
					return nil, fmt.Errorf("line %d: @before %s: no such subject before it", n, name)
				}
				t.subj[cur].before = append(t.subj[cur].before, k)
			}
		case line[0] == '@':
			return nil, fmt.Errorf("line %d: unknown directive %s", n, line)
		default:
			for _, ws := range expandCue(strings.Fields(strings.ToUpper(line))) {
				t.add(ws, cur)
			}
		}
	}
	return t, sc.Err()
}

// join2 rejoins the two sides of an "A:B" code split at i, without a new
// string when neither changed.
func join2(code string, i int, a, b string) string {
	if a == code[:i] && b == code[i+1:] {
		return code
	}
	return a + ":" + b
}

// isCode reports whether c is min to 4 digits.
func isCode(c string, min int) bool {
	return len(c) >= min && len(c) <= 4 && strings.Trim(c, "0123456789") == ""
}

// expandCue spells out a phrase whose words offer alternatives ("economic|trade
// ties|links" is four phrases).
func expandCue(pos []string) [][]string {
	out := [][]string{nil}
	for _, p := range pos {
		alts := strings.Split(p, "|")
		next := make([][]string, 0, len(out)*len(alts))
		for _, o := range out {
			for _, a := range alts {
				if a == "" {
					continue
				}
				next = append(next, append(o[:len(o):len(o)], a))
			}
		}
		out = next
	}
	return out
}

// add files a phrase under its first word, keeping each word's phrases
// longest first; a phrase written again under another subject names both.
func (t *subTable) add(ws []string, subj int) {
	list := t.first[ws[0]]
	for i := range list {
		if strings.Join(list[i].words, " ") == strings.Join(ws, " ") {
			for _, s := range list[i].subj {
				if s == subj {
					return
				}
			}
			list[i].subj = append(list[i].subj, subj)
			return
		}
	}
	c := cue{words: ws, subj: []int{subj}}
	i := len(list)
	for i > 0 && len(list[i-1].words) < len(ws) {
		i--
	}
	list = append(list, cue{})
	copy(list[i+1:], list[i:])
	list[i] = c
	t.first[ws[0]] = list
}

// under reports whether code d lies below code c in the codebook: any other
// code of c's root when c is the root's residual (020, 100), else a
// four-digit code of the three-digit c (023 → 0231).
func under(d, c string) bool {
	if len(c) != 3 || d == c {
		return false
	}
	if c[2] == '0' {
		return len(d) >= 3 && d[:2] == c[:2]
	}
	return len(d) == 4 && d[:3] == c
}

// refine returns the one code of subject k (or of its parents, nearest
// first) below code, or "".
func (t *subTable) refine(code string, k int) string {
	if t.subj[k].narrow && code[2] == '0' {
		return ""
	}
	for ; k >= 0; k = t.subj[k].parent {
		if d := t.own(code, k); d != "" {
			return d
		}
	}
	return ""
}

// own returns the one code of subject k itself below code, or "".
func (t *subTable) own(code string, k int) string {
	found := ""
	for _, d := range t.subj[k].codes {
		if under(d, code) {
			if found != "" {
				return "" // two candidates: the subject does not decide
			}
			found = d
		}
	}
	return found
}

// refinable reports whether a code may have sub-codes: three digits (four-digit
// codes are the codebook's leaves).
func refinable(code string) bool { return isCode(code, 3) && len(code) == 3 }

// intent codes a cooperative act in the future tense as the intent to do it
// (CAMEO 030: "All cooperative actions reported in future tense are also
// taken to imply intentions"): "Japan will send aid to Haiti" is 033, not 070.
// The future is an auxiliary will, shall or would right before the verb
// (adverbs between), as in "said it would release the prisoners".
func (s *sent) intent(code string, vs int) string {
	if i := strings.IndexByte(code, ':'); i >= 0 {
		return join2(code, i, s.intent(code[:i], vs), s.intent(code[i+1:], vs))
	}
	if len(code) < 3 || !s.future(vs) {
		return code
	}
	t := subcodes()
	for n := len(code); n >= 2; n-- {
		if d, ok := t.future[code[:n]]; ok {
			return d
		}
	}
	return code
}

// future reports whether the verb starting at leaf vs has will, shall or
// would among the auxiliaries and adverbs right before it.
func (s *sent) future(vs int) bool {
	for i := vs - 1; i >= 0 && vs-i <= 4; i-- {
		switch w := s.words[i]; {
		case w == "WILL" || w == "SHALL" || w == "WOULD" || w == "'LL" || w == "WO":
			return true
		case s.tags[i] == "RB", s.tags[i] == "MD", isAux(w):
		default:
			return false
		}
	}
	return false
}

// refamily moves the code of a pattern written for another verb of the
// block into the family of the verb's own code, keeping its subject. The
// 2015 verb file merged verbs of different families into one block: DEMAND
// [100] holds WANT, whose "- * AID [023]" made "demanded economic aid" an
// appeal. The pattern's code names a subject (023: aid); the subject's code
// under DEMAND's 100 is 103, which the complement then refines (1031). A code
// no subject lists, or a subject with no code in the verb's family, stays.
func (s *sent) refamily(code, own string) string {
	if !refinable(own) || strings.IndexByte(code, ':') >= 0 || len(code) < 3 || code[:2] == own[:2] {
		return code
	}
	t := subcodes()
	for k := range t.subj {
		for _, c := range t.subj[k].codes {
			if c == code {
				if d := t.own(own, k); d != "" {
					return d
				}
			}
		}
	}
	return code
}

// fragment gives way to the table when a pattern's literal word is part of
// a longer phrase of the table naming another subject: URGE's "- * + FREE
// [0253]" read FREE out of "free elections" (0241 Appeal for elections, by
// the usage note), DEMAND's "- * PEACE [027]" PEACE out of "a peace
// settlement" (107), REJECT's agreement pattern AGREEMENT out of "a trade
// agreement" (1211). The longer phrase's subject is coded in the family of
// the verb's own code (of the pattern's root when the verb has none); a
// subject with no code there leaves the pattern's code. Only the words the
// pattern read after the verb (leaves from..to) are looked at.
func (s *sent) fragment(code string, p *dict.Pattern, own string, from, to int) string {
	if p == nil || strings.IndexByte(code, ':') >= 0 || len(code) < 3 {
		return code
	}
	base := own
	if !refinable(base) {
		base = code[:2] + "0"
	}
	t := subcodes()
	// The leaves holding the pattern's literal words, in order.
	var lit [8]int
	lits := lit[:0]
	pos := from
	for _, tok := range p.Lower {
		if len(lits) >= cap(lit)-4 {
			break
		}
		switch tok.Kind {
		case dict.TWord:
			for i := pos; i <= to && i < len(s.words); i++ {
				if s.words[i] == tok.Word {
					lits = append(lits, i)
					pos = i + 1
					break
				}
			}
		case dict.TSynset: // the first member phrase found, all its words
		scan:
			for i := pos; i <= to && i < len(s.words); i++ {
				for _, ph := range s.c.syn[tok.Word] {
					if len(ph) <= 4 && i+len(ph) <= len(s.words) && sameWords(s.words[i:i+len(ph)], ph) {
						for k := range ph {
							lits = append(lits, i+k)
						}
						pos = i + len(ph)
						break scan
					}
				}
			}
		}
	}
	isLit := func(i int) bool {
		for _, l := range lits {
			if l == i {
				return true
			}
		}
		return false
	}
	for _, i := range lits {
		for j := max(from, i-3); j <= i; j++ {
			c, n := t.match(s.words, j, min(to+3, len(s.words)-1))
			if n < 2 || j+n <= i || s.inName(j) {
				continue
			}
			longer := false
			for k := j; k < j+n; k++ {
				if !isLit(k) {
					longer = true
				}
			}
			if !longer {
				continue
			}
			for _, k := range c.subj {
				if d := t.refine(base, k); d != "" && d != code {
					return d
				}
			}
		}
	}
	return code
}

// sameWords reports whether two word lists are equal.
func sameWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// patIndex returns the index of pattern p in block b.
func patIndex(b *dict.Block, p *dict.Pattern) int {
	for i := range b.Patterns {
		if &b.Patterns[i] == p {
			return i
		}
	}
	return -1
}

// clauseWords end a complement: the adverbial clause they open is another
// event's business ("rejected the plan after the talks failed").
var clauseWords = map[string]bool{
	"AFTER": true, "BEFORE": true, "BECAUSE": true, "ALTHOUGH": true, "THOUGH": true,
	"WHILE": true, "WHEREAS": true, "WHEN": true, "SINCE": true, "DESPITE": true,
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
	if !refinable(code) {
		return code
	}
	code = s.complement(code, from, to)
	if !refinable(code) {
		return code
	}
	if d := s.means(code, from, to); d != "" {
		return d
	}
	if verb == "" {
		return code
	}
	t := subcodes()
	ws := strings.Split(verb, "_")
	if c, n := t.match(ws, 0, len(ws)-1); n == len(ws) {
		for _, k := range c.subj {
			if len(t.subj[k].before) > 0 {
				continue
			}
			if d := t.refine(code, k); d != "" {
				return d
			}
		}
	}
	return code
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
	residual := code == "180" || code == "183" || code == "190"
	if !residual && code[:2] != "19" {
		return ""
	}
	t := subcodes()
	spans := [2][2]int{{from, to}, {-1, -1}}
	if f, l, ok := s.subjectSpan(from - 1); ok {
		spans[1] = [2]int{f, l}
	}
	for _, sp := range spans {
		for i := sp[0]; i >= 0 && i <= sp[1] && i < len(s.words); i++ {
			if s.inName(i) {
				continue
			}
			c, n := t.match(s.words, i, sp[1])
			if n == 0 {
				continue
			}
			for _, k := range c.subj {
				if !t.subj[k].means {
					continue
				}
				for _, d := range t.subj[k].codes {
					if (residual || d[:2] != "19") && d != code {
						return d
					}
				}
			}
			i += n - 1
		}
	}
	return ""
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
		if !(isLabel(l, "S") || l == "SINV" || l == "SQ") {
			continue
		}
		np := -1
		var buf [16]int
		for _, c := range s.children(p, buf[:0]) {
			if c == child {
				break
			}
			if isLabel(s.nodes[c].Label, "NP") {
				np = c
			}
		}
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

// complement refines code by the subjects named in leaves from..to.
func (s *sent) complement(code string, from, to int) string {
	t := subcodes()
	for i := from; i <= to && i < len(s.words); i++ {
		w := s.words[i]
		if clauseWords[w] && (s.tags[i] == "IN" || s.tags[i] == "WRB") {
			break
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
			if d := s.actorSubject(t, code); d != "" && !s.decidedIn(t, code, i, min(s.nes[m].last, to)) {
				return d
			}
		}
		if s.inName(i) {
			continue
		}
		c, n := t.match(s.words, i, to)
		if n == 0 {
			continue
		}
		for _, k := range c.subj {
			if len(t.subj[k].before) > 0 && !s.followedBy(t, t.subj[k].before, i+n, to) {
				continue
			}
			if d := t.refine(code, k); d != "" {
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

// followedBy reports whether a cue of one of the subjects in want, or of a
// subject below one of them, comes in leaves from..to.
func (s *sent) followedBy(t *subTable, want []int, from, to int) bool {
	for i := from; i <= to && i < len(s.words); i++ {
		c, n := t.match(s.words, i, to)
		if n == 0 || s.inName(i) {
			continue
		}
		for _, k := range c.subj {
			for j := k; j >= 0; j = t.subj[j].parent {
				for _, w := range want {
					if j == w {
						return true
					}
				}
			}
		}
		i += n - 1
	}
	return false
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
		if c, n := t.match(s.words, i, to); n > 0 && !s.inName(i) {
			for _, k := range c.subj {
				if t.refine(code, k) != "" {
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

// match returns the longest cue starting at leaf i and ending by leaf to,
// and its length in words (0: none).
func (t *subTable) match(words []string, i, to int) (*cue, int) {
	list := t.first[words[i]]
	for k := range list {
		c := &list[k]
		n := len(c.words)
		if i+n-1 > to || i+n > len(words) {
			continue
		}
		ok := true
		for j := 1; j < n; j++ {
			if words[i+j] != c.words[j] {
				ok = false
				break
			}
		}
		if ok {
			return c, n
		}
	}
	return nil, 0
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
