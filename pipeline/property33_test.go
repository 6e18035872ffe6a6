package pipeline_test

import "testing"

// TestProperty33DeliveryTaken: the +APPREHEND row "- * DELIVERY [---]" was
// written for TAKE ("delivery taken of weapons ... the buyer takes nothing
// by force, so APPREHEND's 171 (TAKE) is wrong"), but with no "#" scope it
// reached every verb of the block and blanked a seizure: "police seized a
// delivery of weapons" was no event. Scoped to TAKE, the row is tried on
// SEIZE only after SEIZE's own patterns (coder/scope.go), and a null
// pattern of another verb leaves the verb's own code (foreignNull).
// Sentences written for the test; rule coder alone.
func TestProperty33DeliveryTaken(t *testing.T) {
	checkRuleCodes(t, "2024-03-05", []struct{ text, want string }{
		{"Kenyan police seized a delivery of Somali weapons in Mombasa.", "KENCOP>SOM 1711"},
		// The verb the row was written for keeps it: taking delivery is no event.
		{"Kenya took delivery of Turkish drones.", ""},
		{"Kenya took delivery of Turkish drones on Monday.", ""},
	})
}
