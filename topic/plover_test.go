package topic

import (
	"reflect"
	"strings"
	"testing"
)

func TestPLOVER(t *testing.T) {
	tests := []struct {
		topics []string
		want   []string
	}{
		{[]string{"ARMS/DRONE"}, []string{"military"}},
		{[]string{"ARMS/DUAL_USE"}, []string{"military", "technology"}},
		{[]string{"NUCLEAR/TALKS", "MILCOOP/DELEGATION"}, []string{"cbrn", "diplomatic", "military"}},
		{[]string{"CYBER/ATTACK", "CYBER_SECURITY"}, []string{"cyber"}},
		{[]string{"INTEL/SHARING"}, []string{"intelligence"}},
		{[]string{"SANCTIONS", "ARMS/EMBARGO"}, []string{"economic", "military"}},
		{[]string{"TOURISM"}, nil},
		{nil, nil},
	}
	for _, tt := range tests {
		if got := PLOVER(tt.topics...); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("PLOVER(%v) = %v, want %v", tt.topics, got, tt.want)
		}
	}
}

// TestPLOVERTable checks the embedded crosswalk: well-formed lines, known
// PLOVER contexts, topics the default tagger can report, and every dyad
// top-level topic covered.
func TestPLOVERTable(t *testing.T) {
	b, err := dataFS.ReadFile("data/plover.tsv")
	if err != nil {
		t.Fatal(err)
	}
	known := Default().Topics()
	isTopic := map[string]bool{}
	for _, k := range known {
		for c := k; c != ""; c = Parent(c) {
			isTopic[c] = true
		}
	}
	for i, line := range strings.Split(strings.TrimRight(string(b), "\n"), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		topic, ctx, ok := strings.Cut(line, "\t")
		if !ok || topic == "" || ctx == "" {
			t.Errorf("plover.tsv:%d: want topic<TAB>contexts: %q", i+1, line)
			continue
		}
		if !isTopic[topic] {
			t.Errorf("plover.tsv:%d: %s is not a topic of the default tagger", i+1, topic)
		}
		for _, c := range strings.Split(ctx, ",") {
			if !contains(PLOVERContexts, c) {
				t.Errorf("plover.tsv:%d: %q is not a PLOVER context", i+1, c)
			}
		}
	}
	d, _ := Embedded(DyadFile)
	for _, e := range d.Entries {
		if e.Kind == Signal && PLOVER(e.Topic) == nil {
			t.Errorf("dyad topic %s has no PLOVER context", e.Topic)
		}
	}
}
