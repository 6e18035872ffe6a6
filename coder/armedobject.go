package coder

// armedObjectRoles are the roles of an insurgency named by its fighters:
// rebels, insurgents, militants and jihadists (REB), gunmen and militiamen
// (UAF).
var armedObjectRoles = map[string]bool{"REB": true, "UAF": true}

// armedHeads are the person nouns that name such fighters; a phrase must end
// in one ("a militant attack" names nobody).
var armedHeads = map[string]bool{
	"MILITANT": true, "MILITANTS": true, "INSURGENT": true, "INSURGENTS": true,
	"REBEL": true, "REBELS": true, "GUNMAN": true, "GUNMEN": true,
	"JIHADIST": true, "JIHADISTS": true, "TERRORIST": true, "TERRORISTS": true,
	"FIGHTER": true, "FIGHTERS": true, "MILITIAMAN": true, "MILITIAMEN": true,
}

// armedObjects gives militants, insurgents, rebels, gunmen, fighters and the
// like (armedHeads) named with no country the country of the sentence's
// military or police, when the sentence names no other country:
// "Pakistani soldiers killed 11 militants in a gunfight" is
// PAKMIL>PAKREB, an insurgency at home, as lawObjects gives a state's
// police the journalists they arrest. theState leaves rebels out because
// beside two countries ("militants killed by Israeli troops in Gaza") they
// are often the other's; a sentence naming one country and that country's
// forces leaves no other to be theirs. Run after placeLocals, which gives
// a place named after them first.
func (s *sent) armedObjects() {
	country := func() string {
		// forceRoles (crowd.go): its police or troops.
		if c := s.soleCountry(); c != "" && s.namesRoleOf(c, forceRoles) {
			return c
		}
		return ""
	}
	var memo onceString
	fits := func(c acode) bool { return onlyRoles(c, armedObjectRoles) }
	for m := range s.nes {
		if s.tags[s.nes[m].first] == "PRP$" {
			continue // "its fighters": the pronoun says whose (refs.go)
		}
		if !s.armedHead(s.nes[m].first, s.nes[m].last) {
			continue
		}
		if !s.giveCountry(m, fits, country, &memo) {
			return
		}
	}
}

// armedHead reports whether the phrase of leaves first..last ends in a noun
// of armedHeads.
func (s *sent) armedHead(first, last int) bool {
	return last >= first && armedHeads[s.words[last]]
}
