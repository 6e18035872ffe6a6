package devset

import (
	"slices"
	"testing"

	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/learn"
)

func TestRoleLabels(t *testing.T) {
	K := learn.Keep
	for _, tc := range []struct {
		name       string
		gold, pred []string
		want       [][2]string
	}{
		{"exact: keep both", []string{"IRNGOV USA 111"}, []string{"IRNGOV USA 111"}, [][2]string{{K, K}}},
		{"right actors, wrong code: keep both", []string{"IRNGOV USA 111"}, []string{"IRNGOV USA 190"}, [][2]string{{K, K}}},
		{"bare for GOV", []string{"IRNGOV USA 111"}, []string{"IRN USA 111"}, [][2]string{{"GOV", K}}},
		{"GOV for MIL on the target", []string{"PAK USAMIL 111"}, []string{"PAK USAGOV 111"}, [][2]string{{K, "MIL"}}},
		{"both sides, a role to bare", []string{"PAKOPP IND 111"}, []string{"PAKCVL INDGOV 111"}, [][2]string{{"OPP", learn.RoleBare}}},
		{"same family, other code", []string{"IRNGOV USA 111"}, []string{"IRN USA 112"}, [][2]string{{"GOV", K}}},
		{"other family: no label", []string{"IRNGOV USA 111"}, []string{"IRN USA 042"}, [][2]string{{"", ""}}},
		{"other country: no label", []string{"IRNGOV USA 111"}, []string{"IRQ USA 111"}, [][2]string{{"", ""}}},
		{"an exact event leaves no gold to take a role from", []string{"IRNGOV USA 111"}, []string{"IRNGOV USA 111", "IRN USA 111"}, [][2]string{{K, K}, {"", ""}}},
		{"the same code before the same family", []string{"IRNMIL USA 112", "IRNGOV USA 111"}, []string{"IRN USA 111"}, [][2]string{{"GOV", K}}},
		{"duplicates share labels", []string{"IRNGOV USA 111"}, []string{"IRN USA 111", "IRN USA 111"}, [][2]string{{"GOV", K}, {"GOV", K}}},
	} {
		var gold []eval.Triple
		for _, g := range tc.gold {
			gold = append(gold, tri(g))
		}
		if got := RoleLabels(gold, events(tc.pred...)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: RoleLabels = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestRoleExamples checks that an unlabelled side, and an actor the
// relabeller leaves alone, give no example, and that a labelled side's
// example carries its kind, own class and label.
func TestRoleExamples(t *testing.T) {
	evs := events("IRN USA 111", "- CHN 042")
	it := Item{ID: "x:1", Gold: []eval.Triple{tri("IRNGOV USA 111"), tri("RUS CHN 042")}, Sentences: []learn.Sentence{{Text: "t", Events: evs}}}
	exs := RoleExamples([]Item{it})
	if len(exs) != 2 {
		t.Fatalf("%d examples, want 2 (the second event is unlabelled): %+v", len(exs), exs)
	}
	if e := exs[0]; e.Key != "STATE.bare" || e.Code != learn.RoleBare || e.Label != "GOV" {
		t.Errorf("source example = %s %s %s, want STATE.bare bare GOV", e.Key, e.Code, e.Label)
	}
	if e := exs[1]; e.Label != learn.Keep || !slices.Contains(e.Features, "side=tgt") {
		t.Errorf("target example = %s with %v, want KEEP and side=tgt", e.Label, e.Features)
	}
}
