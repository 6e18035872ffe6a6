package coder

import "strings"

// lawObjectRoles are the roles of people a state's police, courts and
// officials arrest, charge, try and raid at home: journalists and
// bloggers (MED), clerics (REL), criminals and smugglers (CRM). Bishops
// and archbishops are clerics too, but Phoenix codes them by their church
// (BISHOP [~CHR], ARCHBISHOP [~CHR], CATHOLIC_BISHOP [~CHRCTH];
// dyad.agents.txt keeps CHR for them), so those are a cleric's roles here
// as REL is: "police arrested a bishop" is the state's own clergy as
// "police arrested a priest" is.
var lawObjectRoles = map[string]bool{"MED": true, "REL": true, "CHR": true, "CHRCTH": true, "CRM": true}

// lawObjectHeads are the nouns that name such people; a phrase must end in
// one, so that "a criminal act" or "a television interview", whose words
// give the same roles, name nobody.
var lawObjectHeads = map[string]bool{
	"JOURNALIST": true, "JOURNALISTS": true, "REPORTER": true, "REPORTERS": true,
	"BLOGGER": true, "BLOGGERS": true, "EDITOR": true, "EDITORS": true,
	"PHOTOGRAPHER": true, "PHOTOGRAPHERS": true, "CORRESPONDENT": true, "CORRESPONDENTS": true,
	"CLERIC": true, "CLERICS": true, "IMAM": true, "IMAMS": true, "PREACHER": true, "PREACHERS": true,
	"PRIEST": true, "PRIESTS": true, "BISHOP": true, "BISHOPS": true, "ARCHBISHOP": true, "ARCHBISHOPS": true,
	"SMUGGLER": true, "SMUGGLERS": true, "TRAFFICKER": true, "TRAFFICKERS": true,
	"GANGSTER": true, "GANGSTERS": true, "CRIMINAL": true, "CRIMINALS": true,
}

// audienceWords, right before a phrase, make it the audience of a statement
// ("told reporters", "said to journalists", "briefed reporters"), whose
// country is as often foreign.
var audienceWords = map[string]bool{
	"TOLD": true, "TELL": true, "TELLS": true, "TELLING": true, "TO": true,
	"BRIEFED": true, "BRIEFING": true, "BRIEF": true, "WITH": true, "INFORMED": true,
}

// lawRoles are the state sectors that act on a country's own people: its
// government, police, courts and intelligence services (not its military,
// whose targets are as often foreign).
var lawRoles = map[string]bool{"GOV": true, "COP": true, "JUD": true, "SPY": true}

// lawObjects gives a journalist, cleric or criminal named by a person noun
// (lawObjectHeads), with no country, the country of the sentence's police,
// courts or government, when the sentence names no other country:
// "Vietnamese police arrested a prominent blogger" is VNMCOP>VNMMED, "Bahraini police arrested a Shi'ite cleric"
// BHRCOP>BHRREL, "Croatian police detained 12 smugglers" HRVCOP>HRVCRM
// ("12 members of a smuggling ring" ends in no person noun and is left
// alone). Domestic news names the state's own people that way; the
// roles left out of theState (the press, the clergy) are left out there
// because "the press" or "a cleric" beside a foreign state is as often
// another country's, which a sentence naming the state's own law-enforcing
// body and no other country rules out. Two more kinds of people get a
// country the same way: people of no role held by a custody verb right
// before them (heldPeople: "police arrested three men"), and political
// prisoners a state frees (freedBy), who take the freeing state even when
// the sentence names another country. Run after theState, which gives
// "police" the country first.
func (s *sent) lawObjects() {
	country := func() string {
		if c := s.soleCountry(); c != "" && s.namesLawOf(c) {
			return c
		}
		return ""
	}
	var memo onceString
	fits := func(c acode) bool { return onlyRoles(c, lawObjectRoles) }
	held := func(c acode) bool { return onlyRoles(c, heldRoles) }
	freed := func(c acode) bool { return onlyRoles(c, freedRoles) }
	for m := range s.nes {
		if s.tags[s.nes[m].first] == "PRP$" {
			continue // "its journalists": the pronoun says whose (refs.go)
		}
		if s.heldPeople(m) {
			if !s.giveCountry(m, held, country, &memo) {
				return
			}
			continue
		}
		if st := s.freedBy(m); st != "" {
			var own onceString
			s.giveCountry(m, freed, func() string { return st }, &own)
			continue
		}
		if !s.personHead(s.nes[m].first, s.nes[m].last) {
			continue // "a criminal act", "a television interview"
		}
		if f := s.nes[m].first; f > 0 && audienceWords[s.words[f-1]] {
			continue // "told reporters": the audience of a statement
		}
		if !s.giveCountry(m, fits, country, &memo) { // thestate.go
			return
		}
	}
}

// onlyRoles reports whether every agent of c is one of roles, and c has one.
func onlyRoles(c acode, roles map[string]bool) bool {
	if len(c.agents) == 0 {
		return false
	}
	for _, g := range c.agents {
		if g.Before || !roles[g.Code] {
			return false
		}
	}
	return true
}

