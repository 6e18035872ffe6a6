package coder

import (
	"strings"

	"github.com/dyadproject/dyad"
)

// alleged drops the events of the act an accusation names: in "Moi urged
// Uganda to repatriate the criminals, accusing them of killing Kenyan
// policemen" the news is the appeal (and the accusation, 112), not a
// killing the story reports as fact. The act is the "of"/"for" participle
// clause of accuse or blame ("accused Iraq of massing troops", "blamed
// Israel for killing"), or the that-clause of accuse, allege or blame.
// Like a denial's clause (denied), it is a claim, not an event.
func (s *sent) alleged(evs []dyad.Event, says []said, at []int) ([]dyad.Event, []said, []int) {
	for v := range s.leaves {
		if !strings.HasPrefix(s.tags[v], "VB") || !accuses(s.words[v]) {
			continue
		}
		if cl := s.complementS(v); cl >= 0 {
			evs, says, at = s.without(evs, says, at, s.spans[cl].first, s.spans[cl].last)
		}
		vp := s.parent[s.leafK[v]]
		if vp < 0 || !isLabel(s.nodes[vp].Label, "VP") {
			continue
		}
		// The PP is the verb's, or its object's ("accusing (NP them (PP of
		// killing ...))", as parsers often attach it).
		var buf, buf2 [16]int
		for _, c := range s.children(vp, buf[:0]) {
			pps := []int{c}
			if isLabel(s.nodes[c].Label, "NP") {
				pps = s.children(c, buf2[:0])
			}
			for _, pp := range pps {
				if !isLabel(s.nodes[pp].Label, "PP") {
					continue
				}
				sp := s.spans[pp]
				if w := s.words[sp.first]; (w == "OF" || w == "FOR") && s.hasVerb(sp.first+1, sp.last) {
					evs, says, at = s.without(evs, says, at, sp.first+1, sp.last)
				}
			}
		}
	}
	return evs, says, at
}

// accuses reports whether an upper-cased verb form is accuse, allege or
// blame.
func accuses(w string) bool {
	return strings.HasPrefix(w, "ACCUS") || strings.HasPrefix(w, "ALLEG") || strings.HasPrefix(w, "BLAM")
}

// hasVerb reports whether leaves a..b hold a verb.
func (s *sent) hasVerb(a, b int) bool {
	for i := a; i <= b; i++ {
		if strings.HasPrefix(s.tags[i], "VB") {
			return true
		}
	}
	return false
}
