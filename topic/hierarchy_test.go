package topic

import (
	"reflect"
	"testing"

	"github.com/dyadproject/dyad"
)

func span(s, e int) dyad.Span { return dyad.Span{Start: s, End: e} }

func TestMatches(t *testing.T) {
	tests := []struct {
		topic, query string
		want         bool
	}{
		{"ARMS/DRONE", "ARMS", true},
		{"ARMS/DRONE", "ARMS/DRONE", true},
		{"ARMS", "ARMS", true},
		{"ARMS/DRONE", "ARMS/", true},
		{"ARMS/DRONE/X", "ARMS", true},
		{"ARMS", "ARMS/DRONE", false},
		{"ARMSTRONG", "ARMS", false},
		{"ARMS/DRONE", "DRONE", false},
		{"arms/drone", "ARMS", false},
		{"ARMS", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := Matches(tt.topic, tt.query); got != tt.want {
			t.Errorf("Matches(%q, %q) = %v, want %v", tt.topic, tt.query, got, tt.want)
		}
	}
}

func TestParent(t *testing.T) {
	for topic, want := range map[string]string{"ARMS/DRONE": "ARMS", "A/B/C": "A/B", "ARMS": "", "": ""} {
		if got := Parent(topic); got != want {
			t.Errorf("Parent(%q) = %q, want %q", topic, got, want)
		}
	}
}

func TestNames(t *testing.T) {
	ms := []Match{{Topic: "SANCTIONS"}, {Topic: "ARMS/EMBARGO"}, {Topic: "SANCTIONS"}, {Topic: "ARMS"}}
	if got, want := Names(ms), []string{"ARMS", "ARMS/EMBARGO", "SANCTIONS"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Names = %v, want %v", got, want)
	}
	if got := Names(nil); got != nil {
		t.Errorf("Names(nil) = %v", got)
	}
}

func TestAny(t *testing.T) {
	topics := []string{"DRONE", "ARMS/DRONE", "SANCTIONS"}
	for q, want := range map[string]bool{"ARMS": true, "ARMS/DRONE": true, "DRONE": true, "CYBER": false, "ARMS/MISSILE": false} {
		if got := Any(topics, q); got != want {
			t.Errorf("Any(%v, %q) = %v, want %v", topics, q, got, want)
		}
	}
	if Any(nil, "ARMS") {
		t.Error("Any(nil) = true")
	}
}
