package pipeline_test

import "testing"

// TestReview30BlameInOwnClause: a state blamed for an attack is accused of
// aggression (1123) only by the clause that blames it (coder/blameattack.go
// blameAfter). In "Iran accused Israel of lying, and the United States
// blamed Hamas for the attack" the blame is the second clause's; Iran's
// accusation of lying keeps 112.
func TestReview30BlameInOwnClause(t *testing.T) {
	checkWantNot(t, []wantNot{
		{"blame of a later clause", "Iran accused Israel of lying, and the United States blamed Hamas for the attack.", "2024-03-05", "IRN>ISR 112", "IRN>ISR 1123"},
		{"blame of the verb's own clause", "Two tankers were attacked on Thursday, and Pompeo said Iran was responsible.", "2024-03-05", "USAELI>IRN 1123", ""},
	})
}
