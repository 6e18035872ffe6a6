package coder

import (
	"slices"
	"strings"

	"github.com/dyadproject/dyad"
)

// dropParticipleTargets drops an event coded from its verb's own code or a
// pattern without a target slot (no pattern read its target) whose target lies past a comma and a participle
// of another verb: "proposed a host of alternative security frameworks for
// the Gulf, undermining the U.S.-led security umbrella" was CHN>USA 020,
// the verb's default target reached into the participle's object. The
// participle's object is its own verb's business, not the first verb's
// addressee; a pattern that read the target in its own words (a + slot)
// keeps it, one without a target slot does not: VISIT's "- * OF $
// [042:043]" read "visited the shrine, drawing condemnation from China and
// the U.S. embassy" as China's visit to the embassy's state.
func (s *sent) dropParticipleTargets(evs []dyad.Event) []dyad.Event {
	return slices.DeleteFunc(evs, func(e dyad.Event) bool {
		return !targetRead(e.Pattern) && s.pastParticiple(s.leafAt(e.Verb.Start), s.leafAt(e.Target.Span.Start))
	})
}

// pastParticiple reports whether a comma followed by a present participle
// (VBG) lies between leaf v and leaf t. Participles used as prepositions
// ("met senior officials, including President Raisi") do not count.
func (s *sent) pastParticiple(v, t int) bool {
	if v < 0 || t <= v {
		return false
	}
	for k := v + 1; k+1 < t; k++ {
		if s.words[k] == "," && s.tags[k+1] == "VBG" && !prepParticiple(s.words[k+1]) {
			return true
		}
	}
	return false
}

// prepParticiple reports whether an upper-cased -ing word is used as a
// preposition.
func prepParticiple(w string) bool {
	switch w {
	case "INCLUDING", "EXCLUDING", "REGARDING", "CONCERNING", "FOLLOWING", "ACCORDING",
		"INVOLVING", "DURING", "PENDING", "NOTWITHSTANDING", "BARRING", "EXCEPTING":
		return true
	}
	return false
}

// targetRead reports whether an event's pattern placed its target itself:
// a dictionary pattern ("FILE:LINE: - ...") with a target slot (+) in it.
// A pattern with none, like the verb's own code, takes the target the
// coder finds after the verb ("- * STATEMENT [010]").
func targetRead(pattern string) bool {
	_, p, ok := strings.Cut(pattern, ": - ")
	return ok && strings.Contains(p, "+")
}

// dropAdverbialTargets drops a statement (root 01) coded from its verb's
// own code or a pattern without a target slot whose target lies in an
// adverbial clause (after, before, while, because ...) that follows the
// verb: "officials said the situation was calm, days after Ugandan troops
// had withdrawn" is no statement to Uganda's army. The clause's actors are
// its own verb's business, as a closing participle's are. (Other roots
// were tried: they cost the held halves acts whose target the clause gives.)
func (s *sent) dropAdverbialTargets(evs []dyad.Event) []dyad.Event {
	return slices.DeleteFunc(evs, func(e dyad.Event) bool {
		return e.Code.Root() == "01" && !targetRead(e.Pattern) && s.inLaterAdverbial(s.leafAt(e.Verb.Start), s.leafAt(e.Target.Span.Start))
	})
}

// inLaterAdverbial reports whether leaf t lies in an adverbial clause (an
// SBAR opened by a subordinator, a span of time before it allowed) that
// starts after leaf v.
func (s *sent) inLaterAdverbial(v, t int) bool {
	if v < 0 || t <= v {
		return false
	}
	for p := s.parent[s.leafK[t]]; p >= 0; p = s.parent[p] {
		if s.spans[p].first <= v {
			return false
		}
		n := s.nodes[p]
		if !isLabel(n.Label, "SBAR") {
			continue
		}
		for c := 0; c < len(n.Children) && c < 2; c++ {
			if f := n.Children[c]; f.IsLeaf() && f.Label == "IN" {
				switch strings.ToUpper(f.Word) {
				case "AFTER", "BEFORE", "WHILE", "WHEN", "SINCE", "BECAUSE", "ALTHOUGH", "THOUGH", "WHEREAS", "AS":
					return true
				}
			}
		}
	}
	return false
}
