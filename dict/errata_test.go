package dict

import (
	"errors"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
)

// TestErrataMarks: the "# errata: FILE:LINE" marks of the shipped overlays
// name exactly the malformed upstream lines they correct, so that the open
// list `dyad dict check` counts is the three verb lines whose meaning is not
// evident (dyad.errata.verbs.txt says why each is left).
func TestErrataMarks(t *testing.T) {
	srcs := DefaultSources()
	_, err := Build(srcs)
	var list dyad.ErrorList
	errors.As(err, &list)
	errata := Errata(srcs)
	corrected, open := SplitErrata(list, errata)
	var openAt []string
	for _, e := range open {
		openAt = append(openAt, ErrataKey(e))
	}
	want := "CAMEO.verbpatterns.150430.txt:4387 CAMEO.verbpatterns.150430.txt:8056 CAMEO.verbpatterns.150430.txt:8733"
	if got := strings.Join(openAt, " "); got != want {
		t.Errorf("open malformed lines %s, want %s", got, want)
	}
	if len(corrected) != 12 {
		t.Errorf("%d corrected lines, want 12", len(corrected))
	}
	// A mark must name a line that is malformed: a stale mark would hide
	// nothing and mislead the reader of the overlay.
	bad := map[string]bool{}
	for _, e := range list {
		bad[ErrataKey(e)] = true
	}
	for pos, at := range errata {
		if !bad[pos] {
			t.Errorf("%s marks %s, which is not a malformed line", at, pos)
		}
	}
}

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

// TestErrataRows: each correction loads with the code its author meant.
func TestErrataRows(t *testing.T) {
	set, _ := Default()
	// Phoenix.agents.txt:1927, ISLAMIC_EXTREMIST without a code: ~MUSRAD
	// like its neighbours; before, "Islamic extremists" stopped at ISLAMIC.
	for _, words := range [][]string{{"ISLAMIC", "EXTREMIST"}, {"ISLAMIC", "EXTREMISTS"}} {
		k, end := set.Agents.Match(words, 0, 0)
		if k < 0 || end != 2 || set.Agents.Entries[k].Code != "MUSRAD" {
			t.Errorf("%v: agent %d end %d", words, k, end)
		}
	}
	// Negative: ISLAMIC alone keeps Phoenix's ~MUS.
	if k, end := set.Agents.Match([]string{"ISLAMIC", "COUNTRIES"}, 0, 0); k < 0 || end != 1 || set.Agents.Entries[k].Code != "MUS" {
		t.Errorf("ISLAMIC: agent %d end %d", k, end)
	}
	// CAMEO.verbpatterns.150430.txt:5860, an offer of talks rejected: 125 in
	// the REFUSE block.
	found := false
	for _, b := range set.Verbs.Blocks {
		if b.Name != "REFUSE" {
			continue
		}
		for _, p := range b.Patterns {
			if p.Text == "SAID * AN OFFER + FOR TALKS" || strings.HasPrefix(p.Text, "SAID * AN OFFER + FOR TALKS ") {
				found = found || p.Code == "125"
			}
		}
	}
	if !found {
		t.Error("REFUSE has no SAID * AN OFFER + FOR TALKS [125]")
	}
}
