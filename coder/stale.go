package coder

import "github.com/dyadproject/dyad/dict"

// phoenixEnd is the first day past the Phoenix dictionaries' coverage: they
// were last revised in 2014, and the office-holder table that carries
// terms on to 2026 covers 45 countries only.
const phoenixEnd = 20150101

// staleElite returns the sector a sitting title gives a person whom Phoenix
// codes as a former leader (ELI) only by its open-ended default after his
// last dated term, on a date past Phoenix's coverage: "Hungarian Prime
// Minister Viktor Orban" in 2021 is HUNGOV (Phoenix: HUNGOV 1998-2002, then
// HUNELI), the title saying what the dictionary could not know. It returns
// "" when the code came from a dated term (in force, so known), the date is
// within Phoenix's years, no state title stands before the name, or the
// title is a former one (formerTitle, checked by the caller's order).
func staleElite(code string, dated *dict.Dated, date int, before []*dict.Agent) string {
	if dated != nil || date < phoenixEnd || len(code) != 6 || code[3:] != "ELI" {
		return ""
	}
	for _, g := range before {
		if g.Before || len(g.Code) != 3 {
			continue
		}
		if officeRoles[g.Code] {
			return g.Code
		}
	}
	return ""
}
