package coder

// placePreps are the prepositions before a city that make it a place, not
// an actor: "in Brussels", "to Brussels", "from Brussels".
var placePreps = map[string]bool{
	"IN": true, "TO": true, "FROM": true, "INTO": true, "AT": true, "NEAR": true,
	"OUTSIDE": true, "INSIDE": true, "AROUND": true, "ACROSS": true, "THROUGH": true, "VIA": true,
}

// brusselsEU codes "Brussels" named as an actor, not as a place, as the
// European Union: "demanded that Washington and Brussels lift sanctions"
// (w-220 IGOEUREEC), "talks with Brussels", "Brussels warned Budapest".
// News uses the city for the Union's institutions as it uses "Washington"
// for the United States; Phoenix lists BRUSSELS under Belgium, which is
// right for the place ("farmers blocked roads into Brussels", a dateline)
// and kept there.
func (s *sent) brusselsEU() {
	eu := -1
	for m := range s.nes {
		n := &s.nes[m]
		if n.first > 0 && placePreps[s.words[n.first-1]] || s.locative(n.first) {
			continue
		}
		for k := range n.codes {
			c := &n.codes[k]
			if c.first != c.last || s.words[c.first] != "BRUSSELS" || c.code != "BEL" || c.role != nil || c.ref != nil {
				continue
			}
			if eu < 0 {
				eu, _ = s.c.d.Actors.Match([]string{"THE", "EUROPEAN", "UNION"}, 0)
				if eu < 0 {
					return
				}
			}
			e := &s.c.d.Actors.Entries[eu]
			code, d := e.CodeAt(s.date)
			if code == "" {
				return
			}
			c.actor, c.dated, c.code, c.base = e, d, code, code
		}
	}
}
