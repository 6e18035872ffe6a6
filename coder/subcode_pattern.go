package coder

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// intent codes a cooperative act in the future tense as the intent to do it
// (CAMEO 030: "All cooperative actions reported in future tense are also
// taken to imply intentions"): "Japan will send aid to Haiti" is 033, not 070.
// The future is an auxiliary will, shall or would right before the verb
// (adverbs between), as in "said it would release the prisoners".
func (s *sent) intent(code string, vs int) string {
	if i := strings.IndexByte(code, ':'); i >= 0 {
		return join2(code, i, s.intent(code[:i], vs), s.intent(code[i+1:], vs))
	}
	if d := s.done(code, vs); d != "" {
		return d
	}
	if len(code) < 3 || !s.future(vs) && !(code >= "14" && code < "21" && s.mayModal(vs)) {
		return code
	}
	t := subcodes()
	if code == truceCode && signingVerbs[s.words[vs]] {
		// A truce to be signed is no truce yet: the table keeps 0871 for a
		// truce one will observe ("mere declarations of ceasefire ... are
		// still coded here"), but 057 "excludes promises to sign", and
		// "will sign a ceasefire agreement" is already the intent to
		// de-escalate through "future 057 030". SIGN's "- * &CEASEFIRE
		// [0871:0871]" read "will sign a truce" as the truce itself
		// (news.md, round thirty-four, signing36's "Noticed and left").
		code = code[:3]
	}
	for n := len(code); n >= 2; n-- {
		if d, ok := t.future[code[:n]]; ok {
			return d
		}
	}
	return code
}

// done codes as the act an intent code that a pattern gave a verb in the
// past tense which is itself no verb of intent: SEND and DEPLOY share "- *
// &PKO [0334]", but "France deployed peacekeepers to Mali" is a deployment
// (0334 usage note: "Actual deployments should be coded as linked events
// 'Provide military protection or peacekeeping' (074) ..."). The table's act
// lines give the act of each intent. Only a verb with no code of its own
// (SEND, DEPLOY) or one in the act's family is read so: a verb of another
// family keeps the intent (AGREE is 050, and "agreed upon a free-trade pact"
// is 0311), and so does a verb not in the simple past or the perfect ("will
// deploy", "to deploy").
func (s *sent) done(code string, vs int) string {
	t := subcodes()
	d, ok := t.act[code]
	if !ok || vs < 0 || vs >= len(s.words) {
		return ""
	}
	switch tag := s.tags[vs]; {
	case tag == "VBD":
	case tag == "VBN" && vs > 0 && (s.words[vs-1] == "HAS" || s.words[vs-1] == "HAVE" || s.words[vs-1] == "HAD"):
	default:
		return ""
	}
	f, _, _ := s.verbAt(vs)
	if f == nil || f.Code != "" && f.Code != nullCode && !strings.HasPrefix(f.Code, d[:2]) && !grantVerbs[f.Verb] {
		return ""
	}
	return d
}

// grantVerbs are verbs of another family whose past tense, with an intent
// code from a pattern, is the act itself: a lender that "approved a $500
// million loan to Kenya" has extended the credit (071 "Extend, provide
// monetary aid and financial guarantees, grants, gifts and credit"), as
// the IMF's and World Bank's approvals are reported; ALLOW's block gives
// APPROVE 080 and its "- * &CURRENCY [0331]" the intent.
var grantVerbs = map[string]bool{"APPROVE": true}

// future reports whether the verb starting at leaf vs has will, shall or
// would among the auxiliaries and adverbs right before it.
func (s *sent) future(vs int) bool {
	for i := vs - 1; i >= 0 && vs-i <= 4; i-- {
		switch w := s.words[i]; {
		case w == "WILL" || w == "SHALL" || w == "WOULD" || w == "'LL" || w == "WO":
			return true
		case s.tags[i] == "RB", s.tags[i] == "MD", isAux(w):
		default:
			return s.readyTo(vs)
		}
	}
	return s.readyTo(vs)
}

// readyTo reports whether the verb at leaf vs is the to-infinitive of an
// adjective of readiness: "Iran is ready to send aid", "said it was prepared
// to lift the ban", "willing to negotiate". Like the future tense it tells
// of an act intended, not done (030: "indicate willingness or commitment").
func (s *sent) readyTo(vs int) bool {
	if vs == 0 || s.words[vs-1] != "TO" {
		return false
	}
	if s.aboutTo(vs) {
		return true
	}
	// (ADJP (JJ ready) (S (VP (TO to) (VP (VB send) ...))))
	_, cl := s.toClause(vs)
	if cl < 0 {
		return false
	}
	adj := s.parent[cl]
	if adj < 0 || !isLabel(s.nodes[adj].Label, "ADJP") {
		return false
	}
	switch s.words[s.spans[adj].first] {
	case "READY", "WILLING", "PREPARED", "DETERMINED", "EAGER":
		return true
	}
	return false
}

