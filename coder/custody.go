package coder

// custodyAgent gives an agentless passive arrest, detention, charge or
// sentence the state that took the action: "Opposition leader Ousmane
// Sonko was sentenced to two years in prison" is SENJUD > SENOPP 173,
// "Former army chief Juan Jose Zuniga was arrested" BOLGOV > BOLELI 173.
// The subject of such a passive is the person held, not the one who holds
// him: without this the coder read the subject as the source and the next
// noun as the target ("sentenced … in prison", the prison's police). Only
// the state can arrest, charge or sentence, so the source is the held
// person's own state: its judiciary for a sentence or conviction, else its
// government (most news sets' reading of "was arrested" with no agent,
// fresh2 alone coding the bare state;
// "by police" names the agent and is read as usual). vi is the verb's
// leaf; it returns nil when the sentence names an agent, the verb is not a
// finite passive ("was", "were", "been" before it: a reduced relative such
// as "the man arrested on Monday" is about another clause), or the held
// person has no state.
func (s *sent) custodyAgent(code string, vi, ve, lowEnd, held int) *acode {
	if !custodyCode(code) || held < 0 || s.tags[vi] != "VBN" || s.passiveAgent(vi, ve, lowEnd) >= 0 {
		return nil
	}
	if !s.finitePassive(vi) || len(s.nes[held].codes) != 1 {
		return nil
	}
	t := &s.nes[held].codes[0]
	k := stateOf(t.code)
	if k == "" || !t.hasActor {
		return nil
	}
	role := s.custodian(vi)
	if t.code == k+role {
		return nil // a government official held by his own government is coded as found
	}
	return impliedActor(k+role, k, t, "the state that holds, charges or sentences its own people")
}

// custodyCode reports whether code is one custodyAgent reads: an arrest or
// detention (173) or a charge or sentence (115). events asks it before
// looking for the held person's mention, which most verbs never need.
func custodyCode(code string) bool {
	return code == "173" || code == "115"
}

// finitePassive reports whether the participle at leaf vi follows a form
// of "be" within three words: "was arrested", "has been detained".
func (s *sent) finitePassive(vi int) bool {
	for i := vi - 1; i >= 0 && i >= vi-3; i-- {
		switch s.words[i] {
		case "IS", "ARE", "WAS", "WERE", "BE", "BEEN":
			return true
		}
	}
	return false
}

// custodian is the role of the state that holds someone by the verb at
// leaf vi: the judiciary sentences and convicts, the government arrests,
// detains and charges.
func (s *sent) custodian(vi int) string {
	switch s.words[vi] {
	case "SENTENCED", "CONVICTED":
		return "JUD"
	}
	return "GOV"
}

// placeCustodian gives a passive arrest, detention, charge or sentence whose
// source is a bare state the state's authorities instead: "Juan Perez was
// arrested in Caracas" is VENGOV > VENOPP 173, not VEN. With no "by" phrase
// the source of such a passive came from where it happened (a pattern's
// "IN $", "AT $", a dateline), and a place is not who made the arrest:
// only the state's government holds and charges people and its judiciary
// sentences them, the news sets' harmonised reading of an arrest with no
// arrester named. A state named as the arrester in the active voice
// ("Venezuela arrested") or after "by" keeps its bare code, and a source
// that already has a role (police, a ministry) is left as it is.
func (s *sent) placeCustodian(code string, a *acode, vi, ve, lowEnd int) *acode {
	if !custodyCode(code) || a == nil || !a.hasActor || a.code != a.base || s.tags[vi] != "VBN" {
		return a
	}
	k := stateOf(a.code)
	if k == "" || k != a.code || !s.finitePassive(vi) || s.passiveAgent(vi, ve, lowEnd) >= 0 {
		return a
	}
	return impliedActor(k+s.custodian(vi), k, a, "the state whose authorities hold, charge or sentence")
}
