package coder

import (
	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/actor"
)

// impliedTarget returns the target the codebook implies for an event whose
// sentence names none, or nil:
//
//   - a curfew, a state of emergency or martial law imposed, threatened or
//     eased (1723, 1724, 1323, 1324, 0813, 0814) is imposed on the source's
//     own country: "Thailand's army declared martial law nationwide" THAMIL
//     > THA. Only a state imposes them on its own territory. A target of
//     people of no country ("after clashes between Muslims and Buddhists")
//     gives way to it too.
//   - an election put off (1231) is a rejection of the change it would
//     bring, and all political parties banned or their ban lifted (1722,
//     1322, 0812) a measure on the opposition, each aimed at the source's
//     own opposition (oppositionMeasure, oppmeasure.go): "Senegal's
//     president postponed the election" SENGOV > SENOPP.
//   - a demonstration, hunger strike, strike, boycott, blockade or riot
//     (root 14) with no government named is against the government of the
//     protesters' own country: "Hundreds of thousands of Catalans marched in
//     Barcelona demanding independence" ESP > ESPGOV. CAMEO's 14 is the
//     civilian collective action a population takes against its rulers.
//     So is dissent eased or promised to be eased (082, 0352: "Striking
//     Nigerian teachers ended their strike" NGAEDU > NGAGOV).
//
// own says that code is a measure a state takes at home (ownTerritory, or
// netMeasure's network shutdowns), opp that it is aimed at the opposition
// (oppositionMeasure); events works both out once and hands them in. The
// source must be a state's actor (not an IGO, NGO, the press or an armed
// group of no country); for protests it must not itself be the state (a
// government's "protest" is dissent.go's 110).
func (s *sent) impliedTarget(code string, own, opp bool, src *acode) *acode {
	if src == nil || src == &nullActor || !src.hasActor || len(src.base) < 3 {
		return nil
	}
	k := stateOf(src.code)
	if k == "" {
		return nil
	}
	var tc, why string
	switch {
	case own:
		tc, why = k, whyOwnCountry
	case opp:
		tc, why = k+"OPP", whyOwnOpposition
	case len(code) >= 2 && code[:2] == "14" || code == "082" || code == "0352":
		for i := 3; i+3 <= len(src.code); i += 3 {
			if stateRoles[src.code[i:i+3]] {
				return nil
			}
		}
		tc, why = k+"GOV", whyProtest
	default:
		return nil
	}
	return impliedActor(tc, k, src, why)
}

// impliedActor returns the actor code the sentence implies but does not
// name, of state base, pointing at the leaves of the mention it is implied
// from, with why it is implied in its Entry ("implied: " + why).
func impliedActor(code, base string, from *acode, why string) *acode {
	return &acode{code: code, base: base, hasActor: true, first: from.first, last: from.last,
		ref: &dyad.Actor{Code: code, Entry: "implied: " + why, Dict: "dyad.implied"}}
}

// ownTerritory reports whether a code is a measure a state takes on its own
// territory: curfews, states of emergency and martial law, imposed (172x),
// threatened (132x) or eased (081x).
func ownTerritory(code string) bool {
	switch code {
	case "1723", "1724", "1323", "1324", "0813", "0814":
		return true
	}
	return false
}

// Why an implied target is implied, as its Entry says it: a measure at
// home hits the source's own country, one aimed at the opposition its own
// opposition, and a protest with no government named the protesters' own
// government.
const (
	whyOwnCountry    = "the source's own country"
	whyOwnOpposition = "the source's own opposition"
	whyProtest       = "the protesters' own government"
)

// stateOf returns the state an actor code belongs to: its country ("ESP"
// of "ESPOPP", "RUS" of "RUSGOV"), with a dated sub-state that follows it
// ("SCGSRB", Serbia in Serbia and Montenegro); "" for IGOs, NGOs, the press,
// regions, and armed groups (rebels, militias: "PSEREBHMS"), which are no
// state's population.
//
// A people or faith after the country is part of its population, as a role
// is, not a sub-state: "MMRBUD" (Buddhist monks) belongs to MMR, whose
// government their protest is against; "IRQMUSSHI" to IRQ.
func stateOf(code string) string {
	if len(code) < 3 || len(code)%3 != 0 || !isCountryCode(code[:3]) || international(code[:3]) {
		return ""
	}
	n := 3
	for i := 3; i < len(code); i += 3 {
		r := code[i : i+3]
		switch {
		case r == "REB" || r == "UAF" || r == "INS":
			return ""
		case actor.IsRole(r), populace[r], i > 3 && populace[code[i-3:i]] && denomination[r]:
		case i == 3:
			n = 6 // "SCGSRB"
		default:
			return ""
		}
	}
	return code[:n]
}

// ownPlace reports whether t is the bare country of the dissenters a whose
// protest (root 14) it is the target of: the place they marched in, not
// whom they marched against ("Catalans marched in Barcelona" ESP > ESP,
// which would be dropped as an actor acting on itself). The protest then
// goes to the implied target, their government.
func (s *sent) ownPlace(code string, a, t *acode) bool {
	if len(code) < 2 || code[:2] != "14" || t == nil || t == &nullActor || !bareCountry(*t) || a == nil || a == &nullActor {
		return false
	}
	k := stateOf(a.code)
	return k != "" && t.base == k
}

// victimsOf gives civilians named with no country ("at least 135 women and
// girls", "civilians") who are the target of violence (roots 18, 19 and
// 20: assault, killing with force, mass violence) the
// country of the place the sentence puts the event in or, with none, the
// one country every actor of the sentence belongs to: "Congolese soldiers
// raped at least 135 women and girls in and around the eastern town of
// Minova" CODMIL > CODCVL. It returns t itself otherwise.
func (s *sent) victimsOf(code string, t *acode) *acode {
	if t == nil || t == &nullActor || t.hasActor || len(t.agents) == 0 || len(code) < 2 {
		return t
	}
	switch code[:2] {
	case "18", "19", "20":
	default:
		return t
	}
	for _, g := range t.agents {
		if g.Code != "CVL" {
			return t
		}
	}
	country := s.placeCountry()
	if country == "" {
		country = s.soleCountry()
	}
	if country == "" {
		return t
	}
	c := s.withCountry(acode{code: country, base: country, hasActor: true}, *t)
	return &c
}

// populace are the CAMEO codes for a people or faith within a country
// (Phoenix's ~PPL, the religions), which actor.IsRole does not list.
var populace = map[string]bool{
	"PPL": true, "REL": true, "BUD": true, "CHR": true, "JEW": true, "MUS": true,
	"HIN": true, "SIK": true,
}

// denomination are the CAMEO codes that may follow a religion: Shia, Sunni,
// Catholic, Orthodox, Protestant.
var denomination = map[string]bool{"SHI": true, "SUN": true, "CTH": true, "ORT": true, "PRO": true}