// toClause returns the nodes of the to-infinitive whose verb is at leaf vs,
// (S (VP (TO to) (VP (VB vs) ...))): to, the verb phrase that holds "to",
// and cl, the clause around it; -1, -1 when the parse has no such shape.
// readyTo and headlineTo both climb this far and then read what holds the
// clause, so the climb is written once.
func (s *sent) toClause(vs int) (to, cl int) {
	vp := s.parent[s.leafK[vs]]
	if vp < 0 {
		return -1, -1
	}
	to = s.parent[vp]
	if to < 0 || !isLabel(s.nodes[to].Label, "VP") {
		return -1, -1
	}
	cl = s.parent[to]
	if cl < 0 || !isLabel(s.nodes[cl].Label, "S") {
		return -1, -1
	}
	return to, cl
}

// mayModal reports whether may, might or could stands right before the
// verb at leaf vs (adverbs between). A conflictual act that may come is a
// threat as much as one that will: the codebook's example of 135 is "The
// European Community may halt mediation efforts ... if cooperation
// founders".
func (s *sent) mayModal(vs int) bool {
	for i := vs - 1; i >= 0 && vs-i <= 3; i-- {
		switch w := s.words[i]; {
		case w == "MAY" || w == "MIGHT" || w == "COULD":
			return true
		case s.tags[i] == "RB":
		default:
			return false
		}
	}
	return false
}

// aboutTo reports whether the verb at leaf vs follows "going to", "about
// to", "set to", "due to" or "is to": the act is scheduled, not done
// ("Israel is to release 500 prisoners", "Iran is set to sign").
func (s *sent) aboutTo(vs int) bool {
	if vs < 2 || s.words[vs-1] != "TO" || s.tags[vs] != "VB" {
		return false
	}
	switch w := s.words[vs-2]; w {
	case "GOING", "ABOUT", "SET", "DUE":
		return vs >= 3 && isBe(s.words[vs-3])
	default:
		return isBe(w) || s.headlineTo(vs)
	}
}

// headlineTo reports whether the verb at leaf vs is a headline's
// to-infinitive with its subject before it and no verb of its own: "Putin
// to visit India next month", "Iran, US to hold talks in Oman". Headlines
// drop the "is" of "is to": the act is scheduled, not done. The clause's
// subject stands right before the infinitive's phrase, and the clause is
// the sentence's own (or a conjunct of it, "..., Kremlin says"), not the
// object of a verb of asking or wanting ("urged Iran to stop"), which has
// its own code.
func (s *sent) headlineTo(vs int) bool {
	to, cl := s.toClause(vs)
	if cl < 0 {
		return false
	}
	if up := s.parent[cl]; up >= 0 && !isLabel(s.nodes[up].Label, "S") && s.nodes[up].Label != "ROOT" {
		return false
	}
	kids := s.nodes[cl].Children
	for j, c := range kids {
		if c == s.nodes[to] {
			return j > 0 && isLabel(kids[j-1].Label, "NP")
		}
	}
	return false
}

// goingTo reports whether the verb at leaf i is the "going" of "is going to
// attack", which is the future of the verb after it, not a journey.
func (s *sent) goingTo(i int) bool {
	return s.words[i] == "GOING" && i+2 < len(s.words) && s.words[i+1] == "TO" && s.tags[i+2] == "VB" &&
		i > 0 && isBe(s.words[i-1])
}

