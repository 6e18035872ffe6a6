package coder

// countedPeople are the plural nouns that name armed or uniformed people,
// the victims a toll counts: "17 soldiers", "11 militants", "five
// policemen", "dozens of fighters". Sites, bases, weapons and places named
// by a role word ("military sites", "air bases", "artillery") are not
// here: they are things, and the writers code them both ways (victims42's
// form D failed on them). Civilians and people are victimsOf's.
var countedPeople = map[string]bool{
	"SOLDIERS": true, "TROOPS": true, "SERVICEMEN": true, "SERVICEMEMBERS": true,
	"MILITANTS": true, "FIGHTERS": true, "REBELS": true, "INSURGENTS": true,
	"JIHADISTS": true, "MILITIAMEN": true, "GUNMEN": true, "POLICEMEN": true,
	"POLICEWOMEN": true, "OFFICERS": true, "POLICE": true, "GUARDS": true,
	"PEACEKEEPERS": true, "COMMANDOS": true, "PARAMILITARIES": true,
	"GENDARMES": true,
}

// tollWords are the words of a count before the people it counts, besides
// a number: "dozens of fighters", "at least 17 soldiers".
var tollWords = map[string]bool{
	"DOZENS": true, "SCORES": true, "HUNDREDS": true, "THOUSANDS": true,
	"AT": true, "LEAST": true, "OF": true, "SOME": true, "ABOUT": true,
	"NEARLY": true, "ALMOST": true, "MORE": true, "THAN": true, "OVER": true,
}

// countedVictims gives the place of an assault or killing (roots 18–20) to
// the people it counts as its victims: when the target read is only the
// place ("in North Waziristan", "near Niger's border", a bare country or
// city after a locative preposition) and the verb's object before it is a
// count of armed or uniformed people of no country ("Pakistani soldiers
// killed 11 militants in a gunfight in North Waziristan" PAKMIL>PAKREB,
// "Jihadists killed 17 soldiers in an ambush near Niger's border"
// NERMIL), the object takes the place's country with its own role. The
// object must follow the verb with only its count between, name people by
// a noun of countedPeople, and have a number or a "dozens of" count.
// It returns t itself otherwise.
func (s *sent) countedVictims(code string, t *acode, ve int) *acode {
	if t == nil || t == &nullActor || !bareCountry(*t) || len(code) < 2 || t.first <= ve+1 {
		return t
	}
	switch code[:2] {
	case "18", "19", "20":
	default:
		return t
	}
	if !s.locative(t.first) {
		return t
	}
	o := -1
	for m := range s.nes {
		if f := s.nes[m].first; f > ve && s.nes[m].last < t.first && (o < 0 || f < s.nes[o].first) {
			o = m
		}
	}
	if o < 0 || s.nes[o].first > ve+4 || len(s.nes[o].codes) != 1 {
		return t
	}
	c := &s.nes[o].codes[0]
	if c.hasActor || len(c.agents) == 0 || !countedPeople[s.words[s.nes[o].last]] {
		return t
	}
	for _, g := range c.agents {
		if g.Code == "CVL" || g.Code == "PPL" {
			return t
		}
	}
	counted := false
	for i := ve + 1; i < s.nes[o].last; i++ {
		switch w := s.words[i]; {
		case s.tags[i] == "CD", w == "DOZENS", w == "SCORES", w == "HUNDREDS", w == "THOUSANDS":
			counted = true
		case tollWords[w], i >= s.nes[o].first:
		default:
			return t // something else stands between the verb and its object
		}
	}
	if !counted {
		return t
	}
	n := s.withCountry(*t, *c)
	return &n
}
