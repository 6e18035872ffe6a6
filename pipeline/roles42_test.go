package pipeline_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dyadproject/dyad"
	"github.com/dyadproject/dyad/pipeline"
)

// TestRoleRelabelled checks that the pipeline applies the role
// relabeller after the code relabeller, and only without NoLearn: the
// gold of the read sets codes foreign nationals seized or killed abroad
// by their country alone (dev halves of written, fresh15, fresh17,
// fresh23: "Chinese engineers" → CHN), where the coder's agent
// dictionary gives CHNCVL. A sentence whose actors the gold codes as the
// coder does keeps them.
func TestRoleRelabelled(t *testing.T) {
	on := newPipeline(t)
	off, err := pipeline.New(pipeline.Config{NoLearn: true})
	if err != nil {
		t.Fatal(err)
	}
	date := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	code := func(p *pipeline.Pipeline, text string) []dyad.Event {
		t.Helper()
		res, err := p.Process(context.Background(), &dyad.Document{ID: "d", Text: text, Date: date})
		if err != nil {
			t.Fatal(err)
		}
		return res.Events
	}
	for _, tc := range []struct {
		text           string
		coder, learned string // source>target, the rule coder's and the pipeline's
	}{
		{"Gunmen kidnapped three Chinese engineers in southern Pakistan on Monday, police said.", "PAKUAF>CHNCVL", "PAKUAF>CHN"},
		{"The Nigerian president ordered the release of the jailed opposition leader on Monday.", "NGAGOV>NGAOPP", "NGAGOV>NGAOPP"},
	} {
		a, b := code(off, tc.text), code(on, tc.text)
		if len(a) != 1 || len(b) != 1 {
			t.Fatalf("%q: %d events without the model, %d with it; want 1", tc.text, len(a), len(b))
		}
		if got := a[0].Source.Code + ">" + a[0].Target.Code; got != tc.coder {
			t.Errorf("%q: rule coder gave %s, want %s", tc.text, got, tc.coder)
		}
		if got := b[0].Source.Code + ">" + b[0].Target.Code; got != tc.learned {
			t.Errorf("%q: pipeline gave %s, want %s", tc.text, got, tc.learned)
		}
		if relabelled := tc.coder != tc.learned; relabelled != strings.Contains(b[0].Pattern, "learned role:") {
			t.Errorf("%q: pattern %q", tc.text, b[0].Pattern)
		}
	}
}
