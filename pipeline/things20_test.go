package pipeline_test

import "testing"

// TestRoundTwentyStateHeads: a state named by its adjective before "air
// strikes" is its military (coder/statehead.go, round twenty, things20).
// The sentences are written for the test; the first rows fail without the
// rule, the guards pass either way.
func TestRoundTwentyStateHeads(t *testing.T) {
	tests := []struct {
		name, text, date, want string
	}{
		{"a state's air strikes are its military", "Russian air strikes killed twelve civilians in Idlib on Tuesday.", "2024-03-05", "RUSMIL>SYRCVL 195"},
		{"the one-word form too", "Turkish airstrikes hit Kurdish militant bases in northern Iraq on Sunday.", "2024-03-03", "TURMIL>IRQREB 195"},
		{"guard: a role already named is kept", "Saudi military air strikes killed ten people in Yemen on Monday.", "2024-03-04", "SAUMIL>YEM 195"},
		{"guard: the state named alone keeps the country", "Israel launched air strikes on Lebanon on Friday.", "2024-03-01", "ISR>LBN 195"},
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
