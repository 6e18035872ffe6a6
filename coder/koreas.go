package coder

import "github.com/dyadproject/dyad"

// The two Koreas. "The two Koreas agreed to reopen a hotline", "officials
// of both Koreas met": the phrase names both states at once, South Korea
// (KOR) and North Korea (PRK), as "Japan and China" names two. The
// dictionaries have no row that codes one phrase as two actors, and the
// resolver (coref) leaves it alone since it needs no antecedent, so the
// phrase stood uncoded. An agent-only phrase joined to it by "of"
// ("Senior officials of the two Koreas") takes both countries with its
// agents (KORGOV, PRKGOV), as "officials of South Korea" would.

// twoKoreas codes each "the two Koreas" / "both Koreas" of the sentence as
// the pair KOR, PRK.
func (s *sent) twoKoreas() {
	for i := 1; i < len(s.words); i++ {
		if s.words[i] != "KOREAS" || s.ne[i] >= 0 && len(s.nes[s.ne[i]].codes) > 0 {
			continue
		}
		first := i - 1
		switch {
		case s.words[i-1] == "BOTH":
		case s.words[i-1] == "TWO" && i >= 2 && s.words[i-2] == "THE":
			first = i - 2
		default:
			continue
		}
		if s.del[first] || s.used[first] {
			continue
		}
		codes := make([]acode, 0, 2)
		for _, c := range [2]string{"KOR", "PRK"} {
			ref := &dyad.Actor{Code: c, Text: s.text(first, i), Span: s.span(first, i),
				Entry: "the two Koreas: South Korea and North Korea (coder/koreas.go)", Dict: "dyad.coder"}
			codes = append(codes, acode{code: c, base: c, first: first, last: i, hasActor: true, ref: ref})
		}
		if first >= 2 && s.words[first-1] == "OF" {
			if m := s.ne[first-2]; m >= 0 && s.nes[m].last == first-2 && len(s.nes[m].codes) == 1 &&
				!s.nes[m].codes[0].hasActor && len(s.nes[m].codes[0].agents) > 0 {
				head := s.nes[m]
				for k := range codes {
					codes[k].agents = head.codes[0].agents
					codes[k].code = composeCode(codes[k].base, head.codes[0].agents)
					codes[k].first = head.first
					codes[k].ref.Text = s.text(head.first, i)
					codes[k].ref.Span = s.span(head.first, i)
				}
				s.nes[m].codes = nil
				for j := head.first; j <= head.last; j++ {
					s.ne[j] = -1
				}
				first = head.first
			}
		}
		s.add(first, i, codes)
	}
}