func isBe(w string) bool {
	switch w {
	case "IS", "ARE", "WAS", "WERE", "'S", "'RE", "AM":
		return true
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
//
// A bare pattern of another verb in another family, with no word of its own
// ("- $ * [040]  # DEBATE"), says nothing about the event but that other
// verb's code: the verb's own code stands ("Russia opposed the plan" is
// OPPOSE's 110, not DEBATE's 040 meeting). In the same family it may be the
// better code (JAIL sits in CONFINE [170]; "- $ * + [173]" is an arrest).
func (s *sent) refamily(code, own string, p *dict.Pattern) string {
	if p != nil && bare(p) && isCode(own, 3) && len(code) >= 3 && code[:2] != own[:2] {
		return own
	}
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
// pattern read after the verb (leaves from..to) are looked at. Before that,
// the pattern's words are read against the sentence (subcode_read.go): a
// generic weapon takes the weapon named, a pattern that read only a name's
// words gives way, a sum of money is aid of the kind named after it.
func (s *sent) fragment(code string, p *dict.Pattern, own string, from, to int) string {
	if p == nil || len(code) < 3 {
		return code
	}
	if i := strings.IndexByte(code, ':'); i >= 0 {
		return join2(code, i, s.weaponMeans(code[:i], p, from), s.weaponMeans(code[i+1:], p, from))
	}
	if d := s.weaponMeans(code, p, from); d != code {
		return d
	}
	if d, ok := s.townSettlement(code, p, own, from, to); ok {
		return d
	}
	if s.readsOnlyNames(p, from, to) && isCode(own, 3) {
		return own
	}
	if d := s.moneyFor(code, p, from); d != code {
		return d
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
					if len(ph) <= 4 && i+len(ph) <= len(s.words) && slices.Equal(s.words[i:i+len(ph)], ph) {
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
			c, n := t.match(s.words, s.tags, j, min(to+3, len(s.words)-1))
			if n < 2 || j+n <= i || s.inName(j) {
				continue
			}
			longer := false
			for k := j; k < j+n; k++ {
				if !isLit(k) {
					longer = true
				}
			}
			if !longer || sameSubject(t, c, s.words, s.tags, i) {
				continue
			}
			named := false
			for _, k := range c.subj {
				named = named || len(t.subj[k].codes) > 0
				if d := t.refine(base, k); d != "" && d != code {
					return d
				}
			}
			if !named && isCode(own, 3) {
				// The table's phrase names none of its subjects ("release
				// its report", "trade union"): the pattern's word was not
				// what the pattern meant, and the verb's own code stands.
				return own
			}
		}
	}
	return code
}

// sameSubject reports whether the pattern's literal word at leaf i names,
// alone, a subject the longer phrase c names too: "peace talks" is talks
// as "talks" is (NEGOTIATE), so OFFER's "- * TO HOST TALKS BETWEEN +
// [039]" read out of "offered to host peace talks between A and B" meant
// what its word means, and the phrase is no other subject that fragment
// should code in the verb's family (it made the host's 039 a 036, an
// intent to meet the sides).
func sameSubject(t *subTable, c *cue, words, tags []string, i int) bool {
	w, n := t.match(words, tags, i, i)
	if n != 1 {
		return false
	}
	for _, a := range w.subj {
		if slices.Contains(c.subj, a) {
			return true
		}
	}
	return false
}

// bare reports whether pattern p has no word or synset of its own, only
// actor slots, the verb and prepositions that place them ("- $ * + FROM ^
// [160]", OUST's, says no more about DEPORT than "- $ * + [160]" would).
func bare(p *dict.Pattern) bool {
	for _, ts := range [2][]dict.Tok{p.Lower, p.Upper} {
		for _, t := range ts {
			if t.Kind == dict.TSynset || t.Kind == dict.TWord && !placePreposition(t.Word) {
				return false
			}
		}
	}
	return true
}

// placePreposition reports whether a pattern word is a preposition that
// only places an actor slot (crossscope.go's preposition is the wider set of
// words that say nothing of the act). AGAINST, FOR, WITH, OVER and ABOUT say how the
// actors stand ("rallied against", "- $ * AGAINST + [141]"), so they are
// words of the pattern's own.
func placePreposition(w string) bool {
	switch w {
	case "TO", "FROM", "ON", "IN", "OF", "BY", "AT", "INTO", "UPON":
		return true
	}
	return false
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

// askedIntent reports whether code, the code of a pattern of a verb of
// appeal or demand (own code of root 02 or 10), is an intent (root 03): what
// the target is asked to intend, not the speaker's intent. URGE's "- * + TO
// MEDIAT [038]" and "- * + TO &NEGOTIATION [036]" made "Egypt urged Israel to
// accept mediation" Egypt's intent to accept mediation; refamily moves the
// code to the appeal (028) or demand (108) of the same kind, by the
// parallel of the 02, 03 and 10 families. A pattern whose words name the
// act before its target slot names the source's own offer, not what the
// target is asked: "- * TALKS WITH + [036]" on "Russia proposed talks with
// Georgia" stays 036.
func askedIntent(code, own string, p *dict.Pattern) bool {
	if len(code) < 3 || code[:2] != "03" || strings.IndexByte(code, ':') >= 0 ||
		len(own) < 3 || (own[:2] != "02" && own[:2] != "10") {
		return false
	}
	for _, t := range p.Lower {
		switch t.Kind {
		case dict.TTarget:
			return true
		case dict.TWord, dict.TSynset:
			return false
		}
	}
	return true
}

// townSettlement undoes a settlement code read out of a place: the verb
// file's &TOWN synset lists SETTLEMENT beside TOWN, CITY, VILLAGE and
// COMMUNITY, so URGE's and CALL's "- * &TOWN [027]" (a peace settlement, as
// their codes say), merged into DEMAND, made "demanded that the Syrian
// government allow aid convoys into the besieged town of Madaya" a demand
// for settlement (107). When a pattern's code is a settlement code (027,
// 037, 107, 127) and its &TOWN matched a word other than SETTLEMENT, the
// verb's own code stands (the pattern's root residual when it has none),
// for the table to refine; ok is false when the rule does not apply.
func (s *sent) townSettlement(code string, p *dict.Pattern, own string, from, to int) (string, bool) {
	if len(code) != 3 || code[2] != '7' {
		return "", false
	}
	switch code[:2] {
	case "02", "03", "10", "12":
	default:
		return "", false
	}
	for _, tok := range p.Lower {
		if tok.Kind != dict.TSynset || tok.Word != "&TOWN" {
			continue
		}
		for i := from; i <= to && i < len(s.words); i++ {
			for _, ph := range s.c.syn[tok.Word] {
				if i+len(ph) <= len(s.words) && slices.Equal(s.words[i:i+len(ph)], ph) {
					if len(ph) == 1 && ph[0] == "SETTLEMENT" {
						return "", false
					}
					if refinable(own) {
						return own, true
					}
					return code[:2] + "0", true
				}
			}
		}
		return "", false
	}
	return "", false
}
