package pipeline_test

import "testing"

// TestForeignRoleNoHomeCountry pins round thirty-six's foreign roles
// (branch new43, coder/thestate.go foreignRole), with the learned
// component off. A role phrase with no country of its own takes the one
// country the sentence names ("police said", "the army") — but "foreign"
// says its people are not of that country: "accused foreign intelligence
// services of plotting a coup" is no accusation of the speaker's own
// services, and foreign peacekeepers killed near a town are not that
// country's army. The offices of a state's foreign relations ("the
// foreign minister") stay its own.
func TestForeignRoleNoHomeCountry(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		// The accused are of no named country: nothing to code.
		{"Hungary's prime minister accused foreign intelligence services of plotting to unseat him.", ""},
		{"The Bolivian president accused unnamed foreign agents of funding the riots.", ""},
		// Negative: without "foreign" the services are the sentence's country's.
		{"Hungary's prime minister accused intelligence services of plotting to unseat him.", "HUNGOV>HUNSPY 112"},
		// A place's armed subject (placeLocals): foreign fighters near
		// Goma are not Congo's; fighters with no such word are.
		{"Foreign fighters attacked a village near Goma on Sunday.", ""},
		{"Fighters attacked a village near Goma on Sunday.", "CODUAF>CODCVL 190"},
		// Negative: a foreign minister with no country named is the sentence's.
		{"The foreign minister met Hungary's opposition leader on Monday.", "HUNGOV>HUNOPP 040"},
	}
	checkRuleCodes(t, "2025-03-10", tests)
}
