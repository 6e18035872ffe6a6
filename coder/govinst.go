package coder

import "github.com/dyadproject/dyad/dict"

// runByState drops a GOV agent that modifies the head of the phrase when
// the head is a school or a hospital (the last agent EDU or HLH): "a
// government school" is a school the state runs, EDU, and the schoolgirls
// taken from it are students (f-088 NGAEDU), not the government; "a
// government hospital" HLH. The education ministry keeps GOV (its head,
// MINISTRY, is the last agent).
func runByState(agents []*dict.Agent) []*dict.Agent {
	n := len(agents)
	if n < 2 {
		return agents
	}
	switch agents[n-1].Code {
	case "EDU", "HLH":
	default:
		return agents
	}
	var out []*dict.Agent
	for i, g := range agents {
		if i < n-1 && g.Code == "GOV" {
			continue
		}
		out = append(out, g)
	}
	return out
}
