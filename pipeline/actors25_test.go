package pipeline_test

import "testing"

// TestRoundTwentyFiveActors: actors of round twenty-five (actors25). The
// sentences are written for the test; each row but the guards fails without
// its rule: the TANK agent (dict/data/dyad.agents.txt) and the type heads of
// definite descriptions (coref/typeref.go).
func TestRoundTwentyFiveActors(t *testing.T) {
	tests := []struct {
		name, text, date, want string
	}{
		// A state's tanks are its military.
		{"tanks", "Turkish tanks shelled Kurdish villages in Syria on Monday.", "2019-10-14", "TURMIL>SYRCVL 194"},
		{"a think tank is no tank", "A Chinese think tank criticised Japan on Monday.", "2024-03-04", "CHNNGO>JPN 111"},
		// "the group", "the bloc", "the court" refer to the last armed group,
		// IGO or court mentioned when no mention shares the head noun.
		{"the group after an armed group", "Hezbollah rejected the plan on Monday. The group accused Israel of violating the truce.", "2024-03-04", "LBNREB>ISR 1123"},
		{"the bloc after an IGO", "ECOWAS leaders met in Abuja on Sunday. The bloc imposed sanctions on Niger.", "2024-03-04", "IGOWAFBUSWAS>NER 163"},
		{"guard: a head the antecedent shares still wins", "The Chinese delegation arrived on Monday. The delegation criticised Japan.", "2024-03-04", "CHNGOV>JPN 111"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			evs := codeText(t, tt.text, tt.date)
			if has(evs, tt.want) == nil {
				t.Errorf("%q: want %s, got %s", tt.text, tt.want, list(evs))
			}
		})
	}
}
