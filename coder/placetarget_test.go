package coder

import (
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/treebank"
)

// TestPlaceTwins: an actor that is only a place ("in Mali") is dropped
// beside a real one with the same code and other actor, on either side; a
// place alone stays (placetarget.go).
func TestPlaceTwins(t *testing.T) {
	c := New(newsDicts(t), DefaultOptions())
	text := "Rebels in Mali and French soldiers attacked villagers in Niger."
	tree := "(ROOT (S (NP (NP (NP (NNS Rebels)) (PP (IN in) (NP (NNP Mali)))) (CC and) (NP (JJ French) (NNS soldiers))) (VP (VBD attacked) (NP (NP (NNS villagers)) (PP (IN in) (NP (NNP Niger))))) (. .)))"
	root, err := treebank.Parse(tree)
	if err != nil {
		t.Fatal(err)
	}
	treebank.Align(root, text, 0)
	s := &sent{}
	s.reset(c, root, time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC))
	at := func(w, code string) dyad.Actor {
		i := strings.Index(text, w)
		return dyad.Actor{Code: code, Text: w, Span: dyad.Span{Start: i, End: i + len(w)}}
	}
	ev := func(src, tgt dyad.Actor) dyad.Event {
		return dyad.Event{Source: src, Target: tgt, Code: "190"}
	}
	mali, fra, niger, vill := at("Mali", "MLI"), at("French soldiers", "FRAMIL"), at("Niger", "NER"), at("villagers", "NERCVL")
	tests := []struct {
		name string
		in   []dyad.Event
		want string
	}{
		{"a place target beside a real one goes",
			[]dyad.Event{ev(fra, vill), ev(fra, niger)}, "FRAMIL>NERCVL"},
		{"a place source beside a real one goes",
			[]dyad.Event{ev(mali, vill), ev(fra, vill)}, "FRAMIL>NERCVL"},
		{"a place alone stays",
			[]dyad.Event{ev(fra, niger)}, "FRAMIL>NER"},
		{"another code keeps the place",
			[]dyad.Event{ev(fra, vill), {Source: fra, Target: niger, Code: "195"}}, "FRAMIL>NERCVL FRAMIL>NER"},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range s.placeTwins(tt.in) {
			got = append(got, e.Source.Code+">"+e.Target.Code)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, g, tt.want)
		}
	}
}
