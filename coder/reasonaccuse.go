package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// reasonAccusations folds a closing accusation into the act it gives the
// reason for: "Pakistan recalled its ambassador from India, accusing New
// Delhi of interference" is the recall (161) alone, as is a freeze of
// membership, a demand, an expulsion, an offensive or a lawsuit with
// ", accusing/blaming/alleging …" against the same party. CAMEO codes one
// event per act, and 112's usage note makes such an accusation the act's
// motive, not a second act (README, "Cross-set harmonisation (session
// thirteen)", the first rule).
//
// The accusation stays where it is an act of its own: a coordinated main
// verb (only a participle set off by a comma is read here), a second party
// accused (the act's target is another side), a third party blaming an
// attacker (the source is another side), or the content of a comment,
// condemnation, appeal or formal protest (verbalAct: "Armenia condemned
// the attack, accusing Azerbaijan …" keeps both rows).
func (s *sent) reasonAccusations(evs []dyad.Event) []dyad.Event {
	if len(evs) < 2 {
		return evs
	}
	// Decide every event before compacting: foldedAccusation reads the
	// other events, and compacting in the same pass would let it read a
	// kept event copied down over one not yet read.
	var buf [32]bool
	folded := buf[:0]
	if len(evs) > len(buf) {
		folded = make([]bool, 0, len(evs))
	}
	for k := range evs {
		folded = append(folded, s.foldedAccusation(evs, k))
	}
	out := evs[:0]
	for k := range evs {
		if !folded[k] {
			out = append(out, evs[k])
		}
	}
	return out
}

// foldedAccusation reports whether evs[k] is a root-11 event coded from a
// closing accusation participle whose source and target are those of an
// earlier material act of the sentence.
func (s *sent) foldedAccusation(evs []dyad.Event, k int) bool {
	a := &evs[k]
	if !strings.HasPrefix(string(a.Code), "11") || !accusingVerb(a.VerbText) {
		return false
	}
	v := s.leafAt(a.Verb.Start)
	if v < 1 || s.tags[v] != "VBG" || s.tags[v-1] != "," {
		return false
	}
	for j := range evs {
		e := &evs[j]
		if j == k || e.Verb.Start >= a.Verb.Start || verbalAct(string(e.Code)) {
			continue
		}
		if sameSide(e.Source.Code, a.Source.Code) && sameSide(e.Target.Code, a.Target.Code) && !s.finiteBetween(s.leafAt(e.Verb.Start), v) {
			return true
		}
	}
	return false
}

// finiteBetween reports whether a finite verb stands between leaves a and
// b: the participle then closes that verb, not the act at a. In "militants
// attacked a checkpoint, the military said, blaming the Taliban" the blame
// is the speaker's, the attack's target, whatever the coder made its
// source.
func (s *sent) finiteBetween(a, b int) bool {
	if a < 0 {
		return true
	}
	for i := a + 1; i < b; i++ {
		switch s.tags[i] {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// accusingVerb reports whether a verb's text is a participle of
// accusation: accusing, blaming, alleging.
func accusingVerb(w string) bool {
	switch strings.ToLower(w) {
	case "accusing", "blaming", "alleging":
		return true
	}
	return false
}

// verbalAct reports whether code is an act whose content an accusation
// may be: a statement (01), an appeal (02), or a criticism, accusation or
// formal complaint (111–114). A lawsuit (115) or a rejection (12) is an
// act of its own that the accusation gives the reason for.
func verbalAct(code string) bool {
	if len(code) < 2 {
		return true
	}
	switch code[:2] {
	case "01", "02":
		return true
	case "11":
		return len(code) < 3 || code[2] < '5'
	}
	return false
}

// sameSide reports whether two actor codes are one side: the same code,
// one state's actors, or one international organisation's (the first six
// letters of an IGO code).
func sameSide(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if sameCountry(a, b) {
		return true
	}
	return len(a) >= 6 && len(b) >= 6 && a[:3] == "IGO" && a[:6] == b[:6]
}
