package coder

import "testing"

func TestDissentTarget(t *testing.T) {
	tests := []struct {
		fwd, code, base string
		want            string // "" for no implied target
	}{
		{"143", "NPLOPP", "NPL", "NPLGOV"},
		{"1423", "RUSOPP", "RUSGOV", "RUSGOV"}, // a critic of the Kremlin: base RUSGOV, code RUSOPP
		{"141", "ESP", "ESP", "ESPGOV"},        // "Catalans"
		{"141", "KENCVL", "KEN", "KENGOV"},
		{"141", "SCGSRBEDU", "SCGSRB", "SCGSRBGOV"},
		{"141", "KENGOV", "KEN", ""},    // a state sector does not protest against itself
		{"143", "NPLREB", "NPL", ""},    // rebels' strikes name their own target
		{"141", "IGOUNO", "IGOUNO", ""}, // no home government
		{"190", "NPLOPP", "NPL", ""},    // not dissent
	}
	for _, tt := range tests {
		a := &acode{code: tt.code, base: tt.base, hasActor: true}
		got, ok := dissentTarget(tt.fwd, a)
		switch {
		case tt.want == "" && ok:
			t.Errorf("%s %s: got %s, want none", tt.fwd, tt.code, got.code)
		case tt.want != "" && !ok:
			t.Errorf("%s %s: got none, want %s", tt.fwd, tt.code, tt.want)
		case ok && got.code != tt.want:
			t.Errorf("%s %s: got %s, want %s", tt.fwd, tt.code, got.code, tt.want)
		}
	}
}
