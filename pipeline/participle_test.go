package pipeline_test

import "testing"

// TestForceParticiple codes sentences whose use of force is told in a
// closing participle clause ("…, killing three Palestinians"): the clause is
// kept although the comma options drop short closing clauses, the verb
// before it does not read into it, and its actor is the sentence's subject.
func TestForceParticiple(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		// The raid names no actor; the killing is the event.
		{"Israeli troops raided a refugee camp, killing three Palestinians.", "ISRMIL>PSE 190"},
		// The army announcing its own troops' killing claims it (015, the
		// news README's fourteenth harmonisation; dev rows ac-010
		// ISRMIL>PSECVL, h-177 COLMIL>COLREB, g-203 ISRMIL>LBNREB).
		{"Israeli troops raided a refugee camp, killing three Palestinians, the army said.", "ISRMIL>PSE 190; ISRMIL>PSE 015"},
		// Two events: the attack, and the killing by the attacker (not by
		// the attacked, whom a pattern's "$" would find before the verb).
		{"Israel attacked Syria, killing three Palestinians.", "ISR>SYR 190; ISR>PSE 190"},
		// A visit is no target of the killing, and the killing no visit.
		{"Israeli troops searched the camp, killing three Palestinians.", "ISRMIL>PSE 190"},
		// Other short closing clauses stay asides.
		{"Russia criticized Georgia, saying nothing.", "RUS>GEO 111"},
	}
	checkCodes(t, "2005-06-01", tests)
}
