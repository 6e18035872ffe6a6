package dict

import "testing"

// TestErrataOnlyFromOverlays: a copied file cannot mark its own lines
// corrected, and a mark is read wherever the overlay sits.
func TestErrataOnlyFromOverlays(t *testing.T) {
	srcs := []Source{
		{Kind: KindAgents, Name: "Phoenix.agents.txt", Data: []byte("# errata: x.txt:3\n")},
		{Kind: KindAgents, Name: "/some/dir/dyad.agents.txt", Data: []byte("A [~GOV]\n# errata: x.txt:4, x.txt:5\n")},
	}
	got := Errata(srcs)
	if len(got) != 2 || got["x.txt:4"] != "dyad.agents.txt:2" || got["x.txt:5"] == "" || got["x.txt:3"] != "" {
		t.Errorf("Errata = %v", got)
	}
}

