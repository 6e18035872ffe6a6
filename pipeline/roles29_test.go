package pipeline_test

import "testing"

// TestRoundTwentyNineRoles: agent roles of round twenty-nine (roles29). The
// sentences are written for the test; each row but the guards fails
// without its rule, and a guard's notWant is what the rule must not make.
func TestRoundTwentyNineRoles(t *testing.T) {
	checkWantNot(t, []wantNot{
		// Militants, insurgents, rebels or gunmen named with no country in a
		// sentence naming one state and its troops or police are that
		// state's insurgency (coder/armedobject.go).
		{"militants killed by a state's soldiers", "Malian soldiers killed 12 militants on Friday.", "2023-05-12", "MLIMIL>MLIREB 190", "MLIMIL>--- 190"},
		{"insurgents killed by a state's troops", "Egyptian troops killed nine insurgents in clashes on Sunday.", "2023-05-14", "EGYMIL>EGYREB 190", ""},
		{"jihadists killed by a state's soldiers", "Nigerien soldiers killed 20 jihadists on Friday.", "2023-05-12", "NERMIL>NERREB 190", ""},
		{"militiamen clashing with a state's police", "Iraqi police clashed with militiamen on Tuesday.", "2023-05-16", "IRQCOP>IRQUAF 190", ""},
		{"rebels clashing with a state's soldiers", "Filipino soldiers clashed with rebels on Sunday.", "2023-05-14", "PHLMIL>PHLREB 190", ""},
		// Guards: a place named after them decides (placeLocals); a second
		// country leaves whose they are open.
		{"guard: a place named after the militants", "Kenyan soldiers killed 30 militants in Somalia on Monday.", "2023-05-15", "KENMIL>SOMREB 190", "KENMIL>KENREB 190"},
		{"guard: a second country named", "Israeli troops killed two militants on Monday, Egypt said.", "2023-05-15", "", "ISRMIL>ISRREB 190"},
	})
}
