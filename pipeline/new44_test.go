package pipeline_test

import "testing"

// TestRoundThirtySevenGangPlace gives a gang or cartel named with no
// country, as the subject, the country of the place it acts in, as the
// coder already gave gunmen and militants (placecountry.go, armedOnly):
// "Gang members killed 30 villagers north of Port-au-Prince" is HTICRM.
// Without it the gang had no country and the event was lost; the read
// sets code such gangs as the place's criminals (fresh22 af-039, fresh34
// ar-098, fresh44 bb-114). The negative rows: with no place the gang stays
// without a country, and a gang that is the object, with its place before
// it, is left as it was (only a subject reaches back to the place).
func TestRoundThirtySevenGangPlace(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Gang members killed 30 villagers in a town north of Port-au-Prince on Thursday.", "HTICRM>HTICVL 190"},
		{"Gang members opened fire on police officers in Port-au-Prince on Thursday.", "HTICRM>HTICOP 193"},
		{"Cartel gunmen attacked soldiers in Culiacan, Mexico on Monday.", "MEXCRM>MEXMIL 190"},
		// No place named: no country for the gang.
		{"Gang members killed 30 villagers on Thursday.", ""},
	}
	checkRuleCodes(t, "2024-01-01", tests)
}
