package pipeline_test

import "testing"

// TestRoundThirtySixChemicalBlame pins round thirty-six's CHEMICAL row of the
// sub-code table (branch chem41, coder/data/subcodes.txt), with the learned
// component off. The news sets code blame for a chemical or poison-gas attack
// 1124, an accusation of war crimes (testdata/news/README.md, "Cross-set
// harmonisation (session twenty)"); before, AGGRESSION's "attack" and the
// ACCUSE row "- * + OF ATTACK [1123]" made it 1123, and "accused X of using
// chemical weapons" was the bare 112. The sentences are written for the test.
func TestRoundThirtySixChemicalBlame(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Iran accused Iraq of a chemical attack on its troops.", "IRN>IRQ 1124"},
		{"Iran accused Iraq of a poison gas attack on its troops.", "IRN>IRQ 1124"},
		{"Iran accused Iraq of using chemical weapons against its troops.", "IRN>IRQ 1124"},
		{"Iran blamed the Iraqi government for a chemical attack on the town.", "IRN>IRQGOV 1124"},
		{"Iran blamed a chemical attack on the Iraqi government.", "IRN>IRQGOV 1124"},
		// Negative: an attack named with no chemical means stays aggression.
		{"Iran accused Iraq of an attack on its troops.", "IRN>IRQ 1123"},
		// Negative: a chemical attack threatened keeps WMD's threat (1385).
		{"Iran threatened Iraq with a chemical attack.", "IRN>IRQ 1385"},
		// Negative: an attack in retaliation for a chemical attack is the
		// shelling, not a chemical attack or a blame.
		// A struck military site is its owner's MIL since the fifteenth
		// harmonisation (round thirty-eight, sites44; dev rows f-235, y-025
		// Armenian positions ARMMIL, am-153 and ay-147 Pakistani border posts
		// PAKMIL, t-222 and bd-050 military sites in Iran IRNMIL).
		{"Iran shelled Iraqi positions in retaliation for a chemical attack on its troops.", "IRN>IRQMIL 193"},
		// Negative: a stockpile destroyed is no attack and no accusation.
		{"Iraq destroyed its chemical weapons stockpile under U.N. supervision.", ""},
		// The use itself keeps UTILIZE's 2041.
		{"Iraqi forces used chemical weapons against Kurdish villagers.", "IRQMIL>IRQCVL 2041"},
	}
	checkRuleCodes(t, "2024-06-01", tests)
}