// namesLawOf reports whether the sentence names country's government,
// police, courts or intelligence services as an actor.
func (s *sent) namesLawOf(country string) bool { return s.namesRoleOf(country, lawRoles) }

// namesRoleOf reports whether the sentence names an actor coded country
// and one role of roles ("VNMCOP" for VNM and lawRoles). lawObjects asks it
// for the state's law-enforcing bodies, armedObjects (armedobject.go) for
// its police or troops.
func (s *sent) namesRoleOf(country string, roles map[string]bool) bool {
	for m := range s.nes {
		for _, c := range s.nes[m].codes {
			if c.hasActor && len(c.code) == len(country)+3 && c.code[:len(country)] == country && roles[c.code[len(country):]] {
				return true
			}
		}
	}
	return false
}

// personHead reports whether the phrase of leaves first..last ends in a noun
// of lawObjectHeads, or in one followed by a proper name only ("blogger Pham
// Doan Trang").
func (s *sent) personHead(first, last int) bool {
	for j := last; j >= first; j-- {
		if lawObjectHeads[s.words[j]] {
			return true
		}
		if s.tags[j] != "NNP" {
			return false
		}
	}
	return false
}

// heldRoles are the roles of people named by no more than "men", "a man",
// "people" or "persons" (Phoenix's ~PPL) or "citizens", "civilians",
// "women" (~CVL): held by a state's police, they are its own civilians.
var heldRoles = map[string]bool{"PPL": true, "CVL": true}

// heldVerbs are the verbs of custody whose object, when a state's police,
// courts or government act, is that state's to hold.
var heldVerbs = map[string]bool{
	"ARREST": true, "ARRESTED": true, "ARRESTING": true, "ARRESTS": true,
	"DETAIN": true, "DETAINED": true, "DETAINING": true, "DETAINS": true,
	"SENTENCED": true, "CONVICTED": true, "JAILED": true, "CHARGED": true,
}

// heldPeople reports whether mention m is people of no role or civilians
// ("three men", "a 41-year-old man", "at least 20 citizens") that a
// custody verb right before it (within five leaves of numbers,
// determiners, modifiers and prepositions) acts on: "Indian police
// arrested three men" holds India's own, as "police detained 12
// smugglers" does (the news sets code such people their state, or its
// civilians, never leave the arrest out).
// Only the verb's object: "police said three men were killed" is no
// custody, and people in a later phrase are another act's.
func (s *sent) heldPeople(m int) bool {
	if !roleless(s.nes[m].codes, heldRoles) {
		return false
	}
	for j := s.nes[m].first - 1; j >= 0 && j >= s.nes[m].first-5; j-- {
		if heldVerbs[s.words[j]] {
			return strings.HasPrefix(s.tags[j], "VB")
		}
		switch s.tags[j] {
		case "CD", "DT", "JJ", "JJR", "JJS", "RB", "RBR", "IN", "HYPH":
			continue // "at least 20", "more than 200", "two"
		}
		return false
	}
	return false
}

// roleless reports whether there are codes cs and each names no actor and
// no role outside roles: people of no country yet ("three men", "political
// prisoners").
func roleless(cs []acode, roles map[string]bool) bool {
	if len(cs) == 0 {
		return false
	}
	for _, c := range cs {
		if c.hasActor || !onlyRoles(c, roles) {
			return false
		}
	}
	return true
}

// freedRoles is the role of political prisoners and detainees (Phoenix's
// POLITICAL_PRISONER and DETAINEE, ~OPP).
var freedRoles = map[string]bool{"OPP": true}

// freeVerbs are the verbs by which a state lets its prisoners go.
var freeVerbs = map[string]bool{
	"FREED": true, "FREES": true, "FREEING": true, "RELEASED": true, "RELEASES": true,
	"RELEASING": true, "PARDONED": true, "PARDONS": true, "PARDONING": true,
}

// freedBy returns the state whose political prisoners or detainees
// mention m names, when a release verb right before it has a state or its
// government as subject: "Nicaragua freed 222 political prisoners and put
// them on a plane to Washington" frees Nicaragua's own (NIC>NICOPP 0841),
// though a second country named leaves theState no sole country to give.
func (s *sent) freedBy(m int) string {
	if !roleless(s.nes[m].codes, freedRoles) {
		return ""
	}
	for j := s.nes[m].first - 1; j >= 0 && j >= s.nes[m].first-4; j-- {
		if freeVerbs[s.words[j]] && strings.HasPrefix(s.tags[j], "VB") {
			src := s.subject(j, m)
			if src < 0 || len(s.nes[src].codes) != 1 {
				return ""
			}
			c := s.nes[src].codes[0].code
			if st := stateOf(c); st != "" && (c == st || c == st+"GOV") {
				return st
			}
			return ""
		}
		switch s.tags[j] {
		case "CD", "DT", "JJ", "RB", "IN":
			continue
		}
		return ""
	}
	return ""
}
