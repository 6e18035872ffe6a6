package pipeline_test

import "testing"

// TestRoundThirtyThreeArmedGroups (actors33): Phoenix writes several South
// Asian armed groups as a short name and its acronym ("JAISH-E-MOHAMMAD_
// (JEM)_", "HIZBUL_MUJAHIDEEN_(HM)_"), which no story matches; dict now
// indexes the name without an acronym that spells its initials, and
// dict/data/dyad.actors.txt adds the news spelling "Jaish-e-Mohammed". The
// sentences are written for the test; the first three fail without the
// change. The guards: the Sudanese rebels' "JEM" is not the Kashmiri group,
// and a man named Mohammed is no armed group.
func TestRoundThirtyThreeArmedGroups(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"news spelling", "Pakistan banned Jaish-e-Mohammed on Tuesday.", "2019-03-05", "PAK>SASREB 172", ""},
		{"Phoenix's spelling", "Pakistan banned Jaish-e-Mohammad on Tuesday.", "2019-03-05", "PAK>SASREB 172", ""},
		{"a two-word name", "Indian police arrested two members of Hizbul Mujahideen in Srinagar.", "2019-03-05", "INDCOP>SASREB 173", ""},
		{"guard: JEM in Darfur", "Sudanese troops attacked JEM rebels in Darfur on Tuesday.", "2011-03-01", "", "SDNMIL>SASREB 190"},
		{"guard: a man named Mohammed", "Pakistani police arrested Mohammed Khan in Karachi on Tuesday.", "2019-03-05", "", "PAKCOP>SASREB 173"},
	})
}
