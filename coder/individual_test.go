package coder

import (
	"testing"

	"github.com/dyadproject/dyad"
)

// TestForeignIndividuals: another state's private person released, granted
// asylum or expelled is coded by the country alone (individual.go).
func TestForeignIndividuals(t *testing.T) {
	tests := []struct {
		name, src, tgt, code string
		want                 string // "SRC>TGT"
	}{
		{"a released foreign reporter", "IRN", "FRAMED", "0841", "IRN>FRA"},
		{"the reporter's side of a swap", "FRAMED", "IRN", "0841", "FRA>IRN"},
		{"asylum for a foreign dissident", "RUS", "USAOPP", "075", "RUS>USA"},
		{"expelled foreign students", "CHNGOV", "GBREDU", "174", "CHNGOV>GBR"},
		{"an expelled diplomat keeps GOV", "CHN", "GBRGOV", "174", "CHN>GBRGOV"},
		{"a former president granted asylum keeps ELI", "RUS", "SYRELI", "075", "RUS>SYRELI"},
		{"the state's own reporter keeps MED", "IRN", "IRNMED", "0841", "IRN>IRNMED"},
		{"an arrest is no hand-over", "IRN", "FRAMED", "173", "IRN>FRAMED"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := foreignIndividuals([]dyad.Event{{Source: dyad.Actor{Code: tt.src}, Target: dyad.Actor{Code: tt.tgt}, Code: dyad.Code(tt.code)}})
			if got := evs[0].Source.Code + ">" + evs[0].Target.Code; got != tt.want {
				t.Errorf("%s>%s %s: got %s, want %s", tt.src, tt.tgt, tt.code, got, tt.want)
			}
		})
	}
}
