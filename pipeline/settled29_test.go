package pipeline_test

import "testing"

// TestSettledAccusations codes a closing ", accusing/blaming X of …"
// participle by the sixth harmonisation's first rule (testdata/news/
// README.md, "Cross-set harmonisation (session thirteen)";
// coder/reasonaccuse.go): an accusation that gives the reason for the
// source's own act against the same party is folded into the act. Beside
// each, what the rule keeps: a second party accused, a coordinated verb,
// a third party's blame, the content of a formal protest or an appeal.
func TestSettledAccusations(t *testing.T) {
	tests := []struct {
		text string
		want string // all events, "SRC>TGT CODE; …"
	}{
		{"Bolivia expelled the Peruvian ambassador on Monday, accusing Lima of meddling in its affairs.", "BOL>PERGOV 161"},
		{"Ecuador severed diplomatic ties with Mexico on Friday, blaming Mexico for the embassy dispute.", "ECU>MEX 161"},
		{"Armenia launched an offensive against Azerbaijan on Monday, accusing Baku of shelling its villages.", "ARM>AZE 190"},
		// Kept: another party accused.
		{"Bolivia expelled the Peruvian ambassador on Monday, accusing Chile of backing Lima.", "BOL>PERGOV 161; BOL>CHL 112"},
		{"Armenia launched an offensive against Azerbaijan on Monday, accusing Turkey of arming Baku.", "ARM>AZE 190; ARM>TUR 112"},
		// Kept: a coordinated main verb.
		{"Bolivia expelled the Peruvian ambassador on Monday and accused Lima of meddling in its affairs.", "BOL>PERGOV 161; BOL>PER 112"},
		// Kept: a third party's blame, the participle closing "said".
		{"Rebels attacked an army post in the north overnight, the Colombian army said, blaming the ELN.", "COLREB>COLMIL 190; COLMIL>COLREB 1123"}, // the rebels take the army's country (armedobject.go); an armed group blamed for an attack is 1123 (codes32: the dev gold's fresh31 ao-077, fresh19 ac-064)
		// Kept: the content of a formal protest or an appeal.
		{"Bolivia filed a formal protest with Peru on Monday, accusing Lima of violating its airspace.", "BOL>PER 114; BOL>PER 1123"},
		{"Bolivia asked the Security Council to meet, accusing Peru of massing troops.", "BOL>IGOUNO 026; BOL>PER 1123"}, // troops massed: aggression (codes30)
	}
	checkCodes(t, "2024-03-04", tests)
}
