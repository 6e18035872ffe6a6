package coder

// brokerForCompound reports whether actor phrase e, met by the default
// target search, is the agent of a participle that names a third party to a
// compound source's mutual event: "Congo and Rwanda signed a peace agreement
// ... in a deal brokered by the United States", "Armenia and Azerbaijan
// initialled a peace agreement ... in a ceremony hosted by U.S. President
// Donald Trump". The broker or host is not the one the members sign with;
// they sign with each other (the mediation or hosting is an event of its
// own, hosted.go). The search stops there, so the compound acts on itself.
// A single source keeps the phrase as a possible target, and so does a
// "by" phrase of the event's own verb ("were attacked by"): only a
// participle other than the verb (a VBN right before "by") names a third
// party. So does a hyphenated one the actor layer read as the author of the
// deal (authored.go): in "Congo and Rwanda signed a U.S.-brokered peace
// agreement" the United States brokered, it did not sign (compoundBroker,
// hosted.go, codes its 045).
func (s *sent) brokerForCompound(e, src, ve int, code string) bool {
	if src < 0 || len(s.nes[src].codes) < 2 || !mutual(code) {
		return false
	}
	if f := s.nes[e].first; s.hyphenBrokered(f) || f+1 <= s.nes[e].last && s.hyphenBrokered(f+1) {
		return true // "a U.S.-brokered deal"
	}
	by := s.nes[e].first - 1
	for by > ve && (s.tags[by] == "DT" || s.words[by] == "THE") {
		by-- // "by the United States"
	}
	return by-1 > ve && s.words[by] == "BY" && s.tags[by-1] == "VBN"
}
