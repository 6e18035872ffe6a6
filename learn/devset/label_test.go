package devset

import (
	"slices"
	"strings"
	"testing"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/eval"
	"github.com/dyadproject/dyad/learn"
)

func tri(s string) eval.Triple {
	f := strings.Fields(s)
	return eval.Triple{Source: f[0], Target: f[1], Code: f[2]}
}

func events(ts ...string) []dyad.Event {
	var out []dyad.Event
	for _, s := range ts {
		t := tri(s)
		out = append(out, dyad.Event{Source: dyad.Actor{Code: t.Source}, Target: dyad.Actor{Code: t.Target}, Code: dyad.Code(t.Code)})
	}
	return out
}

func TestLabel(t *testing.T) {
	for _, tc := range []struct {
		name       string
		gold, pred []string
		want       []string
	}{
		{"exact", []string{"FRA DEU 042"}, []string{"FRA DEU 042"}, []string{learn.Keep}},
		{"same actors, same family: the gold code", []string{"FRA DEU 0312"}, []string{"FRA DEU 030"}, []string{"0312"}},
		{"same actors, other family", []string{"FRA DEU 057"}, []string{"FRA DEU 030"}, []string{"057"}},
		{"countries and family right, role wrong: keep", []string{"FRAGOV DEU 042"}, []string{"FRA DEU 042"}, []string{learn.Keep}},
		{"nothing close: drop", []string{"FRA DEU 042"}, []string{"USA CHN 190"}, []string{learn.Drop}},
		{"no event expected: drop", nil, []string{"USA CHN 190"}, []string{learn.Drop}},
		{"one gold, two events: the same family takes it", []string{"FRA DEU 0312"}, []string{"FRA DEU 057", "FRA DEU 030"}, []string{learn.Drop, "0312"}},
		{"an exact event leaves no gold to relabel to", []string{"FRA DEU 030"}, []string{"FRA DEU 030", "FRA DEU 190"}, []string{learn.Keep, learn.Drop}},
		{"another code of a matched family: keep", []string{"FRA DEU 030"}, []string{"FRA DEU 030", "FRA DEU 036"}, []string{learn.Keep, learn.Keep}},
		{"duplicates share a label", []string{"FRA DEU 0312"}, []string{"FRA DEU 030", "FRA DEU 030"}, []string{"0312", "0312"}},
	} {
		var gold []eval.Triple
		for _, g := range tc.gold {
			gold = append(gold, tri(g))
		}
		if got := Label(gold, events(tc.pred...)); !slices.Equal(got, tc.want) {
			t.Errorf("%s: Label = %v, want %v", tc.name, got, tc.want)
		}
	}
}
