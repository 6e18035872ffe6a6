package coder

import "testing"

// TestBareCongo: plain "Congo" is the Democratic Republic from its 1997
// renaming on; the Republic's own names, and earlier dates, stay COG (the
// dated CONGO_ entry of dict/data/dyad.actors.txt).
func TestBareCongo(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	const (
		bare = "(ROOT (S (NP (NNP Congo)) (VP (VBD accused) (NP (NP (NNP Rwanda)) (PP (IN of) (S (VP (VBG backing) (NP (DT the) (NNS rebels))))))) (. .)))"
		repu = "(ROOT (S (NP (NNP Congo) (NNP Republic)) (VP (VBD accused) (NP (NP (NNP Rwanda)) (PP (IN of) (S (VP (VBG backing) (NP (DT the) (NNS rebels))))))) (. .)))"
	)
	tests := []struct {
		name, text, tree, date, want string
	}{
		{"plain Congo after 1997 is the DRC", "Congo accused Rwanda of backing the rebels.", bare, "2012-11-20",
			"Congo=COD; Rwanda=RWA; the rebels=---REB"},
		{"plain Congo before 1997 is the Republic", "Congo accused Rwanda of backing the rebels.", bare, "1995-03-01",
			"Congo=COG; Rwanda=RWA; the rebels=---REB"},
		{"Congo Republic stays the Republic", "Congo Republic accused Rwanda of backing the rebels.", repu, "2012-11-20",
			"Congo Republic=COG; Rwanda=RWA; the rebels=---REB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mentions(t, c, tt.text, tt.tree, tt.date); got != tt.want {
				t.Errorf("%s\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}
