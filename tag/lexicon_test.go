package tag

import "testing"

func TestFrequentWord(t *testing.T) {
	m := Default()
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"US", true}, {"us", true}, {"said", true}, {"The", true},
		{"Raisi", false}, {"Osgiliath", false}, {"", false},
	} {
		if got := m.FrequentWord(tc.w); got != tc.want {
			t.Errorf("FrequentWord(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}
