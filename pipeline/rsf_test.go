package pipeline_test

import "testing"

// TestRapidSupportForces codes Sudan's RSF by the story's date, as the
// news sets do since their cross-set harmonisation: a paramilitary (UAF)
// before the war it began on 2023-04-15, rebels (REB) from that day.
func TestRapidSupportForces(t *testing.T) {
	for _, c := range []struct{ date, want string }{
		{"2021-10-25", "SDNUAF>SDNMIL 190"},
		{"2023-04-14", "SDNUAF>SDNMIL 190"},
		{"2023-04-15", "SDNREB>SDNMIL 190"},
		{"2025-10-29", "SDNREB>SDNMIL 190"},
	} {
		if got := list(codeText(t, "The Rapid Support Forces attacked the army in Khartoum.", c.date)); got != c.want {
			t.Errorf("%s: got %q, want %q", c.date, got, c.want)
		}
	}
}
