package pipeline_test

import "testing"

// TestTariffsEased pins round thirty-seven's tariff rows (branch future42,
// pipeline/data/dyad.verbs.txt), with the learned component off. Tariffs
// or duties lifted, cut, slashed, reduced, scrapped, removed or suspended
// on an actor's goods are punitive tariffs eased, 085; told in the future
// ("said it would lift its tariffs on ...") the sub-code table makes them
// the speaker's intent to ease sanctions, 0354, where SAY's bare 010 stood.
// A third party's future reported by the speaker is that party's intent,
// not the speaker's; a negated future promises nothing; a conditional
// promise is still the intent (README: a measure told in the future,
// "conditional or not").
func TestTariffsEased(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Japan said on Monday it would lift its 25 percent tariffs on Chinese steel.", "JPN>CHN 0354"},
		{"Japan will cut tariffs on Chinese steel.", "JPN>CHN 0354"},
		{"Japan scrapped duties on Chinese cars.", "JPN>CHN 085"},
		{"Japan removed tariffs on Chinese cars.", "JPN>CHN 085"},
		{"Japan suspended tariffs on Chinese cars.", "JPN>CHN 085"},
		// Conditional: still the speaker's intent.
		{"Japan said it would lift its tariffs on Chinese steel if Beijing cut its own.", "JPN>CHN 0354"},
		// Negative: a third party's future is no intent of the speaker's.
		{"Japan said China would lift its tariffs on Japanese cars.", "JPN>CHN 010; CHN>JPN 0354"},
		// Negative: a negated future eases nothing.
		{"Japan said it would not lift its tariffs on Chinese steel.", "JPN>CHN 010"},
		// Negative: tariffs raised stay sanctions imposed.
		{"Japan raised tariffs on Chinese steel.", "JPN>CHN 163"},
	}
	checkRuleCodes(t, "2025-03-10", tests)
}
