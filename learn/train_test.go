package learn

import (
	"bytes"
	"strings"
	"testing"
)

// trainingExamples are a few events written for these tests: two that
// gold gives another code (so 030 by that pattern has a candidate, 0312)
// and one the coder got right.
func trainingExamples() []Example {
	agreed := "030 dyad.verbs.txt: - % *_TO [030:030]"
	return []Example{
		{Features: []string{"bias", "code=030", "after=intelligence|03"}, Label: "0312", Code: "030", Key: agreed, Weight: 1},
		{Features: []string{"bias", "code=030", "after=talks|03"}, Label: Keep, Code: "030", Key: agreed, Weight: 1},
		{Features: []string{"bias", "code=030", "after=security|03"}, Label: "0312", Code: "030", Key: agreed, Weight: 1},
		{Features: []string{"bias", "code=190", "verb=shelled"}, Label: Keep, Code: "190", Key: "190 CAMEO.verbpatterns.150430.txt: SHELL [190]", Weight: 1},
	}
}

// TestScoredOnly checks that with ScoredOnly an event the model can
// only keep (no other code to take, dropping off) does not move the
// weights: adding such events — what a new dictionary row the coder now
// gets right does to the training data — leaves the model's bytes as
// they were, while without it (or when the model may drop) they move.
func TestScoredOnly(t *testing.T) {
	unscored := []Example{
		{Features: []string{"bias", "code=0312", "after=security|03"}, Label: Keep, Code: "0312", Key: "0312 dyad.verbs.txt: - % * SECURITY_PARTNERSHIP [0312:0312]", Weight: 1},
		{Features: []string{"bias", "code=042", "verb=visited"}, Label: Drop, Code: "042", Key: "042 CAMEO.verbpatterns.150430.txt: VISIT [042]", Weight: 0.5},
	}
	for _, tc := range []struct {
		name       string
		scoredOnly bool
		dropAt     float64
		wantSame   bool
	}{
		{"scored only, never drops", true, 1, true},
		{"every event trains", false, 1, false},
		{"scored only but the model may drop: every event trains", true, 0.9, false},
	} {
		o := DefaultOptions
		o.ScoredOnly, o.DropAt, o.RelabelAt = tc.scoredOnly, tc.dropAt, 0.5
		before, err := Train(trainingExamples(), o).Marshal()
		if err != nil {
			t.Fatal(err)
		}
		after, err := Train(append(trainingExamples(), unscored...), o).Marshal()
		if err != nil {
			t.Fatal(err)
		}
		if same := bytes.Equal(before, after); same != tc.wantSame {
			t.Errorf("%s: model unchanged by unscored events = %v, want %v\nbefore:\n%s\nafter:\n%s", tc.name, same, tc.wantSame, before, after)
		}
		if got, want := strings.Contains(string(before), "setting scored_only 1\n"), tc.scoredOnly && tc.dropAt >= 1; got != want {
			t.Errorf("%s: file names scored_only = %v, want %v", tc.name, got, want)
		}
	}
}

// TestScoredOnlyRoundTrip checks that the setting survives the file, so
// the retrain test trains the embedded model with it.
func TestScoredOnlyRoundTrip(t *testing.T) {
	o := DefaultOptions
	o.ScoredOnly, o.RelabelAt = true, 0.5
	m := Train(trainingExamples(), o)
	b, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	p, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if !p.ScoredOnly {
		t.Errorf("parsed model lost scored_only:\n%s", b)
	}
	b2, err := p.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, b2) {
		t.Errorf("model file changes on a round trip:\n%s\n---\n%s", b, b2)
	}
}
