package coder

import "github.com/dyadproject/dyad/dict"

// supporterHeads are the nouns that name a person's political following.
var supporterHeads = map[string]bool{
	"SUPPORTERS": true, "SUPPORTER": true, "FOLLOWERS": true, "LOYALISTS": true,
	"PARTISANS": true, "BACKERS": true,
}

// oppAgent is the role of a figure's following out of power.
var oppAgent = &dict.Agent{Code: "OPP", Phrase: "SUPPORTERS OF (figure out of office)"}

// supportersOf codes "supporters of former prime minister Imran Khan" as the
// country's opposition (PAKOPP), not as Khan himself (PAKELI): the
// followers of a figure out of office or in opposition (ELI, OPP) are the
// political opposition of that country, as CAMEO codes a party in
// opposition. head is the head's last leaf; obj the codes of the object of
// "of". Followers of a sitting official or of anyone else are left to the
// usual reading (nil).
func (s *sent) supportersOf(head int, obj []acode) []acode {
	if !supporterHeads[s.words[head]] || len(obj) != 1 || !obj[0].hasActor {
		return nil
	}
	c := obj[0]
	if len(c.code) != 6 || (c.code[3:] != "ELI" && c.code[3:] != "OPP") {
		return nil
	}
	for i := 0; i < 3; i++ {
		if b := c.code[i]; b < 'A' || b > 'Z' {
			return nil
		}
	}
	n := c
	n.code, n.base, n.agents = c.code[:3]+"OPP", c.code[:3], []*dict.Agent{oppAgent}
	n.actor, n.dated, n.role = nil, nil, nil
	return []acode{n}
}
