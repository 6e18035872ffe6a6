package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// Judgements in a closing participle of speech. Wire copy reports an act,
// then the speaker's verdict on it in a participle after the attribution:
// "Gunmen killed the president, the prime minister said, calling it a
// 'barbaric act'", "China sailed a warship across the destroyer's bow, the
// U.S. military said, calling the manoeuvre 'unsafe'", "Georgia's president
// vetoed the bill, calling it 'unacceptable'". The verdict is the speaker's
// criticism (111) of the act's author, as "the prime minister condemned the
// killing" would be coded; the comma options drop the participle as an aside
// and no pattern of CALL reaches back to the act. The act is the last event
// coded before the participle; its source is the target.

// callingParticiples are the participles that pass a verdict on an act.
var callingParticiples = map[string]bool{
	"CALLING": true, "DESCRIBING": true, "TERMING": true, "BRANDING": true, "LABELLING": true, "LABELING": true,
}

// verdictWords are the judgements that make a verdict a criticism, beside
// the criticalWords of an apposed phrase: an act called unsafe, barbaric or
// horrifying.
var verdictWords = map[string]bool{
	"UNSAFE": true, "UNPROFESSIONAL": true, "RECKLESS": true, "HATEFUL": true, "INHUMANE": true,
	"BARBARIC": true, "HORRIFYING": true, "HORRIFIC": true, "APPALLING": true, "ATROCIOUS": true,
	"HEINOUS": true, "COWARDLY": true, "CRIMINAL": true, "AGGRESSIVE": true, "BRUTAL": true,
	"UNLAWFUL": true, "UNACCEPTABLE": true, "OUTRAGE": true, "OUTRAGEOUS": true, "TERRORISM": true,
}

// condemningNames are the nouns that condemn the act they name: an act
// called a coup, an invasion, an act of aggression or a massacre is
// denounced, as 111's "denounce" reads ("Kyiv said, calling it an act of
// aggression"). A violation or breach is left out: calling an incursion a
// violation of sovereignty reads as the accusation of the act itself.
var condemningNames = map[string]bool{
	"COUP": true, "AGGRESSION": true, "INVASION": true, "PIRACY": true, "MASSACRE": true, "ATROCITY": true,
	"CRIME": true, "TERRORIST": true, "TERRORISM": true,
}

// speechVerbs are the verbs of a closing attribution before the participle.
var speechVerbs = map[string]bool{"SAID": true, "SAYS": true, "TOLD": true, "ADDED": true, "STATED": true}

// verdicts adds, for a closing participle of judgement set off by a comma
// (callingParticiples) whose words up to the next comma hold a critical
// judgement, the criticism 111 from the speaker to the source of the last
// event coded before the participle. The speaker is the subject of the
// attribution the participle follows (", the U.S. military said, calling"),
// else the subject of the clause it closes. When the speaker made the act
// itself (an appeal, a demand, an expulsion), the verdict is on the act of
// the one it was made to, the act's target. Nothing is added when that
// leaves the speaker judging itself (either code the other's prefix, as
// USA and USAGOV: an act with no target gives no verdict), or the speaker
// already criticises the target there; another actor of the speaker's
// state, its army for its government, may still be judged.
func (s *sent) verdicts(evs []dyad.Event) []dyad.Event {
	for i := 1; i < len(s.words); i++ {
		if s.tags[i] != "VBG" || s.tags[i-1] != "," || !callingParticiples[s.words[i]] || !s.judgesCritically(i) {
			continue
		}
		sp, open := s.verdictSpeaker(i)
		if sp == nil || !sp.codes[0].hasActor {
			continue
		}
		src := s.actor(&sp.codes[0])
		var tgt dyad.Actor
		if act := s.lastEventBefore(evs, i); act >= 0 {
			tgt = evs[act].Source
			if sameCountry(src.Code, tgt.Code) {
				// The speaker's own act answers another's: "urged
				// Myanmar's military to free the leaders, calling the coup
				// unacceptable" judges the act of the one urged.
				tgt = evs[act].Target
			}
		} else if v := s.firstVerb(); open > 0 && v < open {
			// No act was coded before the attribution: the verdict is on
			// the author of the reported clause, its subject ("A Chinese
			// warship sailed across the bow, the U.S. military said").
			m := s.subject(v, -1)
			if m < 0 || !s.nes[m].codes[0].hasActor || s.nes[m].last >= v {
				continue
			}
			tgt = s.actor(&s.nes[m].codes[0])
		} else {
			continue
		}
		if src.Code == nullCode || tgt.Code == nullCode || strings.HasPrefix(tgt.Code, src.Code) || strings.HasPrefix(src.Code, tgt.Code) {
			continue
		}
		if hasEventUnder(evs, src.Code, tgt.Code, "11") {
			continue
		}
		evs = append(evs, dyad.Event{
			Source:   src,
			Target:   tgt,
			Code:     "111",
			Verb:     s.span(i, i),
			VerbText: s.text(i, i),
			Pattern:  "verdict in a closing participle of speech (coder/calling.go)",
		})
	}
	return evs
}

