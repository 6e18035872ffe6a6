package pipeline_test

import "testing"

// TestRoundThirtyRoles: agent roles of round thirty (roles30). The
// sentences are written for the test; the rule rows fail without the rule,
// and a guard's notWant is what the rule must not make.
func TestRoundThirtyRoles(t *testing.T) {
	checkWantNot(t, []wantNot{
		// A former title with no name and no country in its phrase is the
		// elites (ELI) of the country the sentence gives it, not its
		// government (coder/actors.go, thestate.go).
		{"a former minister arrested", "Kenyan police arrested a former minister on Monday.", "2024-04-29", "KENCOP>KENELI 173", "KENCOP>KENGOV 173"},
		{"former ministers charged", "Ghana's anti-graft agency charged two former deputy ministers on Wednesday.", "2024-05-01", "GHAGOV>GHAELI 112", "GHAGOV>GHAGOV 112"},
		{"a former official, a place named", "Police arrested a former state official in Nairobi on Friday.", "2024-05-03", "KENCOP>KENELI 173", "KENCOP>KENGOV 173"},
		// Guards: a sitting official stays the government; former soldiers
		// are veterans, not elites.
		{"guard: a sitting minister", "Kenyan police arrested a minister on Monday.", "2024-04-29", "KENCOP>KENGOV 173", "KENCOP>KENELI 173"},
		{"guard: former soldiers", "Former soldiers protested in Nairobi on Monday.", "2024-04-29", "", "KENELI>KEN 110"},
	})
}
