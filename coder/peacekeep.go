package coder

import (
	"strings"

	"github.com/dyadproject/dyad/dict"
)

// nationalTroops reports whether agent g makes a state's soldiers
// peacekeepers: Phoenix's PEACEKEEPING_TROOPS is a prefix agent [IGO~],
// right for a body's forces ("NATO peacekeeping troops" stays IGOWSTNAT),
// but on a country it wrote codes no codebook has ("Bangladeshi
// peacekeeping troops" was IGOBGD). A country's troops are its military
// whatever their mission (CAMEO actor codebook: MIL, "troops, soldiers"), so
// they are BGDMIL; the mission shows in the event (074, 0861).
func nationalTroops(actor string, g *dict.Agent) bool {
	if !g.Before || g.Code != "IGO" || !strings.Contains(g.Phrase, "TROOPS") || len(actor) < 3 {
		return false
	}
	return !stateless(actor[:3])
}
