package http

import (
	"strings"
	"testing"
)

// TestTrendSplitTopic: the API takes split=topic as "dyad trend" does, and
// every key it returns is a topic code.
func TestTrendSplitTopic(t *testing.T) {
	f := newFixture(t)
	s := New(f.db, quietLogger())
	var v TrendView
	get(t, s, "/api/trend?source=CHN&split=topic", 200, &v)
	if v.Split != "topic" {
		t.Errorf("split %q, want topic", v.Split)
	}
	for _, p := range v.Points {
		if p.Key == "" || p.Key != strings.ToUpper(p.Key) {
			t.Errorf("topic key %q is not a topic code", p.Key)
		}
	}
	get(t, s, "/api/trend?split=topics", 400, nil)
}
