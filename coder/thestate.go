package coder

// stateRoles are the sectors of a state: its government, military,
// police, courts, legislature and intelligence services.
var stateRoles = map[string]bool{"GOV": true, "MIL": true, "COP": true, "JUD": true, "LEG": true, "SPY": true}

// theState gives "the government", "the army", "police", "officials",
// "protesters" — a state role or a dissenting one with no country — the
// country of every other actor the sentence names, when they all have one:
// "German farmers blocked motorways to protest against the government's
// plans" is against DEUGOV. A news sentence about one country that says
// "the government" or "police said" means that country's; with two
// countries named ("the army" of which?) nothing is given. In a compound
// ("police and militants") each conjunct is looked at on its own.
func (s *sent) theState() {
	var country onceString
	for m := range s.nes {
		if s.tags[s.nes[m].first] == "PRP$" {
			continue // "its forces": the pronoun says whose (refs.go)
		}
		if s.foreignRole(m) {
			continue
		}
		if !s.giveCountry(m, func(c acode) bool { return allStateRoles([]acode{c}) }, s.soleCountry, &country) {
			return
		}
	}
}

// onceString keeps a string computed on first use: a sentence's sole
// country is looked for only once a mention needs it, and at most once.
// (A sync.OnceValue, or a struct holding the function, would be allocated
// on every sentence.)
type onceString struct {
	v    string
	done bool
}

// get returns f's string, calling f the first time only.
func (o *onceString) get(f func() string) string {
	if !o.done {
		o.v, o.done = f(), true
	}
	return o.v
}

// giveCountry gives each code of mention m that has no actor and fits the
// country country gives (kept in memo across the sentence's mentions), a
// conjunct of a compound on its own, copying the codes before the first
// change (they may be shared). country is only asked once a code fits;
// giveCountry reports false when it gives "": there is no country to
// give, here or in the sentence's other mentions.
func (s *sent) giveCountry(m int, fits func(acode) bool, country func() string, memo *onceString) bool {
	cs := s.nes[m].codes
	var out []acode
	for k, c := range cs {
		if c.hasActor || !fits(c) {
			continue
		}
		home := memo.get(country)
		if home == "" {
			return false
		}
		if out == nil {
			out = append([]acode(nil), cs...)
		}
		out[k] = s.withCountry(acode{code: home, base: home, hasActor: true}, c)
	}
	if out != nil {
		s.nes[m].codes = out
	}
	return true
}

// allStateRoles reports whether every code is made only of state roles
// and roles of the state's own dissenters (dissentRoles: protesters,
// students, workers, farmers), one agent or several ("student protesters"
// OPPEDU): "Iranian security forces fired at protesters" IRNOPP. Rebels,
// refugees and civilians are left out: they are often of another country
// than the one the sentence names ("militants killed by Israeli troops",
// round three).
func allStateRoles(cs []acode) bool {
	for _, c := range cs {
		if len(c.agents) == 0 {
			return false
		}
		for _, g := range c.agents {
			if g == eliAgent {
				continue // "a former minister": a state office left (former.go)
			}
			if g.Before || len(g.Code)%3 != 0 {
				return false
			}
			for i := 0; i < len(g.Code); i += 3 { // "OPPEDU": protesting students
				if r := g.Code[i : i+3]; !stateRoles[r] && !dissentRoles[r] {
					return false
				}
			}
		}
	}
	return true
}

// soleCountry returns the one country every coded actor of the sentence
// belongs to, or "" when there is none or more than one, or an actor that
// is not a country's (an IGO, NGO, armed group of no country). When every
// actor of it names the same dated sub-state ("Serbian" SCGSRB in 2004), the
// sub-state is returned: "workers" beside "Serbian Labour Minister" are
// SCGSRBLAB.
func (s *sent) soleCountry() string {
	country := s.soleCountry3()
	if country == "" {
		return ""
	}
	sub := ""
	for m := range s.nes {
		for _, c := range s.nes[m].codes {
			if !c.hasActor || len(c.base) < 3 || c.base[:3] != country {
				continue
			}
			st := stateOf(c.base)
			if len(st) != 6 || !sameOne(&sub, st) {
				return country
			}
		}
	}
	if sub != "" {
		return sub
	}
	return country
}

// soleCountry3 is soleCountry's test on the three-letter country codes.
// A dateline's place ("DUBAI (Reuters) - Iranian police detained dozens of
// protesters") says where the story was filed, not whose police or
// protesters these are: it counts only when no other mention names a
// country ("KABUL (Reuters) - Police said ..." are Afghanistan's).
func (s *sent) soleCountry3() string {
	country, dateline := "", ""
	for m := range s.nes {
		if s.datelinePlace(m) {
			dateline = s.nes[m].codes[0].base[:3]
			continue
		}
		for _, c := range s.nes[m].codes {
			if !c.hasActor {
				continue
			}
			if len(c.base) >= 3 && international(c.base[:3]) {
				continue // the UN, an NGO or the press say nothing of whose government
			}
			if len(c.base) < 3 || !isCountryCode(c.base[:3]) {
				return ""
			}
			if !sameOne(&country, c.base[:3]) {
				return ""
			}
		}
	}
	if country == "" {
		return dateline
	}
	return country
}

// datelinePlace reports whether mention m is a dateline's place: the
// sentence's first phrase, one bare country or city, followed by the
// agency's parenthesis, a comma or a dash ("DUBAI (Reuters) -", "KYIV,
// March 3 -").
func (s *sent) datelinePlace(m int) bool {
	cs := s.nes[m].codes
	return s.nes[m].first == 0 && len(cs) == 1 && bareCountry(cs[0]) && len(cs[0].base) >= 3 && s.locative(0)
}

// stateless reports whether a three-letter code is one of CAMEO's actors
// of no state — international and non-governmental bodies, militant
// groups, multinationals, the unidentified — or the null actor: a
// reference or a role resolved to one takes no country from it.
func stateless(k string) bool {
	switch k {
	case "IGO", "NGO", "IMG", "MNC", "INT", "UIS", "NGM", nullCode:
		return true
	}
	return false
}

// isCountryCode reports whether a three-letter code is a state's rather
// than CAMEO's generic and regional ones.
func isCountryCode(k string) bool {
	switch k {
	case "IGO", "NGO", "IMG", "MNC", "INT", "UIS", "NGM", "---",
		"AFR", "ASA", "EUR", "LAM", "MEA", "WST", "ARB", "CRB", "WAF", "EAF", "SAF", "NAF", "CAF", "SAM", "NMR", "CAS", "SAS", "SEA", "BLK", "BAL", "SCN", "PGS", "CAU", "MED", "EEU", "WEU":
		return false
	}
	return true
}

// international reports whether a code's first three letters name an
// international or transnational actor rather than a state's.
func international(k string) bool {
	switch k {
	case "IGO", "NGO", "MED", "MNC":
		return true
	}
	return false
}

// foreignRole reports whether mention m calls its role foreign ("foreign
// intelligence services", "unnamed foreign agents", "foreign
// peacekeepers"): the word says the people are not of the country the
// sentence is about, so neither theState nor placeLocals gives them that
// country. The offices of a state's foreign relations ("the foreign
// minister", "the Foreign Ministry") are its own and keep it.
func (s *sent) foreignRole(m int) bool {
	for i := s.nes[m].first; i < s.nes[m].last; i++ {
		if s.words[i] != "FOREIGN" {
			continue
		}
		switch s.words[i+1] {
		case "MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES", "SECRETARY", "OFFICE", "AFFAIRS", "POLICY", "SERVICE":
			continue
		}
		return true
	}
	return false
}
