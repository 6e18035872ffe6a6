package coder

import (
	"testing"

	"github.com/dyadproject/dyad/dict"
)

// TestComposeArmedGroup: an armed group's forces, fighters and dissidents
// are the group (ownArmedRole); a state's forces and dissidents keep the
// agent's role.
func TestComposeArmedGroup(t *testing.T) {
	forces := &dict.Agent{Words: []string{"FORCES"}, Code: "MIL", Phrase: "FORCES"}
	dissidents := &dict.Agent{Words: []string{"DISSIDENTS"}, Code: "OPP", Phrase: "DISSIDENTS"}
	militants := &dict.Agent{Words: []string{"MILITANTS"}, Code: "REB", Phrase: "MILITANTS"}
	for _, tt := range []struct {
		actor string
		g     *dict.Agent
		want  string
	}{
		{"YEMREB", forces, "YEMREB"},          // "Houthi forces"
		{"AFGREB", forces, "AFGREB"},          // "Taliban forces" before 2021
		{"COLREB", dissidents, "COLREB"},      // "FARC dissidents"
		{"PSEREBHMS", militants, "PSEREBHMS"}, // "Hamas militants"
		{"IMGMUSISI", forces, "IMGMUSISI"},    // "Islamic State forces"
		{"ARM", forces, "ARMMIL"},             // "Armenian forces": a state's
		{"RUS", dissidents, "RUSOPP"},         // "Russian dissidents"
		{"AFGGOV", forces, "AFGGOVMIL"},       // a government is no armed group
	} {
		if got := composeCode(tt.actor, []*dict.Agent{tt.g}); got != tt.want {
			t.Errorf("composeCode(%q, %s) = %q, want %q", tt.actor, tt.g.Phrase, got, tt.want)
		}
	}
}
