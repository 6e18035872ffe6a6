package pipeline_test

import "testing"

// TestDomesticLawObjects codes, through the whole pipeline, a state's police,
// courts or government acting on a journalist, cleric or criminal the
// sentence gives no country (coder/lawobject.go): domestic news means the
// state's own people. Beside each, shapes the rule must leave alone: another
// country named, a role word that names nobody, an army's target.
func TestDomesticLawObjects(t *testing.T) {
	tests := []struct {
		text string
		date string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Cambodian police arrested a blogger on Monday.", "2016-07-04", "KHMCOP>KHMMED 173"},
		{"Cambodian police arrested blogger Kem Ley on Monday.", "2016-07-04", "KHMCOP>KHMMED 173"},
		{"Saudi police arrested a Shi'ite cleric in Qatif.", "2016-07-04", "SAUCOP>SAUREL 173"},
		{"Peruvian police arrested 12 drug traffickers.", "2016-07-04", "PERCOP>PERCRM 173"},
		// Another country named: whose journalist is not said.
		{"Cambodian police arrested a blogger who had criticised China.", "2016-07-04", ""},
		// Reporters told something are the statement's audience.
		{"The Cambodian interior minister told reporters the protest was illegal.", "2016-07-04", ""},
		// A role word that names nobody.
		{"Cambodian police called the protest a criminal act.", "2016-07-04", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
