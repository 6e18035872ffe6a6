package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/cameo"
	"github.com/dyadproject/dyad/dict"
)

// recode returns the first leaf of the reported clause of the verb at leaf
// vi when the verb's event was the speaker's, read through the reporting
// verb, and the clause's own act by its named subject is still to be coded;
// else -1. The verb is then coded a second time with no pattern word read
// above that leaf.
//
// The verb file reads some reported acts as what the speaker does: ATTACK's
// "- SAID + * [111]" makes "Syria said Israel had attacked Lebanon" Syria's
// criticism of Israel. The report is also news of the attack itself, which
// is how CAMEO coders read "X said Y did Z" (Y>Z), so ISR>LBN 190 is coded
// beside it. A clause whose subject is the speaker's pronoun or names no
// actor, or a pattern whose source is the clause's subject ("- SAID $ * ON +
// [190]"), gives nothing more. Denied, doubted and alleged clauses and
// conditions are dropped as before (denied, alleged, conditional).
func (s *sent) recode(p *dict.Pattern, m match, vi, vs int) int {
	if p == nil || !s.c.opt.ReportedActs {
		return -1
	}
	first, subj := s.reportedClause(vi)
	if first < 0 || s.reach(p, m, vs) >= first || m.src == subj {
		return -1
	}
	if m.src < 0 && m.tgt != subj {
		return -1 // the source is the clause's subject (see subject)
	}
	return first
}

// reportedClause returns the first leaf of the clause of the verb at leaf vi
// and the actor phrase of its subject, when that clause has a coded subject
// and lies inside another verb's phrase (a complement clause, "said (that)
// Israel had attacked Lebanon"); else -1, -1.
func (s *sent) reportedClause(vi int) (first, subj int) {
	child := s.leafK[vi]
	for p := s.parent[child]; p >= 0; child, p = p, s.parent[p] {
		l := s.nodes[p].Label
		if isLabel(l, "NP") || isLabel(l, "PP") {
			return -1, -1 // a verb in a noun phrase is about the noun
		}
		if !isClauseLabel(l) {
			continue
		}
		np := s.npBefore(p, child)
		if np < 0 {
			continue // a clause with no subject of its own: an infinitive
		}
		if !s.coded(np) || s.infinitive(p) {
			return -1, -1 // "hosting Osgiliath to celebrate ...": no report
		}
		for up := s.parent[p]; up >= 0; up = s.parent[up] {
			if isLabel(s.nodes[up].Label, "VP") {
				if e := s.nextMention(s.spans[np].first, s.spans[np].last); e >= 0 {
					return s.spans[p].first, e
				}
				return -1, -1
			}
		}
		return -1, -1
	}
	return -1, -1
}

// speakerActs reports whether code, the code of a pattern that read the
// reporting verb and made the speaker its source, is a material act (quad
// classes 2 and 4). A speaker only speaks: BEAT's "- SAID + * [182]" would
// make "Syria said Israeli police had beaten protesters" Syria's assault on
// the police. Such an event is dropped and the clause coded on its own.
func speakerActs(code string) bool {
	if i := strings.IndexByte(code, ':'); i >= 0 {
		code = code[:i]
	}
	q := cameo.QuadOf(dyad.Code(code))
	return q == cameo.MaterialCoop || q == cameo.MaterialConflict
}

// infinitive reports whether clause node p is a to-infinitive with a subject
// of its own, (S (NP Osgiliath) (VP (TO to) ...)).
func (s *sent) infinitive(p int) bool {
	var buf [16]int
	for _, c := range s.children(p, buf[:0]) {
		if isLabel(s.nodes[c].Label, "VP") {
			return s.tags[s.spans[c].first] == "TO"
		}
	}
	return false
}
