package coder

import "github.com/dyadproject/dyad/dict"

// fromReversed reports whether pattern p, matched as m on the verb at leaves
// vs..ve, reads an active verb backwards through FROM: a pattern with its
// target before the verb and its source after FROM ("- + * FROM $ [100]",
// FORCE; "- + * FROM $ [174]", DEPORT) names who was moved and from where,
// which is the passive "Palestinians were forced from Kuwait". On an active
// verb whose object names an actor, that object is the one moved and the
// subject the one who moved it: "The Israeli army forced 1,000 Palestinian
// refugees from their homes in a West Bank camp" is not the West Bank
// forcing the army. A verb of receiving keeps the reading, since its
// object is a thing ("Egypt received aid from Japan", "- + * FROM $ [071]"
// of LOAN: "Kenya borrowed money from the IMF", "received military
// assistance from China"), as does a passive.
func (s *sent) fromReversed(p *dict.Pattern, m match, vs, ve, lowEnd int) bool {
	if m.tgt < 0 || m.src < 0 || s.nes[m.tgt].last >= vs || s.nes[m.src].first <= ve || s.passive(vs) {
		return false
	}
	from := false
	for k, t := range p.Lower {
		if t.Kind == dict.TSource && k > 0 && p.Lower[k-1].Kind == dict.TWord && p.Lower[k-1].Word == "FROM" {
			from = true
		}
	}
	if !from {
		return false
	}
	// The object: an actor phrase between the verb and the source.
	for i := ve + 1; i < s.nes[m.src].first && i <= lowEnd; i++ {
		if s.words[i] == "FROM" {
			break
		}
		// A named actor or people ("villagers"); not a thing an agent word
		// modifies ("military assistance", ---MIL).
		if e := int(s.ne[i]); e >= 0 && e != m.tgt && len(s.nes[e].codes) > 0 &&
			(anyNamed(s.nes[e].codes) || s.headIsAgent(s.nes[e].last, s.nes[e].codes)) {
			return true
		}
	}
	return false
}
