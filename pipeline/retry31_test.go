package pipeline_test

import "testing"

// TestRoundThirtyOneAcross: air strikes and assaults launched, resumed or
// carried out "across" a place strike it, as "on" it does (round thirty's
// conflict30 form C's ACROSS rows, measured alone in retry31). The
// sentences are written for the test; the first three rows fail without
// the rows, and a guard's notWant is what the rows must not make.
func TestRoundThirtyOneAcross(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"air strikes launched across a country", "Israel launched air strikes across southern Lebanon on Monday.", "2024-09-23", "ISR>LBN 195", ""},
		{"drone attacks resumed across a country", "Russia resumed drone attacks across Ukraine on Sunday.", "2024-09-22", "RUS>UKR 195", ""},
		{"air raids carried out across a country", "Turkey carried out air raids across northern Iraq on Friday.", "2024-09-20", "TUR>IRQ 195", ""},
	})
	// Guards: a general strike across a country is a labour strike, not
	// force; a campaign launched across it is no attack. Neither codes.
	checkCodes(t, "2024-09-23", []struct{ text, want string }{
		{"Unions launched a general strike across Nigeria on Monday.", ""},
		{"Kenya launched a vaccination campaign across the country on Monday.", ""},
	})
}
