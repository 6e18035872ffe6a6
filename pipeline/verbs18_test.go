package pipeline_test

import "testing"

// TestRoundEighteenVerbs codes, through the whole pipeline, sentences written
// for the round-eighteen verb rows, each beside a shape the rule must leave
// alone.
func TestRoundEighteenVerbs(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// An ambush is an armed assault: AMBUSH's block code 190, not
		// the 180 of its old convoy and "$ * +" rows; an attack on a
		// convoy was already 190.
		{"Suspected rebels ambushed an army convoy in eastern Congo on Monday.", "CODREB>CODMIL 190"},
		{"Taliban fighters ambushed Afghan police officers in Helmand on Sunday.", "AFGREB>AFGCOP 190"},
		{"Rebels attacked an army convoy in eastern Congo on Monday.", "CODREB>CODMIL 190"},
		// To aim is to intend: AIM leaves TARGET [190], so a deal "aimed
		// at" peace is the deal alone; weapons aimed at an actor stay an
		// attack (194 by the sub-code table), and TARGET keeps its 190.
		{"The United States and the Taliban signed a deal on Saturday aimed at bringing peace to Afghanistan.", "USA>AFGREB 057; AFGREB>USA 057"},
		// A struck military site is its owner's MIL since the fifteenth
		// harmonisation (round thirty-eight, sites44; dev rows f-235, y-025
		// Armenian positions ARMMIL, am-153 and ay-147 Pakistani border posts
		// PAKMIL, t-222 and bd-050 military sites in Iran IRNMIL).
		{"Hezbollah fighters aimed rockets at Israeli positions.", "LBNREB>ISRMIL 194"},
		{"Rebels targeted an army base in eastern Congo on Monday.", "CODREB>CODMIL 190"},
	}
	checkCodes(t, "2024-06-01", tests)
}
