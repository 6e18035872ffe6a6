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

// TestRoundThirtySevenGangLocal gives a gang or its members the country of
// the place named after them also where they are the object, as the coder
// gives rebels, protesters and refugees (actors.go, localRoles): a gang
// belongs where it operates. "Ecuadorian soldiers arrested 30 members of
// the gang in raids in Guayaquil" is ECUMIL>ECUCRM, not the bare ECU the
// place made of it (fresh35 as-051). The negative row: with no place
// named the gang keeps no country and the arrest no target.
func TestRoundThirtySevenGangLocal(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ecuadorian soldiers arrested 30 suspected members of the gang in raids in Guayaquil on Monday.", "ECUMIL>ECUCRM 173"},
		{"Haitian police killed gang members in Port-au-Prince on Monday.", "HTICOP>HTICRM 190"},
		// No place: no country.
		{"Ecuadorian soldiers arrested 30 gang members on Monday.", ""},
	}
	checkRuleCodes(t, "2024-01-01", tests)
}
