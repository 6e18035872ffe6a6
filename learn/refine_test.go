package learn

import (
	"bytes"
	"testing"

	"github.com/dyadproject/dyad"
)

func TestRefines(t *testing.T) {
	for _, tc := range []struct {
		code, own string
		want      bool
	}{
		{"1412", "141", true},  // a rally's demand
		{"1123", "112", true},  // an accusation's charge
		{"138", "130", true},   // a threat's kind, under the family's general code
		{"195", "190", true},   // the weapon of an attack
		{"013", "010", true},   // a statement's kind
		{"1312", "130", true},  // under the general code, two levels down
		{"141", "1412", false}, // a sub-code back to its code: a correction
		{"141", "141", false},
		{"143", "141", false},  // a sibling
		{"0312", "062", false}, // another family
		{"057", "164", false},
		{"113", "112", false}, // 112 is no general code: 113 is its sibling
		{"1123", "110", true},
		{"0231", "020", true},
		{"0231", "010", false},
	} {
		if got := Refines(tc.code, tc.own); got != tc.want {
			t.Errorf("Refines(%q, %q) = %v, want %v", tc.code, tc.own, got, tc.want)
		}
	}
}

// refineModel is a hand-built model for events coded 141 by one pattern,
// whose candidates are its sub-code 1412 and the sibling 145, and for
// events coded 010 by another, whose candidate is 0231: a word after the
// verb weighs towards each.
func refineModel(noRefine bool) *Model {
	m := &Model{
		Classes:    []string{Keep, Drop, "0231", "1412", "145"},
		Candidates: map[string][]int{"141 a.txt: - * OUTSIDE + [141]": {3, 4}, "010 a.txt: SAY [010]": {2}},
		Weights: map[string]map[int]float64{
			"after=outside|14": {3: 5},
			"after=police|14":  {4: 5},
			"after=lenders|01": {2: 5},
		},
		DropAt: 1, RelabelAt: 0.8, NoRefine: noRefine,
	}
	if err := m.prepare(); err != nil {
		panic(err)
	}
	return m
}

// refineSentence is text with one event of code, its verb the second word
// (bytes verbStart to verbEnd).
func refineSentence(text, code, pattern string, verbStart, verbEnd int) *Sentence {
	e := dyad.Event{
		Source: dyad.Actor{Code: "CHLOPP", Span: dyad.Span{Start: 0, End: verbStart - 1}},
		Target: dyad.Actor{Code: "USAGOV"},
		Code:   dyad.Code(code), Verb: dyad.Span{Start: verbStart, End: verbEnd}, VerbText: text[verbStart:verbEnd], Pattern: pattern,
	}
	return &Sentence{Text: text, Events: []dyad.Event{e}}
}

// TestNoRefine: with NoRefine the model keeps an event whose likeliest
// other code is a sub-code of its own (a rally's 141 stays 141, and the
// sub-code's probability is not handed to another code), while it still
// corrects to a code that is no sub-code (141 → 145, 010 → 0231); without
// it, as before, the sub-code is taken.
func TestNoRefine(t *testing.T) {
	outside := refineSentence("Protesters rallied outside the embassy.", "141", "a.txt:3: - * OUTSIDE + [141]", 11, 18)
	police := refineSentence("Protesters rallied against police brutality.", "141", "a.txt:3: - * OUTSIDE + [141]", 11, 18)
	lenders := refineSentence("Officials said they would ask lenders for help.", "010", "a.txt:9: SAY [010]", 10, 14)
	for _, tc := range []struct {
		name     string
		noRefine bool
		s        *Sentence
		want     string
	}{
		{"rally, refining", false, outside, "1412"},
		{"rally, no refining", true, outside, ""},
		{"rally with police, no refining", true, police, "145"},
		{"statement, no refining", true, lenders, "0231"},
	} {
		d := refineModel(tc.noRefine).Decide(tc.s, 0)
		if d.Code != tc.want {
			t.Errorf("%s: code %q (best %s at %.3f), want %q", tc.name, d.Code, d.Best, d.PBest, tc.want)
		}
		if tc.noRefine && Refines(d.Best, string(tc.s.Events[0].Code)) {
			t.Errorf("%s: Best %s is a sub-code of %s", tc.name, d.Best, tc.s.Events[0].Code)
		}
	}
}

// TestNoRefineFile: the setting is written as "setting refine 0" and read
// back; a model that may refine writes no such line, so the files written
// before the setting existed read as before.
func TestNoRefineFile(t *testing.T) {
	for _, noRefine := range []bool{false, true} {
		data, err := refineModel(noRefine).Marshal()
		if err != nil {
			t.Fatal(err)
		}
		if got := bytes.Contains(data, []byte("setting refine 0\n")); got != noRefine {
			t.Errorf("noRefine %v: file names the setting: %v\n%s", noRefine, got, data)
		}
		m, err := Parse(data)
		if err != nil || m.NoRefine != noRefine {
			t.Fatalf("noRefine %v read back as %v (%v)", noRefine, m, err)
		}
		again, _ := m.Marshal()
		if !bytes.Equal(again, data) {
			t.Errorf("noRefine %v: does not read back to the same bytes", noRefine)
		}
	}
}
