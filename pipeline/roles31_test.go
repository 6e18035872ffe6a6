package pipeline_test

import "testing"

// TestRoundThirtyOneRoles: agent roles of round thirty-one (roles31). The
// sentences are written for the test; each row but the guards fails
// without its rule, and a guard's notWant is what the rule must not make.
func TestRoundThirtyOneRoles(t *testing.T) {
	checkWantNot(t, []wantNot{
		// A passive arrest, detention, charge or sentence with no "by"
		// phrase takes the state's authorities, not the bare state of the
		// place it happened in (coder/custody.go placeCustodian).
		{"arrested in a capital", "Opposition leader Juan Perez was arrested in Caracas on Friday.", "2024-03-01", "VENGOV>VENOPP 173", "VEN>VENOPP 173"},
		{"detained at an airport", "A Turkish journalist was detained at Ankara airport on Monday.", "2024-03-04", "TURGOV>TURMED 173", "TUR>TURMED 173"},
		{"arrested after returning to a city", "Former Venezuelan president Juan Perez was arrested on Friday after returning to Caracas from Madrid.", "2024-03-01", "VENGOV>VENELI 173", "VEN>VENELI 173"},
		// Guards: a state named as the arrester keeps its bare code; an
		// agent after "by" is read as usual.
		{"guard: a state arrests in the active voice", "Venezuela arrested opposition leader Juan Perez on Friday.", "2024-03-01", "VEN>VENOPP 173", "VENGOV>VENOPP 173"},
		{"guard: arrested by police", "A Kenyan journalist was arrested by police in Nairobi on Monday.", "2024-03-04", "KENCOP>KENMED 173", "KENGOV>KENMED 173"},
	})
}
