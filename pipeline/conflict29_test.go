package pipeline_test

import "testing"

// conflict29Cases runs sentences through the whole pipeline and compares
// all their events, "SRC>TGT CODE; …".
func conflict29Cases(t *testing.T, tests []struct{ text, date, want string }) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := list(codeText(t, tt.text, tt.date)); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestConflictPassiveShooting: a person shot or assassinated in the
// passive, with no attacker named, is the victim of the place's country
// (the README's convention for an attack nobody is named for), as KILL's
// passive row codes "was killed in"; before, the victim was read as the
// shooter and the place as the target.
func TestConflictPassiveShooting(t *testing.T) {
	conflict29Cases(t, []struct{ text, date, want string }{
		{"A Bolivian mayor was shot dead in La Paz on Monday.", "2023-05-08", "BOL>BOLGOV 193"},
		{"Three Afghan soldiers were shot dead in Kabul on Monday.", "2023-05-08", "AFG>AFGMIL 193"},
		{"A Bolivian mayor was assassinated in La Paz on Monday.", "2023-05-08", "BOL>BOLGOV 186"},
		// Active: the shooter named keeps his place as source.
		{"Bolivian police shot dead two drug traffickers in La Paz on Monday.", "2023-05-08", "BOLCOP>BOLCRM 193"},
	})
}

// TestConflictTruceBreach: fighting reported in breach of a truce in force
// ("hours after a ceasefire took effect", "despite the truce") is 196
// Violate ceasefire, both ways for an exchange of fire; a truce only
// talked of leaves the fight its own code.
func TestConflictTruceBreach(t *testing.T) {
	conflict29Cases(t, []struct{ text, date, want string }{
		{"Eritrean and Ethiopian troops exchanged fire along the border on Tuesday, hours after a ceasefire took effect.", "2023-05-09", "ERIMIL>ETHMIL 196; ETHMIL>ERIMIL 196"},
		{"Eritrean and Ethiopian troops exchanged fire along the border on Tuesday despite the truce.", "2023-05-09", "ERIMIL>ETHMIL 196; ETHMIL>ERIMIL 196"},
		// Talks about a ceasefire: no truce broken.
		{"Eritrean and Ethiopian troops exchanged fire along the border on Tuesday as ceasefire talks began.", "2023-05-09", "ERIMIL>ETHMIL 190; ETHMIL>ERIMIL 190"},
	})
}
