package pipeline_test

import "testing"

// TestRoundThirtyOneActors: Jamal Khashoggi (actors31), a row of
// dict/data/dyad.actors.txt. Phoenix's 2014 dictionaries predate his
// killing and do not have him, so a sentence whose only named actor on one
// side is he had no event. The sentences are written for the test; the
// first two fail without the row, and the guard keeps his media code off
// the Saudi officials a sentence about his killing names.
func TestRoundThirtyOneActors(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"family name alone", "Khashoggi criticised the Saudi crown prince in his columns.", "2018-09-10", "SAUMED>SAUGOV 111", ""},
		{"full name", "Jamal Khashoggi criticised the Saudi crown prince in his columns.", "2018-09-10", "SAUMED>SAUGOV 111", ""},
		{"guard: officials are not the journalist", "Turkish prosecutors accused Saudi officials of the killing of Jamal Khashoggi.", "2018-10-20", "", "TURJUD>SAUMED 112"},
	})
}