// judgesCritically reports whether the words after the participle at leaf
// i, up to the next comma, period or verb, hold a critical judgement.
func (s *sent) judgesCritically(i int) bool {
	for j := i + 1; j < len(s.words) && j <= i+8; j++ {
		if criticalWords[s.words[j]] || verdictWords[s.words[j]] || condemningNames[s.words[j]] {
			return true
		}
		if t := s.tags[j]; t == "," || t == "." || strings.HasPrefix(t, "VB") && !strings.HasPrefix(s.tags[j], "VBG") {
			return false
		}
	}
	return false
}

// verdictSpeaker returns the mention of the speaker who passes the verdict
// of the participle at leaf i: the actor named right before a speech verb
// within four leaves before its comma (a closing attribution, which the
// comma options may have set aside: its mention is then a hidden one), else
// the subject of the clause the participle closes; or nil. With an
// attribution it also returns the leaf of the comma that opens it (the
// first leaf before the speaker that is a comma), else -1.
func (s *sent) verdictSpeaker(i int) (*mention, int) {
	for j := i - 2; j >= 1 && j >= i-5; j-- {
		if s.tags[j] == "," {
			break
		}
		if speechVerbs[s.words[j]] && strings.HasPrefix(s.tags[j], "VB") {
			m := s.mentionEndingAt(j - 1)
			if m == nil || len(m.codes) == 0 {
				return nil, -1
			}
			open := -1
			if k := m.first - 1; k >= 0 && s.tags[k] == "," {
				open = k
			}
			return m, open
		}
	}
	return s.clauseSubject(i), -1
}

// clauseSubject returns the actor mention, kept or set aside, that is the
// subject of the nearest clause above leaf i with a subject of its own, or
// nil: the controller of a closing participle.
func (s *sent) clauseSubject(i int) *mention {
	np, _ := s.subjectAbove(s.leafK[i])
	if np < 0 {
		return nil
	}
	for _, ms := range [2][]mention{s.nes, s.hidden} {
		for m := range ms {
			if ms[m].first >= s.spans[np].first && ms[m].last <= s.spans[np].last && len(ms[m].codes) > 0 {
				return &ms[m]
			}
		}
	}
	return nil
}

// subjectAbove returns the subject noun phrase of the nearest clause
// above node child that has one before child's branch, and that clause;
// -1, -1 when none does. Called again with the clause returned, it climbs
// to the next clause up: clauseSubject takes the first, speakerAbove
// (retaliate.go) skips the phrase's own clause for the speaker's.
func (s *sent) subjectAbove(child int) (np, clause int) {
	for p := s.parent[child]; p >= 0; child, p = p, s.parent[p] {
		if !isClauseLabel(s.nodes[p].Label) {
			continue
		}
		if np := s.npBefore(p, child); np >= 0 {
			return np, p
		}
	}
	return -1, -1
}
